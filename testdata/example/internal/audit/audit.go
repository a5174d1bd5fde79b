// Package audit records security-relevant events (sign-ins, orders, consent
// changes) so that support and compliance reviews can find them later.
//
// Event sends an event through the process-wide slog logger, tagged for the
// log pipeline's audit index; Record appends an entry to the audit trail
// file that is shipped to cold storage.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"time"
)

// Event logs msg and its key-value pairs as an audit event.
func Event(ctx context.Context, msg string, kv ...any) {
	slog.Default().
		With(slog.String("log_type", "audit")).
		Log(ctx, slog.LevelInfo, msg, kv...)
}

// Entry is one line of the audit trail.
type Entry struct {
	Time   time.Time `json:"time"`
	Action string    `json:"action"`
	Actor  string    `json:"actor"`
	Object string    `json:"object,omitempty"`
	IP     string    `json:"ip,omitempty"`
}

// Record appends e to w as one JSON line. Each entry is written with a
// single Write so that concurrent writers to an O_APPEND file never
// interleave.
func Record(w io.Writer, e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encoding audit entry %s: %w", e.Action, err)
	}
	if _, err := w.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("writing audit entry %s: %w", e.Action, err)
	}
	return nil
}
