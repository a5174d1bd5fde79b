// Package handler logs who calls it: one finding in production code.
package handler

import (
	"log"
	"net/http"
)

// Hello greets the caller and logs its address.
func Hello(w http.ResponseWriter, r *http.Request) {
	log.Printf("hello from %s", r.RemoteAddr)
	w.Write([]byte("hello"))
}
