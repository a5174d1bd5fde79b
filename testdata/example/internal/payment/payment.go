// Package payment is the shop's client of its payment processor.
package payment

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const apiBase = "https://api.stripe.com/v1"

// Client calls the payment processor's API.
type Client struct {
	secretKey string
	http      *http.Client
}

// New returns a client that authenticates with secretKey.
func New(secretKey string) *Client {
	return &Client{secretKey: secretKey, http: &http.Client{Timeout: 10 * time.Second}}
}

// CreateCustomer registers a shopper with the processor, which needs the
// name and e-mail address for receipts and card checks, and returns the
// processor's customer ID.
func (c *Client) CreateCustomer(ctx context.Context, email, name string) (string, error) {
	form := url.Values{}
	form.Set("email", email)
	form.Set("name", name)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/customers", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.secretKey, "")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("creating customer: %w", err)
	}
	defer resp.Body.Close()
	var out struct {
		ID string `json:"id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("creating customer: %w", err)
	}
	return out.ID, nil
}
