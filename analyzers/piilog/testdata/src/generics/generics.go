package generics

import (
	"log"
	"net/http"
	"net/netip"

	"genericlib"
)

func logValue[T any](v T) {
	log.Printf("value %v", v)
}

func handle(r *http.Request) {
	logValue(r.RemoteAddr)               // want `user.device.ip_address from r.RemoteAddr reaches generics.logValue`
	genericlib.Field("ip", r.RemoteAddr) // want `reaches genericlib.Field`
	ring := &genericlib.Ring[string]{}
	ring.Push(r.RemoteAddr) // want `reaches genericlib.Ring.Push`
	log.Printf("%d kept", ring.Len())
}

// Look-alikes: the same generic helpers with data that is not an IP.
func handleClean(r *http.Request) {
	logValue(r.URL.Path)
	genericlib.Field("method", r.Method)
	ring := &genericlib.Ring[string]{}
	ring.Push(r.UserAgent())
	if addr, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
		masked, _ := addr.Addr().Prefix(24)
		genericlib.Field("net", masked)
	}
}
