// Package lgr is a signature stub of github.com/go-pkgz/lgr@v0.11.1.
package lgr

import (
	"io"
	stdlog "log"
)

type L interface {
	Logf(format string, args ...interface{})
}

type Func func(format string, args ...interface{})

func (f Func) Logf(format string, args ...interface{}) { f(format, args...) }

var NoOp = Func(func(format string, args ...interface{}) {})

var Std = Func(func(format string, args ...interface{}) { stdlog.Printf(format, args...) })

type Logger struct{}

type Option func(l *Logger)

func New(options ...Option) *Logger { return &Logger{} }

func (l *Logger) Logf(format string, args ...interface{}) {}

func Out(w io.Writer) Option { return nil }

func Err(w io.Writer) Option { return nil }

func Debug(l *Logger) {}

func CallerFile(l *Logger) {}

func Msec(l *Logger) {}

func LevelBraces(l *Logger) {}

func Printf(format string, args ...interface{}) {}

func Print(line string) {}

func Fatalf(format string, args ...interface{}) {}

func Setup(opts ...Option) {}

func Default() L { return nil }

func ToWriter(l L, level string) io.Writer { return nil }

func ToStdLogger(l L, level string) *stdlog.Logger { return nil }
