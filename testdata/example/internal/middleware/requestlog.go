package middleware

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
)

// RequestLogConfig configures RequestLog.
type RequestLogConfig struct {
	// LogIP adds the client address to each line, for tracing abusive
	// clients.
	LogIP bool
	// Slow is the latency above which a request is also logged as a warning.
	Slow time.Duration
}

// DefaultRequestLogConfig is the configuration the public server uses.
func DefaultRequestLogConfig() RequestLogConfig {
	return RequestLogConfig{LogIP: true, Slow: time.Second}
}

// RequestLog writes one line per request to log.
func RequestLog(log *zap.Logger, cfg RequestLogConfig, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		latency := time.Since(start)

		if cfg.Slow > 0 && latency > cfg.Slow {
			log.Warn("slow request",
				zap.String("method", r.Method),
				zap.String("path", r.URL.Path),
				zap.Int("status", sw.status),
				zap.Duration("latency", latency))
		}

		// Encode off the request path: the response has been written.
		method, path, remote, status, size := r.Method, r.URL.Path, r.RemoteAddr, sw.status, sw.size
		go func() {
			fields := []zap.Field{
				zap.String("method", method),
				zap.String("path", path),
				zap.Int("status", status),
				zap.Int("bytes", size),
				zap.Duration("latency", latency),
			}
			if cfg.LogIP {
				fields = append(fields, zap.String("remote_addr", remote))
			}
			log.Info("request", fields...) // policylint: expect piilog
		}()
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	size   int
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// AccessLog is gin's access logger with a format that records what was
// asked and how it went, but not who asked.
func AccessLog() gin.HandlerFunc {
	return gin.LoggerWithConfig(gin.LoggerConfig{
		SkipPaths: []string{"/healthz"},
		Formatter: func(p gin.LogFormatterParams) string {
			return fmt.Sprintf("%s | %3d | %13v | %-7s %s\n",
				p.TimeStamp.Format(time.RFC3339), p.StatusCode, p.Latency, p.Method, p.Path)
		},
	})
}
