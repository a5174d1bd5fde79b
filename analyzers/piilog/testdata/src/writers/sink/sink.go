// Package sink gives the service's commands their diagnostic output: a
// writer on standard error, or an in-memory one for tests and dry runs.
package sink

import (
	"bytes"
	"io"
	"os"
)

type Sink struct {
	W     io.Writer
	Color bool
}

func Stderr() *Sink {
	return &Sink{W: os.Stderr}
}

func Memory() (*Sink, *bytes.Buffer) {
	var buf bytes.Buffer
	return &Sink{W: &buf}, &buf
}
