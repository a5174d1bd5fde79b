// Package webhooks delivers events to the HTTP endpoints that blog owners
// configure in their settings (their CRM, Zapier, their own server): a new
// subscriber, a published post, a paid upgrade.
//
// Each delivery is a JSON POST signed with the hook's secret
// (X-Inkwell-Signature: sha256=<hex HMAC of the body>).
package webhooks

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"

	"example.com/inkwell/log"
)

// Hook is a blog owner's endpoint.
type Hook struct {
	ID     int64
	BlogID int64
	URL    string
	Secret string
	Events []string
}

// Wants reports whether the hook subscribed to event.
func (h Hook) Wants(event string) bool {
	return len(h.Events) == 0 || slices.Contains(h.Events, event)
}

// envelope is the body of every delivery.
type envelope struct {
	Event     string    `json:"event"`
	HookID    int64     `json:"hook_id"`
	CreatedAt time.Time `json:"created_at"`
	Data      any       `json:"data"`
}

// Dispatcher delivers events.
type Dispatcher struct {
	http *http.Client
	log  *log.Logger
}

// New returns a dispatcher.
func New(l *log.Logger) *Dispatcher {
	return &Dispatcher{
		http: &http.Client{
			Timeout: 10 * time.Second,
			// Never follow a hook's redirect: the owner configured one URL.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		log: l.Named("webhooks"),
	}
}

// Deliver posts data to the hook as event.
func (d *Dispatcher) Deliver(ctx context.Context, h Hook, event string, data any) error {
	if !h.Wants(event) {
		return nil
	}
	body, err := json.Marshal(envelope{Event: event, HookID: h.ID, CreatedAt: time.Now().UTC(), Data: data})
	if err != nil {
		return fmt.Errorf("webhooks: encoding %s: %w", event, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("webhooks: hook %d: %w", h.ID, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Inkwell-Webhooks/1.0")
	req.Header.Set("X-Inkwell-Event", event)
	req.Header.Set("X-Inkwell-Signature", "sha256="+sign(h.Secret, body))
	resp, err := d.http.Do(req)
	if err != nil {
		return fmt.Errorf("webhooks: hook %d: %w", h.ID, err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 300 {
		return fmt.Errorf("webhooks: hook %d answered %s", h.ID, resp.Status)
	}
	d.log.Debugf("hook %d: delivered %s", h.ID, event)
	return nil
}

func sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
