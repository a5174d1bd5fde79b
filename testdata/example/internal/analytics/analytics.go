// Package analytics sends shopper events to the analytics vendor's HTTP
// tracking API.
package analytics

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// endpoint is the vendor's tracking API.
const endpoint = "https://api.segment.io/v1"

// Client posts events to the tracking API.
type Client struct {
	writeKey string
	base     string
	http     *http.Client
}

// New returns a client that authenticates with writeKey.
func New(writeKey string) *Client {
	return &Client{writeKey: writeKey, base: endpoint, http: &http.Client{Timeout: 5 * time.Second}}
}

type identify struct {
	UserID  string      `json:"userId"`
	Traits  traits      `json:"traits"`
	Context callContext `json:"context"`
}

type traits struct {
	Email string `json:"email"`
}

type callContext struct {
	IP string `json:"ip"`
}

type page struct {
	AnonymousID string `json:"anonymousId"`
	Name        string `json:"name"`
}

// Identify ties a signed-in shopper to their profile: it sends the e-mail
// address and the IP the shopper signed in from.
func (c *Client) Identify(ctx context.Context, userID, email, ip string) error {
	return c.post(ctx, "/identify", identify{UserID: userID, Traits: traits{Email: email}, Context: callContext{IP: ip}})
}

// Page records a page view under a random anonymous ID.
func (c *Client) Page(ctx context.Context, anonymousID, name string) error {
	return c.post(ctx, "/page", page{AnonymousID: anonymousID, Name: name})
}

func (c *Client) post(ctx context.Context, path string, msg any) error {
	body, err := json.Marshal(msg)
	if err != nil {
		return fmt.Errorf("encoding %s event: %w", path, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.writeKey, "")
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("sending %s event: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sending %s event: %s", path, resp.Status)
	}
	return nil
}
