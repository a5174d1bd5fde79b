package handler

import (
	"log"
	"net/http/httptest"
	"testing"
)

// The test logs the request's address too: a finding in a _test.go file,
// reported only with -test or [run] tests = true.
func TestHello(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	w := httptest.NewRecorder()
	Hello(w, r)
	log.Printf("request from %s", r.RemoteAddr)
}
