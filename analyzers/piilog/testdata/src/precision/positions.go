package precision

import (
	"log"
	"net/http"
)

// Two functions read r.RemoteAddr into the same field. The flow of each
// finding starts at the read on its own path (checked by the engine's
// tests through the line of the first step).

type visit struct {
	addr string
	page string
}

var visits []*visit

func recordVisit(r *http.Request) {
	visits = append(visits, &visit{addr: r.RemoteAddr, page: r.URL.Path})
}

func logVisit(r *http.Request) {
	v := &visit{page: r.URL.Path}
	v.addr = r.RemoteAddr                          // source: this read
	log.Printf("visit %s from %s", v.page, v.addr) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
}
