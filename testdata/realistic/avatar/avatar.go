// Package avatar fetches readers' avatars on the server, so that readers'
// browsers never talk to the avatar services themselves, and caches them.
package avatar

import (
	"context"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// ErrNoAvatar is returned when the service has no picture for an address.
var ErrNoAvatar = errors.New("avatar: none")

// Proxy fetches and caches avatars.
type Proxy struct {
	http  *http.Client
	mu    sync.Mutex
	cache map[string]cached
	ttl   time.Duration
}

type cached struct {
	img     []byte
	fetched time.Time
}

// NewProxy returns a proxy that keeps pictures for ttl.
func NewProxy(ttl time.Duration) *Proxy {
	return &Proxy{http: &http.Client{Timeout: 5 * time.Second}, cache: make(map[string]cached), ttl: ttl}
}

// Gravatar returns the Gravatar picture of an address. Gravatar is keyed
// by the MD5 of the trimmed, lower-cased address.
func (p *Proxy) Gravatar(ctx context.Context, email string) ([]byte, error) {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return p.fetch(ctx, "https://www.gravatar.com/avatar/"+hex.EncodeToString(sum[:])+"?s=96&d=404")
}

// Libravatar returns the Libravatar picture of an address, for readers
// who prefer the free service. It is keyed by the SHA-256 of the address.
func (p *Proxy) Libravatar(ctx context.Context, email string) ([]byte, error) {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return p.fetch(ctx, "https://seccdn.libravatar.org/avatar/"+hex.EncodeToString(sum[:])+"?s=96&d=404")
}

func (p *Proxy) fetch(ctx context.Context, u string) ([]byte, error) {
	p.mu.Lock()
	c, ok := p.cache[u]
	p.mu.Unlock()
	if ok && time.Since(c.fetched) < p.ttl {
		return c.img, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("avatar: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, ErrNoAvatar
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("avatar: %s", resp.Status)
	}
	img, err := io.ReadAll(io.LimitReader(resp.Body, 256<<10))
	if err != nil {
		return nil, fmt.Errorf("avatar: %w", err)
	}
	p.mu.Lock()
	p.cache[u] = cached{img: img, fetched: time.Now()}
	p.mu.Unlock()
	return img, nil
}
