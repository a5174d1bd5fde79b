package middleware

import (
	"log"
	"net/http"
	"runtime/debug"
)

// Recover turns a panic in next into a 500 response, so that one bad
// request does not take the server down.
func Recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			rec := recover()
			if rec == nil {
				return
			}
			if rec == http.ErrAbortHandler {
				panic(rec)
			}
			log.Printf("panic serving %s %s to %s: %v\n%s", r.Method, r.URL.Path, r.RemoteAddr, rec, debug.Stack()) // policylint: expect piilog
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		}()
		next.ServeHTTP(w, r)
	})
}
