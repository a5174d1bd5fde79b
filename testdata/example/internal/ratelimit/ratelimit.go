// Package ratelimit throttles each client address with a token bucket, so
// that one scraper cannot starve the catalogue for everyone else.
package ratelimit

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
)

// Limiter hands out rate tokens per second to each client address, up to
// burst at once.
type Limiter struct {
	rate  float64
	burst float64
	log   *zap.Logger

	mu      sync.Mutex
	clients map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// New returns a limiter that allows rate requests per second per client,
// with bursts of up to burst requests.
func New(rate, burst float64, log *zap.Logger) *Limiter {
	return &Limiter{rate: rate, burst: burst, log: log, clients: make(map[string]*bucket)}
}

// Allow takes a token from clientIP's bucket and reports whether there was
// one.
func (l *Limiter) Allow(clientIP string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.clients[clientIP]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.clients[clientIP] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// Middleware rejects requests from clients that are over their rate.
func (l *Limiter) Middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		if !l.Allow(c.ClientIP(), time.Now()) {
			l.log.Debug("request throttled", zap.String("route", c.FullPath()))
			c.Header("Retry-After", "1")
			c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"error": "too many requests"})
			return
		}
		c.Next()
	}
}

// Run forgets clients that have sent nothing for a whole interval, every
// interval until ctx is done.
func (l *Limiter) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			l.sweep(now, interval)
		}
	}
}

func (l *Limiter) sweep(now time.Time, idle time.Duration) {
	l.mu.Lock()
	evicted := 0
	for ip, b := range l.clients {
		if now.Sub(b.last) > idle {
			delete(l.clients, ip)
			evicted++
		}
	}
	tracked := len(l.clients)
	l.mu.Unlock()

	l.log.Debug("rate limiter swept", zap.Int("evicted", evicted), zap.Int("tracked_clients", tracked))
}
