// Package ipsrc finds the client address of a request.
package ipsrc

import (
	"net/http"
	"strings"
)

// ClientIP returns the first X-Forwarded-For entry, or the peer address.
func ClientIP(r *http.Request) string { // want ClientIP:`result0=user.device.ip_address`
	if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
		return strings.TrimSpace(strings.Split(xff, ",")[0])
	}
	return r.RemoteAddr
}

// Method returns the request method.
func Method(r *http.Request) string { return r.Method }
