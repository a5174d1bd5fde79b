package fix

import (
	"net/http"

	kitlog "github.com/go-kit/log"
	"github.com/hashicorp/go-hclog"
)

func plugin(logger hclog.Logger, r *http.Request) {
	logger.Info("plugin request", "method", r.Method, "remote", r.RemoteAddr) // want `from r.RemoteAddr reaches hclog.Logger.Info`
}

func endpoint(logger kitlog.Logger, r *http.Request) {
	logger.Log("method", r.Method, "client_ip", r.Header.Get("X-Forwarded-For"), "err", nil) // want `from X-Forwarded-For header reaches log.Logger.Log`
}

// negative
func endpointNoIP(logger kitlog.Logger, r *http.Request) {
	logger.Log("method", r.Method, "path", r.URL.Path)
}
