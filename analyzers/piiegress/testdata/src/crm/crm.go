// want package:`^\{package crm \("crm"\) \}$`

// Package crm is a client of a CRM vendor: its methods send what they are
// given to a fixed host, so they are egress sinks for their callers.
package crm

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const defaultBase = "https://api.crm.example/v2"

// Contact is what the CRM stores about a person.
type Contact struct {
	ID    string `json:"id"`
	Email string `json:"email"`
	Phone string `json:"phone"`
	Notes string `json:"-"`
}

// Client talks to the CRM.
type Client struct {
	baseURL string
	http    *http.Client
}

// New returns a client of the production CRM.
func New() *Client { // want New:`result0.baseURL=>api.crm.example`
	return &Client{baseURL: defaultBase, http: &http.Client{}}
}

// Upsert creates or updates a contact.
func (c *Client) Upsert(ctx context.Context, ct Contact) error { // want Upsert:`param2->egress\(http.Client.Do@api.crm.example\)`
	body, err := json.Marshal(ct)
	if err != nil {
		return err
	}
	return c.post(ctx, "/contacts", body)
}

func (c *Client) post(ctx context.Context, path string, body []byte) error { // want post:`param3->egress\(http.Client.Do@api.crm.example\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Subscribe adds an address to the newsletter list.
func (c *Client) Subscribe(ctx context.Context, email string) error { // want Subscribe:`param2->egress\(http.Client.Do@api.crm.example\)`
	body, _ := json.Marshal(map[string]string{"email": email})
	return c.post(ctx, "/subscriptions", body)
}

// Forward posts an event to a URL the caller chooses.
func Forward(url string, payload []byte) error { // want Forward:`param0->egress\(http.Post@param0\) param1->egress\(http.Post@param0\)`
	_, err := http.Post(url, "application/json", bytes.NewReader(payload))
	return err
}
