// Package requests holds the URL and request shapes of hand-written API
// clients inside one package: request builders whose host is a field of
// the client, url.URL values, and requests built as literals.
package requests

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"

	"model"
)

// ---------------------------------------------------------------- a client with an override

const defaultMarketingAPI = "https://api.marketing.example"

// marketingClient talks to a marketing-automation vendor. Its base URL is
// the vendor's unless an option points it elsewhere.
type marketingClient struct {
	baseURL string
	apiKey  string
	hc      *http.Client
}

type option func(*marketingClient)

func withBaseURL(u string) option {
	return func(c *marketingClient) { c.baseURL = u }
}

func newMarketingClient(apiKey string, opts ...option) *marketingClient {
	c := &marketingClient{baseURL: defaultMarketingAPI, apiKey: apiKey, hc: http.DefaultClient}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *marketingClient) newRequest(ctx context.Context, method, p string, body any) (*http.Request, error) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.baseURL, "/")+p, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", c.apiKey)
	return req, nil
}

func (c *marketingClient) do(req *http.Request) error {
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type subscriber struct {
	Email     string `json:"email_address"`
	FirstName string `json:"first_name"`
	Status    string `json:"status"`
}

func (c *marketingClient) addSubscriber(ctx context.Context, s subscriber) error {
	req, err := c.newRequest(ctx, http.MethodPost, "/v3/subscribers", s)
	if err != nil {
		return err
	}
	return c.do(req)
}

func subscribe(ctx context.Context, key string, u model.User) error {
	c := newMarketingClient(key)
	return c.addSubscriber(ctx, subscriber{Email: u.Email, Status: "pending"}) // want `user.contact.email from u.Email is sent to api.marketing.example`
}

// ---------------------------------------------------------------- url.URL values

func lookupByEmail(u model.User) error {
	endpoint := url.URL{Scheme: "https", Host: "api.enrich.example", Path: "/v1/person"}
	q := endpoint.Query()
	q.Set("email", u.Email)
	endpoint.RawQuery = q.Encode()
	resp, err := http.Get(endpoint.String()) // want `user.contact.email from u.Email is sent to api.enrich.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// geoClient keeps its base URL as a url.URL value and copies it per call.
type geoClient struct {
	base url.URL
	hc   *http.Client
}

func newGeoClient() *geoClient {
	return &geoClient{base: url.URL{Scheme: "https", Host: "geo.partner.example", Path: "/api/"}, hc: &http.Client{}}
}

func (c *geoClient) locate(ip string) error {
	u := c.base
	u.Path = path.Join(u.Path, "locate", ip)
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func geolocate(r *http.Request) error {
	return newGeoClient().locate(r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr is sent to geo.partner.example`
}

const partnerHost = "hooks.partner.example"

// A URL assembled field by field.
func notifyPartner(ctx context.Context, u model.User) error {
	var target url.URL
	target.Scheme = "https"
	target.Host = partnerHost
	target.Path = "/signup"
	body := strings.NewReader(url.Values{"phone": {u.Phone}}.Encode())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target.String(), body)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `user.contact.phone from u.Phone is sent to hooks.partner.example`
	return err
}

// A request built as a literal.
func rawRequest(u model.User) error {
	req := &http.Request{
		Method: http.MethodPost,
		URL:    &url.URL{Scheme: "https", Host: "ingest.metrics.example", Path: "/v1/users"},
		Header: http.Header{"Content-Type": {"text/plain"}},
		Body:   io.NopCloser(strings.NewReader(u.Email)),
	}
	_, err := http.DefaultClient.Do(req) // want `user.contact.email from u.Email is sent to ingest.metrics.example`
	return err
}

// A url.URL value handed to a helper that builds the request.
func buildURL(base url.URL, p string) *url.URL {
	base.Path = path.Join(base.Path, p)
	return &base
}

var auditBase = url.URL{Scheme: "https", Host: "audit.vendor.example"}

func auditLogin(r *http.Request) error {
	u := buildURL(auditBase, "/logins")
	req, err := http.NewRequest(http.MethodPost, u.String(), strings.NewReader(r.Header.Get("X-Forwarded-For")))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `user.device.ip_address from X-Forwarded-For header is sent to audit.vendor.example`
	return err
}

// ---------------------------------------------------------------- look-alikes

// The override points the client at our own service.
func subscribeInternal(ctx context.Context, key string, u model.User) error {
	c := newMarketingClient(key, withBaseURL("https://lists.acme.internal"))
	return c.addSubscriber(ctx, subscriber{Email: u.Email, Status: "pending"})
}

func subscribeWithoutAddress(ctx context.Context, key, id string) error {
	c := newMarketingClient(key)
	return c.addSubscriber(ctx, subscriber{Status: "unsubscribed:" + id})
}

func lookupInternally(u model.User) error {
	endpoint := url.URL{Scheme: "https", Host: "people.acme.internal", Path: "/v1/person"}
	q := endpoint.Query()
	q.Set("email", u.Email)
	endpoint.RawQuery = q.Encode()
	resp, err := http.Get(endpoint.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func lookupByID(u model.User) error {
	endpoint := url.URL{Scheme: "https", Host: "api.enrich.example", Path: "/v1/person/" + u.ID}
	resp, err := http.Get(endpoint.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func localGeo(r *http.Request) error {
	c := &geoClient{base: url.URL{Scheme: "http", Host: "127.0.0.1:8081", Path: "/api/"}, hc: http.DefaultClient}
	return c.locate(r.RemoteAddr)
}

func notifyLocalSidecar(ctx context.Context, u model.User) error {
	var target url.URL
	target.Scheme = "http"
	target.Host = "localhost:9090"
	target.Path = "/signup"
	body := strings.NewReader(url.Values{"phone": {u.Phone}}.Encode())
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target.String(), body)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func rawRequestInternal(u model.User) error {
	req := &http.Request{
		Method: http.MethodPost,
		URL:    &url.URL{Scheme: "https", Host: "ingest.acme.internal", Path: "/v1/users"},
		Body:   io.NopCloser(strings.NewReader(u.Email)),
	}
	_, err := http.DefaultClient.Do(req)
	return err
}

var internalAudit = url.URL{Scheme: "https", Host: "audit.acme.internal"}

func auditLoginInternally(r *http.Request) error {
	u := buildURL(internalAudit, "/logins")
	req, err := http.NewRequest(http.MethodPost, u.String(), strings.NewReader(r.Header.Get("X-Forwarded-For")))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
