// Package payments is Inkwell's client of its payment processor, for
// paid newsletter subscriptions: customers, checkout sessions and refunds.
package payments

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

const defaultBaseURL = "https://api.stripe.com/v1/"

// Client calls the processor's REST API.
type Client struct {
	baseURL   *url.URL
	secretKey string
	http      *http.Client
}

// Option configures a Client.
type Option func(*Client) error

// WithBaseURL points the client at another API root (a mock in tests).
func WithBaseURL(raw string) Option {
	return func(c *Client) error {
		u, err := url.Parse(strings.TrimSuffix(raw, "/") + "/")
		if err != nil {
			return fmt.Errorf("payments: base URL: %w", err)
		}
		c.baseURL = u
		return nil
	}
}

// New returns a client that authenticates with secretKey.
func New(secretKey string, opts ...Option) (*Client, error) {
	base, _ := url.Parse(defaultBaseURL)
	c := &Client{baseURL: base, secretKey: secretKey, http: &http.Client{Timeout: 20 * time.Second}}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Customer is the processor's record of a paying reader.
type Customer struct {
	ID    string `json:"id"`
	Email string `json:"email"`
}

// CheckoutSession is a hosted payment page.
type CheckoutSession struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// Error is an error returned by the API.
type Error struct {
	Status  int    `json:"-"`
	Type    string `json:"type"`
	Message string `json:"message"`
}

func (e *Error) Error() string {
	return fmt.Sprintf("payments: %d %s: %s", e.Status, e.Type, e.Message)
}

// CreateCustomer registers a reader with the processor, which needs the
// address for receipts and card checks.
func (c *Client) CreateCustomer(ctx context.Context, email, name string, metadata map[string]string) (*Customer, error) {
	form := url.Values{}
	form.Set("email", email)
	if name != "" {
		form.Set("name", name)
	}
	for k, v := range metadata {
		form.Set("metadata["+k+"]", v)
	}
	req, err := c.newRequest(ctx, http.MethodPost, "customers", form)
	if err != nil {
		return nil, err
	}
	var cust Customer
	if err := c.do(req, &cust); err != nil {
		return nil, err
	}
	return &cust, nil
}

// NewCheckoutSession opens a hosted checkout for a monthly price.
func (c *Client) NewCheckoutSession(ctx context.Context, customerID, priceID, successURL, cancelURL string) (*CheckoutSession, error) {
	form := url.Values{}
	form.Set("customer", customerID)
	form.Set("mode", "subscription")
	form.Set("line_items[0][price]", priceID)
	form.Set("line_items[0][quantity]", "1")
	form.Set("success_url", successURL)
	form.Set("cancel_url", cancelURL)
	req, err := c.newRequest(ctx, http.MethodPost, "checkout/sessions", form)
	if err != nil {
		return nil, err
	}
	var s CheckoutSession
	if err := c.do(req, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Refund refunds a charge in full, and asks the processor to mail the
// receipt to receiptEmail.
func (c *Client) Refund(ctx context.Context, chargeID, receiptEmail string) error {
	form := url.Values{}
	form.Set("charge", chargeID)
	if receiptEmail != "" {
		form.Set("metadata[receipt_email]", receiptEmail)
	}
	req, err := c.newRequest(ctx, http.MethodPost, "refunds", form)
	if err != nil {
		return err
	}
	return c.do(req, nil)
}

// CancelSubscription ends a subscription at the end of its period.
func (c *Client) CancelSubscription(ctx context.Context, subscriptionID string) error {
	form := url.Values{"cancel_at_period_end": {strconv.FormatBool(true)}}
	req, err := c.newRequest(ctx, http.MethodPost, "subscriptions/"+url.PathEscape(subscriptionID), form)
	if err != nil {
		return err
	}
	return c.do(req, nil)
}

func (c *Client) newRequest(ctx context.Context, method, path string, form url.Values) (*http.Request, error) {
	u, err := c.baseURL.Parse(path)
	if err != nil {
		return nil, err
	}
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.secretKey, "")
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("Idempotency-Key", strconv.FormatInt(time.Now().UnixNano(), 36))
	return req, nil
}

func (c *Client) do(req *http.Request, v any) error {
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("payments: %s %s: %w", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		var e struct {
			Error *Error `json:"error"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || e.Error == nil {
			return &Error{Status: resp.StatusCode, Type: "api_error", Message: resp.Status}
		}
		e.Error.Status = resp.StatusCode
		return e.Error
	}
	if v == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("payments: decoding %s: %w", req.URL.Path, err)
	}
	return nil
}

// IsNotFound reports whether err is the API's 404.
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Status == http.StatusNotFound
}
