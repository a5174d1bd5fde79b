// Package b is a fixture: its API returns a type of package c.
package b

import (
	"net/http"

	"example.com/indir/c"
)

func Get(r *http.Request) c.T { return c.T{R: r} }
