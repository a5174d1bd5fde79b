package fix

import (
	"log"
	"net/http"

	"wrapper/audit"
)

// A wrapper of the service's own, variadic like slog.
func signedIn(r *http.Request, userID string) {
	audit.Event(r.Context(), "shopper signed in", "user_id", userID, "ip", r.RemoteAddr) // want `from r.RemoteAddr reaches audit.Event`
}

// printf-style: the argument that holds the IP, not the format.
func panicked(r *http.Request, rec any) {
	log.Printf("panic serving %s %s to %s: %v", r.Method, r.URL.Path, r.RemoteAddr, rec) // want `from r.RemoteAddr reaches log.Printf`
}

// negative
func signedInNoIP(r *http.Request, userID string) {
	audit.Event(r.Context(), "shopper signed in", "user_id", userID)
}
