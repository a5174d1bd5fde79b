// Package errtrack sends unexpected errors and panics to the error
// tracker, with enough context to reproduce them.
package errtrack

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"
)

// User is who hit the error.
type User struct {
	ID        string `json:"id,omitempty"`
	Email     string `json:"email,omitempty"`
	IPAddress string `json:"ip_address,omitempty"`
}

// Request is the request that failed.
type Request struct {
	Method string `json:"method"`
	URL    string `json:"url"`
}

type event struct {
	EventID   string    `json:"event_id"`
	Timestamp time.Time `json:"timestamp"`
	Level     string    `json:"level"`
	Platform  string    `json:"platform"`
	Message   string    `json:"message"`
	User      *User     `json:"user,omitempty"`
	Request   *Request  `json:"request,omitempty"`
	Extra     any       `json:"extra,omitempty"`
}

// Client posts events to the tracker's store endpoint.
type Client struct {
	storeURL string
	key      string
	http     *http.Client
	release  string
}

// New parses a DSN (https://<key>@<host>/<project>). An empty DSN gives a
// nil client, whose methods do nothing.
func New(dsn, release string) (*Client, error) {
	if dsn == "" {
		return nil, nil
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, fmt.Errorf("errtrack: DSN: %w", err)
	}
	project := strings.Trim(u.Path, "/")
	if u.User == nil || project == "" {
		return nil, fmt.Errorf("errtrack: DSN %q has no key or project", u.Redacted())
	}
	store := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/api/" + project + "/store/"}
	return &Client{
		storeURL: store.String(),
		key:      u.User.Username(),
		http:     &http.Client{Timeout: 3 * time.Second},
		release:  release,
	}, nil
}

// CapturePanic reports a recovered panic during req.
func (c *Client) CapturePanic(ctx context.Context, rec any, req Request, user User) {
	if c == nil {
		return
	}
	c.send(ctx, event{
		Level:   "fatal",
		Message: fmt.Sprint(rec),
		User:    &user,
		Request: &req,
		Extra:   map[string]string{"stack": string(debug.Stack()), "release": c.release},
	})
}

// CaptureError reports an unexpected error. user may be the zero User.
func (c *Client) CaptureError(ctx context.Context, err error, req Request, user User) {
	if c == nil {
		return
	}
	ev := event{Level: "error", Message: err.Error(), Request: &req, Extra: map[string]string{"release": c.release}}
	if user != (User{}) {
		ev.User = &user
	}
	c.send(ctx, ev)
}

func (c *Client) send(ctx context.Context, ev event) {
	var id [16]byte
	_, _ = rand.Read(id[:])
	ev.EventID = hex.EncodeToString(id[:])
	ev.Timestamp = time.Now().UTC()
	ev.Platform = "go"
	body, err := json.Marshal(ev)
	if err != nil {
		return
	}
	req, err := http.NewRequestWithContext(context.WithoutCancel(ctx), http.MethodPost, c.storeURL, bytes.NewReader(body))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Sentry-Auth", "Sentry sentry_version=7, sentry_client=inkwell/1.0, sentry_key="+c.key)
	resp, err := c.http.Do(req)
	if err != nil {
		return
	}
	resp.Body.Close()
}
