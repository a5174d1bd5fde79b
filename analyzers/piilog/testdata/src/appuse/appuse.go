package appuse

import (
	"bytes"
	"net/http"

	"applog"
)

type server struct {
	log *applog.Logger
}

func (s *server) limited(w http.ResponseWriter, r *http.Request) {
	s.log.Errorf("rate limited %s", r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches applog.Logger.Errorf`
	s.log.Named("limiter").Infof("path %s", r.URL.Path)
	applog.Echo(w, "slow down, "+r.RemoteAddr)
	var buf bytes.Buffer
	applog.Echo(&buf, r.RemoteAddr)
}

// A request's own log fields: one adds the client's address, the other
// only the route.
type inbound struct {
	route, remote string
}

func (in *inbound) Context() map[string]any {
	return map[string]any{"route": in.route, "remote_addr": in.remote}
}

type routeOnly struct{ route string }

func (ro routeOnly) Context() map[string]any { return map[string]any{"route": ro.route} }

func (s *server) inbox(w http.ResponseWriter, r *http.Request) {
	in := &inbound{route: r.URL.Path, remote: r.RemoteAddr}
	s.log.With(in).Errorf("unsigned activity") // want `user.device.ip_address from r.RemoteAddr reaches applog.Logger.Errorf`
	s.log.With(routeOnly{route: r.URL.Path}).Infof("ok")
}
