// Package log15 is a signature stub of github.com/inconshreveable/log15@v2.16.0.
package log15

import "io"

type Lvl int

const (
	LvlCrit Lvl = iota
	LvlError
	LvlWarn
	LvlInfo
	LvlDebug
)

type Record struct {
	Lvl Lvl
	Msg string
	Ctx []interface{}
}

type Handler interface {
	Log(r *Record) error
}

type Format interface {
	Format(r *Record) []byte
}

func LogfmtFormat() Format { return nil }

func JsonFormat() Format { return nil }

func StreamHandler(wr io.Writer, fmtr Format) Handler { return nil }

func FileHandler(path string, fmtr Format) (Handler, error) { return nil, nil }

var (
	StdoutHandler Handler
	StderrHandler Handler
)

type Logger interface {
	New(ctx ...interface{}) Logger
	GetHandler() Handler
	SetHandler(h Handler)
	Debug(msg string, ctx ...interface{})
	Info(msg string, ctx ...interface{})
	Warn(msg string, ctx ...interface{})
	Error(msg string, ctx ...interface{})
	Crit(msg string, ctx ...interface{})
}

type Lazy struct {
	Fn interface{}
}

type Ctx map[string]interface{}

func New(ctx ...interface{}) Logger { return nil }

func Root() Logger { return nil }

func Debug(msg string, ctx ...interface{}) {}
func Info(msg string, ctx ...interface{})  {}
func Warn(msg string, ctx ...interface{})  {}
func Error(msg string, ctx ...interface{}) {}
func Crit(msg string, ctx ...interface{})  {}
