package generics

import (
	"fmt"
	"log"
	"net"
	"net/http"
)

// A generic wrapper constrained by fmt.Stringer: the value's own String
// method puts the address in the line. One flow, one finding: at the
// call, not again at the log call inside the wrapper.

type visitor struct {
	addr net.IP
	page string
}

func (v visitor) String() string { return v.page + " from " + v.addr.String() }

type page struct{ path string }

func (p page) String() string { return p.path }

func logString[T fmt.Stringer](v T) {
	log.Print(v.String())
}

func logAny[T any](v T) {
	log.Printf("%v", v)
}

func handleVisit(r *http.Request) {
	v := visitor{addr: net.ParseIP(r.RemoteAddr), page: r.URL.Path}
	logString(v)                      // want `user.device.ip_address from r.RemoteAddr reaches generics.logString`
	logAny(net.ParseIP(r.RemoteAddr)) // want `reaches generics.logAny`
	logString(page{path: r.URL.Path})
	logAny(r.URL.Path)
}
