package positive

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path"
	"strings"

	"model"
)

const segmentBase = "https://api.segment.io"

var lookupURL = segmentBase + "/v1/lookup"

func emailInQueryString(u model.User) {
	http.Get("https://api.segment.io/v1/lookup?email=" + u.Email) // want `user.contact.email from u.Email is sent to api.segment.io, which is not allowed to receive it \(piiegress: "We never share personal information with anyone but the processors listed."\)`
}

func emailInSprintfPath(u model.User) {
	endpoint := fmt.Sprintf("https://api.hubspot.com/contacts/v1/email/%s", u.Email)
	http.Get(endpoint) // want `user.contact.email from u.Email is sent to api.hubspot.com`
}

func emailInURLValues(ctx context.Context, u model.User) error {
	q := url.Values{}
	q.Set("email", u.Email)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lookupURL+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `user.contact.email from u.Email is sent to api.segment.io`
	return err
}

func emailInRawQueryAfterBuild(u model.User) {
	req, _ := http.NewRequest("GET", "https://api.clearbit.com/v2/people/find", nil)
	q := req.URL.Query()
	q.Add("email", u.Email)
	req.URL.RawQuery = q.Encode()
	http.DefaultClient.Do(req) // want `user.contact.email from u.Email is sent to api.clearbit.com`
}

func emailInURLLiteral(u model.User) {
	target := &url.URL{Scheme: "https", Host: "api.crm.example", Path: "/v1/contacts/" + u.Email}
	req, _ := http.NewRequest(http.MethodDelete, target.String(), nil)
	http.DefaultClient.Do(req) // want `user.contact.email from u.Email is sent to api.crm.example`
}

func emailInHeader(u model.User) {
	req, _ := http.NewRequest("GET", "https://api.partner.example/v1/offers", nil)
	req.Header.Set("X-User-Email", u.Email)
	client := &http.Client{}
	client.Do(req) // want `user.contact.email from u.Email is sent to api.partner.example`
}

func forwardedForUpstream(r *http.Request) {
	out, _ := http.NewRequest("GET", "https://api.partner.example/v1/geo", nil)
	out.Header.Add("X-Forwarded-For", r.RemoteAddr)
	http.DefaultClient.Do(out) // want `user.device.ip_address from r.RemoteAddr is sent to api.partner.example`
}

func emailInCookie(u model.User) {
	req, _ := http.NewRequest("GET", "https://ads.tracker.example/pixel", nil)
	req.AddCookie(&http.Cookie{Name: "uid", Value: u.Email})
	http.DefaultClient.Do(req) // want `user.contact.email from u.Email is sent to ads.tracker.example`
}

func phoneInPostForm(u model.User) {
	http.PostForm("https://api.sms.example/send", url.Values{"to": {u.Phone}}) // want `user.contact.phone from u.Phone is sent to api.sms.example`
}

func emailInStringBody(u model.User) {
	body := `{"email":"` + u.Email + `"}`
	http.Post("https://api.mailchimp.example/3.0/lists/members", "application/json", strings.NewReader(body)) // want `user.contact.email from u.Email is sent to api.mailchimp.example`
}

func wholeUserMarshaled(id string) {
	u := model.Load(id)
	b, _ := json.Marshal(u)
	http.Post("https://api.segment.io/v1/identify", "application/json", bytes.NewReader(b)) // want `user.contact.email from User.Email is sent to api.segment.io` `user.contact.phone from User.Phone is sent` `user.device.ip_address from User.ClientIP is sent` `user.name from User.FirstName is sent`
}

type signup struct {
	Email string `json:"email"`
	Plan  string `json:"plan"`
}

func encoderIntoBuffer(u model.User) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(signup{Email: u.Email, Plan: u.Plan})
	http.Post("https://hooks.zapier.example/catch/1", "application/json", &buf) // want `user.contact.email from u.Email is sent to hooks.zapier.example`
}

func multipartForm(u model.User) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("email", u.Email)
	mw.Close()
	http.Post("https://forms.example.net/submit", mw.FormDataContentType(), &buf) // want `user.contact.email from u.Email is sent to forms.example.net`
}

func ipToPaymentProcessor(r *http.Request) {
	form := url.Values{}
	form.Set("customer_ip", r.RemoteAddr)
	http.PostForm("https://api.stripe.com/v1/radar/sessions", form) // want `user.device.ip_address from r.RemoteAddr is sent to api.stripe.com, which is not allowed to receive it`
}

func unknownDestination(u model.User) {
	http.Post(os.Getenv("EXPORT_URL"), "text/plain", strings.NewReader(u.Email)) // want `user.contact.email from u.Email is sent to an unknown destination, which is not allowed to receive it`
}

func emailInJoinPath(u model.User) {
	endpoint, _ := url.JoinPath(segmentBase, "v1", "users", u.Email)
	http.Get(endpoint) // want `user.contact.email from u.Email is sent to api.segment.io`
}

func emailInPathJoin(u model.User) {
	http.Get(segmentBase + path.Join("/v1/users", u.Email)) // want `user.contact.email from u.Email is sent to api.segment.io`
}

func parsedURL(u model.User) {
	base, _ := url.Parse("https://api.crm.example/v2/contacts")
	q := base.Query()
	q.Set("email", u.Email)
	base.RawQuery = q.Encode()
	http.Get(base.String()) // want `user.contact.email from u.Email is sent to api.crm.example`
}

func hashedIPToGravatar(r *http.Request) {
	sum := sha256.Sum256([]byte(r.RemoteAddr))
	http.Get("https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:])) // want `user.device.ip_address from r.RemoteAddr is sent to www.gravatar.com`
}

// apiClient keeps its base URL in a field set by its constructor.
type apiClient struct {
	base string
	hc   *http.Client
}

const crmBase = "https://api.crm.example/v3"

func newAPIClient() *apiClient {
	return &apiClient{base: crmBase, hc: &http.Client{}}
}

func (c *apiClient) upsert(ctx context.Context, email string) error {
	req, err := http.NewRequestWithContext(ctx, "PUT", c.base+"/contacts", strings.NewReader(email))
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

func baseURLField(ctx context.Context, u model.User) {
	newAPIClient().upsert(ctx, u.Email) // want `user.contact.email from u.Email is sent to api.crm.example`
}

type payload struct {
	Addr string `pii:"email"`
	IP   string `pii:"ip"`
	Note string
}

func taggedFieldsMarshaled(r *http.Request) {
	p := payload{Addr: r.FormValue("addr"), IP: r.Header.Get("X-Real-Ip"), Note: "signup"}
	b, _ := json.Marshal(p)
	http.Post("https://collector.example.org/e", "application/json", bytes.NewReader(b)) // want `user.contact.email from payload.Addr is sent to collector.example.org` `user.device.ip_address from X-Real-Ip header is sent to collector.example.org`
}

type customer struct {
	Contact contact `json:"contact"`
}

type contact struct {
	Phone string `json:"phone"`
}

func nestedStruct(id string) {
	c := loadCustomer(id)
	b, _ := json.Marshal(&c)
	http.Post("https://api.crm.example/customers", "application/json", bytes.NewReader(b)) // want `user.contact.phone from c.Contact.Phone is sent to api.crm.example`
}

var loadCustomer = func(id string) customer { return customer{} }
