package precision

import (
	"log"
	"net/http"
	"sync"
	"time"
)

// Maps keyed by personal data: a per-client token bucket, a cache of
// avatars keyed by the address they belong to. What is looked up by the
// key is not the key; ranging over the map yields the keys themselves.

type bucket struct {
	tokens  int
	updated time.Time
}

type visitorLimiter struct {
	mu       sync.Mutex
	visitors map[string]*bucket
	log      *log.Logger
}

func (vl *visitorLimiter) take(r *http.Request) bool {
	ip := r.RemoteAddr
	vl.mu.Lock()
	defer vl.mu.Unlock()
	b, ok := vl.visitors[ip]
	if !ok {
		b = &bucket{tokens: 10, updated: time.Now()}
		vl.visitors[ip] = b
	}
	if b.tokens == 0 {
		vl.log.Printf("bucket empty since %s, %d tokens", b.updated.Format(time.RFC3339), b.tokens)
		return false
	}
	b.tokens--
	return true
}

// sweep drops idle buckets and says whose they were.
func (vl *visitorLimiter) sweep(idle time.Duration) {
	vl.mu.Lock()
	defer vl.mu.Unlock()
	for ip, b := range vl.visitors {
		if time.Since(b.updated) > idle {
			delete(vl.visitors, ip)
			vl.log.Printf("dropped bucket of %s", ip) // want `user.device.ip_address from r.RemoteAddr reaches log.Logger.Printf`
		}
	}
}

// stats logs the buckets' sizes only.
func (vl *visitorLimiter) stats() {
	vl.mu.Lock()
	defer vl.mu.Unlock()
	for _, b := range vl.visitors {
		log.Printf("bucket: %d tokens, updated %s", b.tokens, b.updated)
	}
	log.Printf("%d buckets", len(vl.visitors))
}

type avatarCache struct {
	mu  sync.Mutex
	img map[string][]byte
}

func (c *avatarCache) serve(w http.ResponseWriter, r *http.Request) {
	addr := r.Header.Get("X-Forwarded-For")
	c.mu.Lock()
	img := c.img[addr]
	c.mu.Unlock()
	log.Printf("avatar of %d bytes", len(img))
	log.Printf("avatar starts %x", img[:min(8, len(img))])
	w.Header().Set("Content-Type", http.DetectContentType(img))
	_, _ = w.Write(img)
}

func (c *avatarCache) remember(r *http.Request, img []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.img[r.RemoteAddr] = img
}

// dump logs the whole map, keys included.
func (c *avatarCache) dump() {
	c.mu.Lock()
	defer c.mu.Unlock()
	log.Printf("avatars: %v", c.img) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
}
