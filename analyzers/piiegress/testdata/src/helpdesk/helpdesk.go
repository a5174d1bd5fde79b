// want package:`^\{package helpdesk \("helpdesk"\) \}$`

// Package helpdesk is a client of a help-desk vendor's REST API, written
// the way most Go API clients are: a base URL parsed in the constructor,
// NewRequest that resolves a path against it and encodes the body, and Do
// that sends. Its callers in other packages decide what is sent.
package helpdesk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// DefaultBaseURL is the vendor's production API.
const DefaultBaseURL = "https://api.helpdesk.example/v2/"

// Client manages communication with the help-desk API.
type Client struct {
	// BaseURL is where requests go; NewClient points it at DefaultBaseURL.
	BaseURL *url.URL

	client    *http.Client
	token     string
	UserAgent string
}

// NewClient returns a client of the production API.
func NewClient(httpClient *http.Client, token string) *Client { // want NewClient:`result0.BaseURL=>api.helpdesk.example`
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	baseURL, _ := url.Parse(DefaultBaseURL)
	return &Client{BaseURL: baseURL, client: httpClient, token: token, UserAgent: "helpdesk-go/1.4"}
}

// NewClientWithBaseURL returns a client of another deployment of the API
// (a sandbox, a regional instance, a test server).
func NewClientWithBaseURL(baseURL string, httpClient *http.Client, token string) (*Client, error) { // want NewClientWithBaseURL:`result0.BaseURL=>param0`
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	return &Client{BaseURL: u, client: httpClient, token: token}, nil
}

// An Option configures a client made with New.
type Option func(*Client)

// WithBaseURL points the client at another deployment.
func WithBaseURL(raw string) Option { // want WithBaseURL:`option0.BaseURL=>param0`
	return func(c *Client) {
		if u, err := url.Parse(raw); err == nil {
			c.BaseURL = u
		}
	}
}

// New returns a client of the production API, configured by opts.
func New(token string, opts ...Option) *Client { // want New:`result0.BaseURL=>api.helpdesk.example`
	c := NewClient(nil, token)
	for _, opt := range opts {
		opt(c)
	}
	return c
}

// statusPage is the vendor's status API, on its own host.
const statusPage = "https://status.helpdesk.example/api/v2/incidents.json"

// NewIncidentRequest builds a request to the status API.
func NewIncidentRequest(ctx context.Context) (*http.Request, error) { // want NewIncidentRequest:`result0=>status.helpdesk.example`
	return http.NewRequestWithContext(ctx, http.MethodGet, statusPage, nil)
}

// NewRequest creates an API request. A relative URL is resolved against
// BaseURL; body, if any, is JSON encoded.
func (c *Client) NewRequest(ctx context.Context, method, urlStr string, body any) (*http.Request, error) { // want NewRequest:`result0=>param0.BaseURL\|api.helpdesk.example`
	u, err := c.BaseURL.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	var buf io.ReadWriter
	if body != nil {
		buf = &bytes.Buffer{}
		if err := json.NewEncoder(buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), buf)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("User-Agent", c.UserAgent)
	return req, nil
}

// Do sends an API request and decodes the JSON response into v.
func (c *Client) Do(req *http.Request, v any) (*http.Response, error) { // want Do:`param1->egress\(http.Client.Do@param1\)`
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return resp, fmt.Errorf("helpdesk: %s %s: %s", req.Method, req.URL.Path, resp.Status)
	}
	if v != nil {
		err = json.NewDecoder(resp.Body).Decode(v)
	}
	return resp, err
}

// Requester is the person a ticket is about.
type Requester struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Ticket is a support request.
type Ticket struct {
	ID          int64     `json:"id,omitempty"`
	Subject     string    `json:"subject"`
	Description string    `json:"description"`
	Requester   Requester `json:"requester"`
	Tags        []string  `json:"tags,omitempty"`
}

// CreateTicket opens a ticket.
func (c *Client) CreateTicket(ctx context.Context, t *Ticket) (*Ticket, error) { // want CreateTicket:`param2->egress\(http.Client.Do@param0.BaseURL\|api.helpdesk.example\)`
	req, err := c.NewRequest(ctx, http.MethodPost, "tickets", t)
	if err != nil {
		return nil, err
	}
	out := new(Ticket)
	_, err = c.Do(req, out)
	return out, err
}

// SearchUsers looks people up by e-mail address.
func (c *Client) SearchUsers(ctx context.Context, email string) error { // want SearchUsers:`param2->egress\(http.Client.Do@param0.BaseURL\|api.helpdesk.example\)`
	req, err := c.NewRequest(ctx, http.MethodGet, "users/search?query="+url.QueryEscape(email), nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req, nil)
	return err
}
