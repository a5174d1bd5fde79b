package handler

import (
	"net/http/httptest"
	"testing"
)

// The test no longer compiles (Hello lost its status result): with test
// findings off, that must not hide handler.go's finding.
func TestHello(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	w := httptest.NewRecorder()
	if status := Hello(w, r); status != 200 {
		t.Errorf("status %d", status)
	}
}
