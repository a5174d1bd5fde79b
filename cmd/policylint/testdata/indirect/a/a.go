// Package a is a fixture: it calls a method of a type from c, a package it
// does not import (b.Get returns a c.T).
package a

import (
	"log"
	"net/http"

	"example.com/indir/b"
)

func H(r *http.Request) {
	t := b.Get(r)
	t.Log()
	f := t.Addr
	log.Println(t.Addr(), f())
}
