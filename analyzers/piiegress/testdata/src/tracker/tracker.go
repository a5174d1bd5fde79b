// Package tracker is a small error-tracker client: it posts events with
// the user they happened to. Its exported functions are wrappers: what
// the user fields hold is up to their callers.
package tracker

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// User is who an event happened to.
type User struct {
	ID        string `json:"id,omitempty"`
	Email     string `json:"email,omitempty"`
	IPAddress string `json:"ip_address,omitempty"`
}

type event struct {
	Level     string    `json:"level"`
	Message   string    `json:"message"`
	Timestamp time.Time `json:"timestamp"`
	User      *User     `json:"user,omitempty"`
}

// Client posts to the tracker's store endpoint.
type Client struct {
	storeURL string
	http     *http.Client
}

// CaptureError reports an error; user may be the zero User.
func (c *Client) CaptureError(ctx context.Context, err error, user User) {
	ev := event{Level: "error", Message: err.Error()}
	if user != (User{}) {
		ev.User = &user
	}
	c.send(ctx, ev)
}

// CapturePanic reports a recovered panic.
func (c *Client) CapturePanic(ctx context.Context, msg string, user User) {
	c.send(ctx, event{Level: "fatal", Message: msg, User: &user})
}

func (c *Client) send(ctx context.Context, ev event) {
	ev.Timestamp = time.Now()
	body, err := json.Marshal(ev)
	if err != nil {
		return
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.storeURL, bytes.NewReader(body))
	if err != nil {
		return
	}
	resp, err := c.http.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}
