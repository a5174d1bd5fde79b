// Package middleware holds the HTTP middleware shared by the shop's
// servers: client address handling, request logging and panic recovery.
package middleware

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"go.uber.org/zap"
)

// RealIP replaces r.RemoteAddr with the first X-Forwarded-For entry, the
// shopper's address as seen by the load balancer, so that everything behind
// it sees the shopper rather than the balancer.
func RealIP(log *zap.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		xff := r.Header.Get("X-Forwarded-For")
		if xff == "" {
			next.ServeHTTP(w, r)
			return
		}
		addr, err := firstHop(xff)
		if err != nil {
			// Keep the peer address: a malformed header is not worth a 400.
			next.ServeHTTP(w, r)
			return
		}
		if strings.Contains(xff, ",") {
			log.Debug("request came through several proxies", zap.String("x_forwarded_for", xff)) // policylint: expect piilog
		}
		// Keep the host:port form that net/http documents, and gin relies on.
		_, port, _ := net.SplitHostPort(r.RemoteAddr)
		r.RemoteAddr = net.JoinHostPort(addr.String(), port)
		next.ServeHTTP(w, r)
	})
}

func firstHop(xff string) (netip.Addr, error) {
	first, _, _ := strings.Cut(xff, ",")
	first = strings.TrimSpace(first)
	addr, err := netip.ParseAddr(first)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("invalid first X-Forwarded-For entry %q: %w", first, err)
	}
	return addr.Unmap(), nil
}
