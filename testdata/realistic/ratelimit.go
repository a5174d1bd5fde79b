package inkwell

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"

	"example.com/inkwell/log"
)

// limiter is a token bucket per client address.
type limiter struct {
	name  string
	rate  float64
	burst float64
	log   *log.Logger

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(name string, rate float64, burst int, l *log.Logger) *limiter {
	return &limiter{name: name, rate: rate, burst: float64(burst), log: l, buckets: make(map[string]*bucket)}
}

// allow takes a token from key's bucket.
func (l *limiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens += now.Sub(b.last).Seconds() * l.rate
	if b.tokens > l.burst {
		b.tokens = l.burst
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *limiter) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if l.rate <= 0 {
			next.ServeHTTP(w, r)
			return
		}
		ip := clientAddr(r)
		if !l.allow(ip.String(), time.Now()) {
			l.log.Warnf("%s: rate limit exceeded by %s on %s", l.name, ip, r.URL.Path) // policylint: expect piilog
			w.Header().Set("Retry-After", strconv.Itoa(int(1/l.rate)+1))
			http.Error(w, "Too many requests", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// sweep drops idle buckets every interval until ctx ends.
func (l *limiter) sweep(ctx context.Context, every time.Duration) {
	l.log.Infof("%s: %.1f requests/s, bursts of %.0f", l.name, l.rate, l.burst)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			n, left := l.evict(now.Add(-10 * time.Minute))
			l.log.Debugf("%s: evicted %d idle buckets, %d left", l.name, n, left)
		}
	}
}

func (l *limiter) evict(idleSince time.Time) (evicted, left int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k, b := range l.buckets {
		if b.last.Before(idleSince) {
			delete(l.buckets, k)
			evicted++
		}
	}
	return evicted, len(l.buckets)
}
