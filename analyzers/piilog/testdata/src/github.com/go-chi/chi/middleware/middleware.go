// Package middleware is a signature stub of github.com/go-chi/chi@v4.1.2+incompatible.
package middleware

import (
	"context"
	"net/http"
	"time"
)

var DefaultLogger func(next http.Handler) http.Handler

func Logger(next http.Handler) http.Handler { return nil }

func RequestLogger(f LogFormatter) func(next http.Handler) http.Handler { return nil }

type LogFormatter interface {
	NewLogEntry(r *http.Request) LogEntry
}

type LogEntry interface {
	Write(status int, bytes int, header http.Header, elapsed time.Duration, extra interface{})
	Panic(v interface{}, stack []byte)
}

func GetLogEntry(r *http.Request) LogEntry { return nil }

func WithLogEntry(r *http.Request, entry LogEntry) *http.Request { return nil }

type LoggerInterface interface {
	Print(v ...interface{})
}

type DefaultLogFormatter struct {
	Logger  LoggerInterface
	NoColor bool
}

func (l *DefaultLogFormatter) NewLogEntry(r *http.Request) LogEntry { return nil }

func RealIP(h http.Handler) http.Handler { return nil }

func Recoverer(next http.Handler) http.Handler { return nil }

func RequestID(next http.Handler) http.Handler { return nil }

func GetReqID(ctx context.Context) string { return "" }
