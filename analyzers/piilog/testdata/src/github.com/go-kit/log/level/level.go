// Package level is a signature stub of github.com/go-kit/log@v0.2.1.
package level

import (
	"github.com/go-kit/log"
)

var ErrInvalidLevelString error

func Error(logger log.Logger) log.Logger { return nil }

func Warn(logger log.Logger) log.Logger { return nil }

func Info(logger log.Logger) log.Logger { return nil }

func Debug(logger log.Logger) log.Logger { return nil }

func NewFilter(next log.Logger, options ...Option) log.Logger { return nil }

type logger struct{}

type Option func(*logger)

func Allow(v Value) Option { return nil }

func AllowAll() Option { return nil }

func AllowDebug() Option { return nil }

func AllowInfo() Option { return nil }

func AllowWarn() Option { return nil }

func AllowError() Option { return nil }

func AllowNone() Option { return nil }

func Parse(level string) (Value, error) { return nil, nil }

func ParseDefault(level string, def Value) Value { return nil }

func ErrNotAllowed(err error) Option { return nil }

func SquelchNoLevel(squelch bool) Option { return nil }

func ErrNoLevel(err error) Option { return nil }

func NewInjector(next log.Logger, level Value) log.Logger { return nil }

type Value interface {
	String() string
	levelVal()
}

func Key() interface{} { return nil }

func ErrorValue() Value { return nil }

func WarnValue() Value { return nil }

func InfoValue() Value { return nil }

func DebugValue() Value { return nil }
