// Package applog is a service's own structured logger: a record is a
// message and the fields of a Contexter, encoded as one JSON line on
// standard output.
package applog

import (
	"encoding/json"
	"os"
	"sync"
	"time"
)

// Contexter is implemented by values that add their own fields to a log
// record.
type Contexter interface {
	Context() map[string]any
}

type Logger struct {
	mu  sync.Mutex
	enc *json.Encoder
}

func New() *Logger {
	return &Logger{enc: json.NewEncoder(os.Stdout)}
}

func (l *Logger) Info(msg string, c Contexter) {
	l.write("info", msg, c)
}

func (l *Logger) Error(msg string, err error, c Contexter) {
	rec := c.Context()
	rec["error"] = err.Error()
	l.write("error", msg, Fields(rec))
}

func (l *Logger) write(level, msg string, c Contexter) {
	rec := map[string]any{"time": time.Now().UTC(), "level": level, "msg": msg}
	if c != nil {
		for k, v := range c.Context() {
			rec[k] = v
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.enc.Encode(rec)
}

// Fields is a plain map of fields.
type Fields map[string]any

func (f Fields) Context() map[string]any { return f }
