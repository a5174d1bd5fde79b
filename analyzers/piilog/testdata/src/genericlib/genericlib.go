// Package genericlib is a small logging helper library written with type
// parameters.
package genericlib

import "log"

// Field logs one named value of any type.
func Field[T any](name string, v T) {
	log.Printf("%s=%v", name, v)
}

// Ring keeps the last values of a kind and logs them when asked.
type Ring[T any] struct {
	prefix string
	last   []T
}

// Push logs the value and keeps it.
func (r *Ring[T]) Push(v T) {
	log.Printf("%s %v", r.prefix, v)
	r.last = append(r.last, v)
}

// Len counts the values kept.
func (r *Ring[T]) Len() int { return len(r.last) }
