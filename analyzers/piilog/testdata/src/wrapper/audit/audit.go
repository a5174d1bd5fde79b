// Package audit writes an audit trail through slog.
package audit

import (
	"context"
	"log/slog"
)

// Event records an audit event.
func Event(ctx context.Context, msg string, kv ...any) { // want Event:`param2->log\(slog.Logger.InfoContext\)`
	logger().InfoContext(ctx, msg, kv...)
}

func logger() *slog.Logger { return slog.Default() }

// Actor is who did something.
type Actor struct {
	Name string
	Addr string
}

// Login records a login by actor.
func Login(a Actor) { // want Login:`param0.Addr->log\(slog.Info\)`
	slog.Info("login", "addr", a.Addr)
}

// Count records a number of events.
func Count(name string, n int) {
	slog.Info("count", "name", name, "n", n)
}
