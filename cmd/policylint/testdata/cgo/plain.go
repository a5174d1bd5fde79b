package native

import (
	"log"
	"net/http"
)

// Plain logs the caller.
func Plain(w http.ResponseWriter, r *http.Request) {
	log.Printf("plain call from %s", r.RemoteAddr)
}
