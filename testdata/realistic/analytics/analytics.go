// Package analytics reports product events (sign-ups, publishing, upgrades)
// to the analytics vendor's HTTP tracking API, or to the log in
// development.
package analytics

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"example.com/inkwell/log"
)

// Events receives product events. props must be JSON-encodable.
type Events interface {
	Event(ctx context.Context, name string, props map[string]any)
}

const defaultBaseURL = "https://api.segment.io/v1/"

// Client is a client of the tracking API.
type Client struct {
	baseURL   *url.URL
	writeKey  string
	userAgent string
	http      *http.Client
	log       *log.Logger
	queue     chan trackCall
}

const (
	maxBatch      = 100
	flushInterval = 5 * time.Second
)

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// NewClient returns a client that authenticates with writeKey.
func NewClient(writeKey string, l *log.Logger, opts ...Option) *Client {
	base, _ := url.Parse(defaultBaseURL)
	c := &Client{
		baseURL:   base,
		writeKey:  writeKey,
		userAgent: "inkwell-analytics/1.4",
		http:      &http.Client{Timeout: 5 * time.Second},
		log:       l.Named("analytics"),
		queue:     make(chan trackCall, 10*maxBatch),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Traits describe a user in Identify calls.
type Traits struct {
	Email     string    `json:"email,omitempty"`
	Plan      string    `json:"plan,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
}

type identifyCall struct {
	UserID    string    `json:"userId"`
	Traits    Traits    `json:"traits"`
	Timestamp time.Time `json:"timestamp"`
}

type trackCall struct {
	Type        string         `json:"type"`
	UserID      string         `json:"userId,omitempty"`
	AnonymousID string         `json:"anonymousId,omitempty"`
	Event       string         `json:"event"`
	Properties  map[string]any `json:"properties,omitempty"`
	Timestamp   time.Time      `json:"timestamp"`
}

type batchCall struct {
	Batch  []trackCall `json:"batch"`
	SentAt time.Time   `json:"sentAt"`
}

// Identify ties a user ID to its traits.
func (c *Client) Identify(ctx context.Context, userID string, t Traits) error {
	req, err := c.newRequest(ctx, http.MethodPost, "identify", identifyCall{UserID: userID, Traits: t, Timestamp: time.Now()})
	if err != nil {
		return err
	}
	return c.do(req)
}

// Track records one event.
func (c *Client) Track(ctx context.Context, userID, event string, props map[string]any) error {
	call := trackCall{Type: "track", UserID: userID, Event: event, Properties: props, Timestamp: time.Now()}
	if userID == "" {
		call.AnonymousID = "server"
	}
	req, err := c.newRequest(ctx, http.MethodPost, "track", call)
	if err != nil {
		return err
	}
	return c.do(req)
}

// Event implements Events: it queues the event for the next batch, so
// that no request waits for the tracking API. A full queue drops events.
func (c *Client) Event(_ context.Context, name string, props map[string]any) {
	userID, _ := props["user_id"].(string)
	call := trackCall{Type: "track", UserID: userID, Event: name, Properties: props, Timestamp: time.Now()}
	if userID == "" {
		call.AnonymousID = "server"
	}
	select {
	case c.queue <- call:
	default:
		c.log.Warnf("event queue full, dropping %s", name)
	}
}

// Run sends the queued events in batches until ctx ends.
func (c *Client) Run(ctx context.Context) {
	t := time.NewTicker(flushInterval)
	defer t.Stop()
	batch := make([]trackCall, 0, maxBatch)
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if err := c.sendBatch(context.WithoutCancel(ctx), batch); err != nil {
			c.log.Warnf("sending %d events: %v", len(batch), err)
		}
		batch = batch[:0]
	}
	for {
		select {
		case <-ctx.Done():
			flush()
			return
		case call := <-c.queue:
			batch = append(batch, call)
			if len(batch) >= maxBatch {
				flush()
			}
		case <-t.C:
			flush()
		}
	}
}

func (c *Client) sendBatch(ctx context.Context, batch []trackCall) error {
	req, err := c.newRequest(ctx, http.MethodPost, "batch", batchCall{Batch: batch, SentAt: time.Now()})
	if err != nil {
		return err
	}
	return c.do(req)
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	u, err := c.baseURL.Parse(path)
	if err != nil {
		return nil, err
	}
	var buf io.ReadWriter
	if body != nil {
		buf = new(bytes.Buffer)
		if err := json.NewEncoder(buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), buf)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.writeKey, "")
	req.Header.Set("User-Agent", c.userAgent)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, nil
}

func (c *Client) do(req *http.Request) error {
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode >= 300 {
		return fmt.Errorf("analytics: %s %s: %s", req.Method, req.URL.Path, resp.Status)
	}
	return nil
}

// Logger writes events to the log instead of sending them.
type Logger struct {
	Log *log.Logger
}

// Event implements Events.
func (l Logger) Event(_ context.Context, name string, props map[string]any) {
	l.Log.Infof("event %s %v", name, props)
}

// Discard drops every event.
type Discard struct{}

// Event implements Events.
func (Discard) Event(context.Context, string, map[string]any) {}
