package activitypub

import (
	"bytes"
	"context"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"example.com/inkwell/log"
)

// ErrGone is returned for an actor or inbox that answered 410 Gone: the
// remote account was deleted, and its follow should be dropped.
var ErrGone = errors.New("activitypub: gone")

// Signer is the local actor that signs outgoing requests.
type Signer struct {
	KeyID string // <actor>#main-key
	Key   *rsa.PrivateKey
}

// Client talks to remote servers.
type Client struct {
	http      *http.Client
	userAgent string
	log       *log.Logger

	mu     sync.Mutex
	actors map[string]cachedActor
}

type cachedActor struct {
	actor   *Actor
	fetched time.Time
}

// NewClient returns a client that identifies itself as userAgent (remote
// servers block clients without a useful one).
func NewClient(userAgent string, l *log.Logger) *Client {
	return &Client{
		http:      &http.Client{Timeout: 15 * time.Second},
		userAgent: userAgent,
		log:       l.Named("federation"),
		actors:    make(map[string]cachedActor),
	}
}

// delivery describes one POST to an inbox, for the log.
type delivery struct {
	inbox    string
	activity string
	kind     string
	started  time.Time
}

// Context implements log.Contexter.
func (d *delivery) Context() map[string]any {
	return map[string]any{
		"inbox":    d.inbox,
		"activity": d.activity,
		"type":     d.kind,
	}
}

// Deliver posts an activity to a remote inbox, signed by s.
func (c *Client) Deliver(ctx context.Context, s Signer, inbox string, act *Activity) error {
	body, err := json.Marshal(act)
	if err != nil {
		return fmt.Errorf("activitypub: encoding %s: %w", act.Type, err)
	}
	u, err := url.Parse(inbox)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return fmt.Errorf("activitypub: bad inbox %q", inbox)
	}
	d := &delivery{inbox: inbox, activity: act.ID, kind: act.Type, started: time.Now()}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", ContentType)
	req.Header.Set("User-Agent", c.userAgent)
	req.Host = u.Host
	if err := Sign(req, body, s.KeyID, s.Key); err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.log.With(d).Warnf("delivery failed: %v", err)
		return fmt.Errorf("activitypub: delivering to %s: %w", inbox, err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	switch {
	case resp.StatusCode == http.StatusGone:
		return ErrGone
	case resp.StatusCode >= 300:
		c.log.With(d).Warnf("delivery refused: %s", resp.Status)
		return fmt.Errorf("activitypub: delivering to %s: %s", inbox, resp.Status)
	}
	c.log.With(d).Debugf("delivered in %s", time.Since(d.started).Round(time.Millisecond))
	return nil
}

// FetchActor returns the actor at iri, from a one-hour cache or with a
// signed GET (authorized-fetch servers refuse unsigned ones).
func (c *Client) FetchActor(ctx context.Context, s Signer, iri string) (*Actor, error) {
	c.mu.Lock()
	ca, ok := c.actors[iri]
	c.mu.Unlock()
	if ok && time.Since(ca.fetched) < time.Hour {
		return ca.actor, nil
	}
	u, err := url.Parse(iri)
	if err != nil || u.Scheme != "https" {
		return nil, fmt.Errorf("activitypub: bad actor IRI %q", iri)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", ContentType)
	req.Header.Set("User-Agent", c.userAgent)
	req.Host = u.Host
	if err := Sign(req, nil, s.KeyID, s.Key); err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("activitypub: fetching %s: %w", iri, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusGone:
		return nil, ErrGone
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("activitypub: fetching %s: %s", iri, resp.Status)
	}
	var a Actor
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&a); err != nil {
		return nil, fmt.Errorf("activitypub: decoding %s: %w", iri, err)
	}
	if a.ID != iri || a.Inbox == "" {
		return nil, fmt.Errorf("activitypub: %s is not a usable actor", iri)
	}
	c.mu.Lock()
	c.actors[iri] = cachedActor{actor: &a, fetched: time.Now()}
	c.mu.Unlock()
	return &a, nil
}
