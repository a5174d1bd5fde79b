package fix

import (
	"net/http"

	"go.uber.org/zap"
)

// The file does not import anon: the fix adds the import.
func sugared(log *zap.SugaredLogger, r *http.Request, user string) {
	log.Infow("login", "user", user, "remote_addr", r.RemoteAddr) // want `from r.RemoteAddr reaches zap.SugaredLogger.Infow`
}

func structured(log *zap.Logger, r *http.Request) {
	log.Info("request", zap.String("method", r.Method), zap.String("xff", r.Header.Get("X-Forwarded-For"))) // want `from X-Forwarded-For header reaches zap.Logger.Info`
}

// negative
func sugaredNoIP(log *zap.SugaredLogger, r *http.Request) {
	log.Infow("request", "method", r.Method, "path", r.URL.Path)
}
