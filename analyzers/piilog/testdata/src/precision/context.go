package precision

import (
	"context"
	"log"
	"log/slog"
	"net/http"
)

// A request-scoped struct carried in the context holds the client address
// next to the request's ID and route: only the address is an IP.

type reqInfo struct {
	ID     string
	Route  string
	Remote string
}

type infoKey struct{}

func withInfo(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		info := &reqInfo{ID: r.Header.Get("X-Request-ID"), Route: r.URL.Path, Remote: r.RemoteAddr}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), infoKey{}, info)))
	})
}

func infoFrom(ctx context.Context) *reqInfo {
	info, _ := ctx.Value(infoKey{}).(*reqInfo)
	if info == nil {
		return &reqInfo{}
	}
	return info
}

func handleComment(w http.ResponseWriter, r *http.Request) {
	info := infoFrom(r.Context())
	slog.Info("comment", "request_id", info.ID, "route", info.Route)
	log.Printf("comment from %s", info.Remote) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
}

// The same through a package variable: a store of the address into one
// field does not make the variable's other fields IPs.

var lastRequest reqInfo

func remember(r *http.Request) {
	lastRequest.Remote = r.RemoteAddr
	lastRequest.Route = r.URL.Path
}

func status() {
	log.Printf("last route %s id %s", lastRequest.Route, lastRequest.ID)
	log.Printf("last client %s", lastRequest.Remote) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
}
