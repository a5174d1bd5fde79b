// Package log is Inkwell's logger: levelled, line-oriented, with fields,
// and small enough to read in one sitting.
//
// It writes to any io.Writer; in production that is the log file named in
// the configuration, opened by Open, otherwise standard error.
package log

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

// Level orders messages by importance.
type Level int

// Levels, from chatty to alarming.
const (
	LevelDebug Level = iota
	LevelInfo
	LevelWarn
	LevelError
)

func (l Level) String() string {
	switch l {
	case LevelDebug:
		return "DEBUG"
	case LevelInfo:
		return "INFO"
	case LevelWarn:
		return "WARN"
	case LevelError:
		return "ERROR"
	}
	return fmt.Sprintf("LEVEL(%d)", int(l))
}

// ParseLevel reads a level from configuration ("debug", "info", ...).
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return LevelDebug, nil
	case "", "info":
		return LevelInfo, nil
	case "warn", "warning":
		return LevelWarn, nil
	case "error":
		return LevelError, nil
	}
	return LevelInfo, fmt.Errorf("unknown log level %q", s)
}

// Contexter is implemented by values that know which fields describe them
// in a log line: a delivery, an inbox request, a job.
type Contexter interface {
	Context() map[string]any
}

// Logger writes one line per message to its writer. It is safe for
// concurrent use; loggers made by With share their parent's writer.
type Logger struct {
	mu     *sync.Mutex
	w      io.Writer
	file   *os.File
	level  Level
	prefix string
	fields map[string]any
	now    func() time.Time
}

// New returns a logger that writes messages at level or above to w.
func New(w io.Writer, level Level) *Logger {
	return &Logger{mu: new(sync.Mutex), w: w, level: level, now: time.Now}
}

// Open returns a logger that appends to the file at path, creating it.
func Open(path string, level Level) (*Logger, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o640)
	if err != nil {
		return nil, fmt.Errorf("opening log file: %w", err)
	}
	l := New(f, level)
	l.file = f
	return l, nil
}

// Close closes the log file, if the logger owns one.
func (l *Logger) Close() error {
	if l.file == nil {
		return nil
	}
	return l.file.Close()
}

// Named returns a logger whose lines start with name.
func (l *Logger) Named(name string) *Logger {
	c := l.clone()
	if c.prefix != "" {
		name = c.prefix + "." + name
	}
	c.prefix = name
	return c
}

// With returns a logger that adds the fields of c to every line.
func (l *Logger) With(c Contexter) *Logger {
	n := l.clone()
	for k, v := range c.Context() {
		n.fields[k] = v
	}
	return n
}

// WithField returns a logger that adds one field to every line.
func (l *Logger) WithField(key string, value any) *Logger {
	n := l.clone()
	n.fields[key] = value
	return n
}

func (l *Logger) clone() *Logger {
	c := *l
	c.fields = make(map[string]any, len(l.fields)+2)
	for k, v := range l.fields {
		c.fields[k] = v
	}
	return &c
}

// Debugf logs at debug level.
func (l *Logger) Debugf(format string, args ...any) { l.logf(LevelDebug, format, args...) }

// Infof logs at info level.
func (l *Logger) Infof(format string, args ...any) { l.logf(LevelInfo, format, args...) }

// Warnf logs at warn level.
func (l *Logger) Warnf(format string, args ...any) { l.logf(LevelWarn, format, args...) }

// Errorf logs at error level.
func (l *Logger) Errorf(format string, args ...any) { l.logf(LevelError, format, args...) }

func (l *Logger) logf(level Level, format string, args ...any) {
	if level < l.level {
		return
	}
	msg := fmt.Sprintf(format, args...)
	prefix := ""
	if l.prefix != "" {
		prefix = "[" + l.prefix + "] "
	}
	var fields strings.Builder
	if len(l.fields) > 0 {
		keys := make([]string, 0, len(l.fields))
		for k := range l.fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&fields, " %s=%v", k, l.fields[k])
		}
	}
	ts := l.now().UTC().Format("2006-01-02T15:04:05.000Z")
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "%s %-5s %s%s%s\n", ts, level, prefix, msg, fields.String())
}

// std is the logger of the package-level functions, for code that runs
// before the configuration is read.
var std = New(os.Stderr, LevelInfo)

// Info logs to standard error at info level.
func Info(format string, args ...any) { std.logf(LevelInfo, format, args...) }

// Error logs to standard error at error level.
func Error(format string, args ...any) { std.logf(LevelError, format, args...) }
