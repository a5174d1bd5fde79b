// Package tlog is a small timestamped logger over standard error, with a
// package-level default, in the style of a service's internal/log.
package tlog

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

type Logger struct {
	mu     sync.Mutex
	w      io.Writer
	prefix string
}

var std = &Logger{w: os.Stderr}

func New(prefix string) *Logger {
	return &Logger{w: os.Stderr, prefix: prefix}
}

// Printf writes one line: the time, the prefix and the formatted message.
func (l *Logger) Printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, time.Now().Format("15:04:05 ")+l.prefix+format+"\n", args...)
}

func Printf(format string, args ...any) {
	std.Printf(format, args...)
}
