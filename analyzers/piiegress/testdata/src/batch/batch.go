// Package batch is an analytics client that queues events and sends
// them in batches from a background goroutine, as the Segment and
// Mixpanel libraries do: the request goes out far from the call that
// handed over the data.
package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type event struct {
	Name       string         `json:"event"`
	UserID     string         `json:"userId"`
	Properties map[string]any `json:"properties"`
	At         time.Time      `json:"timestamp"`
}

// Client batches events for the tracking API.
type Client struct {
	queue chan event
	http  *http.Client
}

// New returns a client; Run sends its batches.
func New() *Client {
	return &Client{queue: make(chan event, 100), http: &http.Client{Timeout: 5 * time.Second}}
}

// Track queues an event. A full queue drops it.
func (c *Client) Track(userID, name string, props map[string]any) {
	ev := event{Name: name, UserID: userID, Properties: props, At: time.Now()}
	select {
	case c.queue <- ev:
	default:
	}
}

// Run sends the queued events every second until ctx ends.
func (c *Client) Run(ctx context.Context) {
	var batch []event
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev := <-c.queue:
			batch = append(batch, ev)
		case <-tick.C:
			if len(batch) > 0 {
				c.send(batch)
				batch = batch[:0]
			}
		}
	}
}

func (c *Client) send(batch []event) {
	body, _ := json.Marshal(map[string]any{"batch": batch})
	resp, err := c.http.Post("https://api.tracking.example/v1/batch", "application/json", bytes.NewReader(body))
	if err == nil {
		resp.Body.Close()
	}
}
