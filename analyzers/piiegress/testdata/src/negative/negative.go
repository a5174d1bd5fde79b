// Package negative holds compliant look-alikes of the positive cases: none
// of them is a finding with the fixtures' manifest.
package negative

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/smtp"
	"net/url"
	"strings"

	"github.com/getsentry/sentry-go"
	"github.com/go-resty/resty/v2"
	"github.com/segmentio/analytics-go/v3"

	"model"
)

func emailToStripe(u model.User) {
	form := url.Values{"email": {u.Email}}
	http.PostForm("https://api.stripe.com/v1/customers", form)
}

func nameToStripe(u model.User) {
	body := fmt.Sprintf(`{"name":%q}`, u.FirstName)
	http.Post("https://api.stripe.com/v1/customers", "application/json", strings.NewReader(body))
}

func emailToStripeThroughResty(u model.User) {
	resty.New().SetBaseURL("https://api.stripe.com").R().SetFormData(map[string]string{"email": u.Email}).Post("/v1/customers")
}

func orderToAnalytics(id string) {
	o := model.LoadOrder(id)
	b, _ := json.Marshal(o)
	http.Post("https://api.segment.io/v1/track", "application/json", bytes.NewReader(b))
}

type account struct {
	ID       string `json:"id"`
	Email    string `json:"-"`
	password string
	Plan     string `json:"plan"`
}

var loadAccount = func(id string) account { return account{} }

func jsonDashFieldIsNotSent(id string) {
	a := loadAccount(id)
	b, _ := json.Marshal(a)
	http.Post("https://api.segment.io/v1/identify", "application/json", bytes.NewReader(b))
}

type event struct {
	UserID string `json:"user_id"`
	Email  string `json:"email,omitempty"`
	Name   string `json:"name"`
}

func fieldLeftOutOfLiteral(u model.User) {
	b, _ := json.Marshal(event{UserID: u.ID, Name: "checkout"})
	http.Post("https://api.segment.io/v1/track", "application/json", bytes.NewReader(b))
}

func localhost(u model.User) {
	http.Post("http://localhost:9200/users/_doc", "application/json", strings.NewReader(u.Email))
}

func loopbackV4(r *http.Request) {
	http.Get("http://127.0.0.1:8125/metric?ip=" + r.RemoteAddr)
}

func loopbackV6(u model.User) {
	http.Get("http://[::1]:8080/cache/" + u.Email)
}

func hashedEmailToGravatar(u model.User) {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(u.Email))))
	http.Get("https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:]) + "?d=identicon")
}

func maskedIPToAnalytics(r *http.Request) {
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	ip := net.ParseIP(host).Mask(net.CIDRMask(24, 32))
	http.Get("https://api.segment.io/v1/geo?net=" + ip.String())
}

func smtpIsNotEgress(u model.User) error {
	return smtp.SendMail("smtp.example.com:587", nil, "shop@example.com", []string{u.Email}, []byte("hi"))
}

func requestBuiltButNotSent(u model.User) *http.Request {
	req, _ := http.NewRequest("GET", "https://api.segment.io/v1/lookup?email="+u.Email, nil)
	return req
}

func countOnly(users []model.User) {
	http.Get(fmt.Sprintf("https://metrics.example.com/count?n=%d", len(users)))
}

func ownService(u model.User) {
	http.Post("https://crm.acme.internal/contacts", "text/plain", strings.NewReader(u.Email+" "+u.Phone))
}

func apiKeyHeader(key string) {
	req, _ := http.NewRequest("GET", "https://api.partner.example/v1/offers", nil)
	req.Header.Set("Authorization", "Bearer "+key)
	http.DefaultClient.Do(req)
}

func productQuery(sku string) {
	q := url.Values{}
	q.Set("sku", sku)
	http.Get("https://api.catalog.example/v1/items?" + q.Encode())
}

func sentryPlainError(err error) {
	sentry.CaptureException(err)
}

func sentryTagPlan(u model.User) {
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetTag("plan", u.Plan)
	})
}

func segmentTrackNoPII(client analytics.Client, u model.User) {
	client.Enqueue(analytics.Track{UserId: u.ID, Event: "Order Completed", Properties: analytics.NewProperties().Set("plan", u.Plan)})
}

func restyOrder(id string) {
	resty.New().R().SetBody(model.LoadOrder(id)).Post("https://api.erp.example/orders")
}

func statusCheck() {
	http.Get("https://status.example.com/health")
}

type settings struct {
	SupportEmail string `json:"support_email"`
	Region       string `json:"region"`
}

func serviceOwnAddress() {
	b, _ := json.Marshal(settings{SupportEmail: "help@shop.example", Region: "eu"})
	http.Post("https://api.segment.io/v1/group", "application/json", bytes.NewReader(b))
}

func userIDOnly(ctx context.Context, u model.User) {
	req, _ := http.NewRequestWithContext(ctx, "POST", "https://api.segment.io/v1/alias", strings.NewReader(u.ID))
	http.DefaultClient.Do(req)
}

func responseIsNotSent(u model.User) {
	resp, err := http.Get("https://api.catalog.example/v1/featured")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	_ = u.Email
}
