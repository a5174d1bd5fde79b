package fix

import (
	"context"
	"log/slog"
	"net/http"

	"anon"
)

type checkout struct {
	log *slog.Logger
}

// Key/value pairs: the fix wraps the value that holds the IP, never a key.
func (h *checkout) start(ctx context.Context, r *http.Request, userID string, items int) {
	h.log.InfoContext(ctx, "checkout started", "user_id", userID, "items", items, "client_ip", r.RemoteAddr) // want `from r.RemoteAddr reaches slog.Logger.InfoContext`
}

func (h *checkout) held(ctx context.Context, r *http.Request, orderID string) {
	ip := r.Header.Get("X-Forwarded-For")
	h.log.WarnContext(ctx, "order held for review", "order_id", orderID, "ip", ip) // want `from X-Forwarded-For header reaches slog.Logger.WarnContext`
}

// Two values hold an IP: both are wrapped.
func both(r *http.Request) {
	slog.Info("request", "remote", r.RemoteAddr, "path", r.URL.Path, "forwarded_for", r.Header.Get("X-Forwarded-For")) // want `reaches slog.Info`
}

// An attribute constructor: the attribute's value is wrapped.
func attr(r *http.Request) {
	slog.Info("request", slog.String("client_ip", r.RemoteAddr)) // want `from r.RemoteAddr reaches slog.Info`
}

// negatives

func masked(ctx context.Context, r *http.Request, userID string) {
	slog.InfoContext(ctx, "checkout started", "user_id", userID, "client_ip", anon.IP(r.RemoteAddr))
}

func noIP(r *http.Request) {
	slog.Info("request", "method", r.Method, "path", r.URL.Path)
}
