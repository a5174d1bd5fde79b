// Package c is a fixture: T.Addr returns a client IP.
package c

import "net/http"

type T struct{ R *http.Request }

func (t T) Addr() string { return t.R.RemoteAddr }

func (t *T) Log() {}
