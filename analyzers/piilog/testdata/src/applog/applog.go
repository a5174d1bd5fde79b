// Package applog is a service's own leveled logger: it formats a line
// and writes it to the writer it was made with (os.Stderr in main, or a
// log file). Nothing here says what that writer is; the type does.
package applog

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Logger writes leveled lines.
type Logger struct {
	mu     *sync.Mutex
	w      io.Writer
	prefix string
	fields map[string]any
}

// Contexter is a value that adds its own fields to a log line.
type Contexter interface {
	Context() map[string]any
}

// New returns a logger writing to w.
func New(w io.Writer) *Logger { return &Logger{mu: new(sync.Mutex), w: w} }

// Open returns a logger appending to the file at path.
func Open(path string) (*Logger, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o640)
	if err != nil {
		return nil, err
	}
	return New(f), nil
}

// Named returns a logger whose lines start with name.
func (l *Logger) Named(name string) *Logger {
	return &Logger{mu: l.mu, w: l.w, prefix: name, fields: l.fields}
}

// With returns a logger whose lines carry c's fields.
func (l *Logger) With(c Contexter) *Logger {
	n := &Logger{mu: l.mu, w: l.w, prefix: l.prefix, fields: map[string]any{}}
	for k, v := range l.fields {
		n.fields[k] = v
	}
	for k, v := range c.Context() {
		n.fields[k] = v
	}
	return n
}

// Errorf logs at error level.
func (l *Logger) Errorf(format string, args ...any) { l.logf("ERROR", format, args...) }

// Infof logs at info level.
func (l *Logger) Infof(format string, args ...any) { l.logf("INFO", format, args...) }

func (l *Logger) logf(level, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "%s %-5s [%s] %s %v\n", time.Now().UTC().Format(time.RFC3339), level, l.prefix, fmt.Sprintf(format, args...), l.fields)
}

// ResponseLogger wraps a response to log its status; its writer is the
// response, not a log.
type responseLogger struct {
	w      io.Writer
	status int
}

func (r *responseLogger) Write(p []byte) (int, error) { return r.w.Write(p) }

// Echo writes a line to the client.
func Echo(w io.Writer, line string) {
	rl := &responseLogger{w: w}
	fmt.Fprintf(rl, "%s\n", line)
}
