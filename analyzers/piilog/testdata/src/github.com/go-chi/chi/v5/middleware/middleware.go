// Package middleware is a signature stub of github.com/go-chi/chi/v5@v5.5.0.
package middleware

import (
	"context"
	"io"
	"net/http"
	"net/netip"
	"time"
)

func NewWrapResponseWriter(w http.ResponseWriter, protoMajor int) WrapResponseWriter { return nil }

type WrapResponseWriter interface {
	http.ResponseWriter
	Status() int
	BytesWritten() int
	Tee(io.Writer)
	Unwrap() http.ResponseWriter
	Discard()
}

func RealIP(h http.Handler) http.Handler { return nil }

func Recoverer(next http.Handler) http.Handler { return nil }

func RequestID(next http.Handler) http.Handler { return nil }

func GetReqID(ctx context.Context) string { return "" }

func StripSlashes(next http.Handler) http.Handler { return nil }

func Throttle(limit int) func(http.Handler) http.Handler { return nil }

func Timeout(timeout time.Duration) func(next http.Handler) http.Handler { return nil }

func ClientIPFromHeader(trustedHeader string, trustedIPPrefixes ...string) func(http.Handler) http.Handler {
	return nil
}

func ClientIPFromXFF(trustedIPPrefixes ...string) func(http.Handler) http.Handler { return nil }

func ClientIPFromXFFTrustedProxies(numTrustedProxies int) func(http.Handler) http.Handler { return nil }

func ClientIPFromRemoteAddr(h http.Handler) http.Handler { return nil }

func GetClientIP(ctx context.Context) string { return "" }

func GetClientIPAddr(ctx context.Context) netip.Addr { return netip.Addr{} }

func Compress(level int, types ...string) func(next http.Handler) http.Handler { return nil }

func Heartbeat(endpoint string) func(http.Handler) http.Handler { return nil }

var DefaultLogger func(next http.Handler) http.Handler

func Logger(next http.Handler) http.Handler { return nil }

func RequestLogger(f LogFormatter) func(next http.Handler) http.Handler { return nil }

type LogFormatter interface {
	NewLogEntry(r *http.Request) LogEntry
}

type LogEntry interface {
	Write(status int, bytes int, header http.Header, elapsed time.Duration, extra any)
	Panic(v any, stack []byte)
}

func GetLogEntry(r *http.Request) LogEntry { return nil }

func WithLogEntry(r *http.Request, entry LogEntry) *http.Request { return nil }

type LoggerInterface interface {
	Print(v ...any)
}

type DefaultLogFormatter struct {
	Logger  LoggerInterface
	NoColor bool
}

func (l *DefaultLogFormatter) NewLogEntry(r *http.Request) LogEntry { return nil }

func NoCache(h http.Handler) http.Handler { return nil }
