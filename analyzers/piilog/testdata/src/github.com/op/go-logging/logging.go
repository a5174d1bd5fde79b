// Package logging is a signature stub of github.com/op/go-logging@v0.0.0-20160315200505-970db520ece7.
package logging

import "io"

type Level int

const (
	CRITICAL Level = iota
	ERROR
	WARNING
	NOTICE
	INFO
	DEBUG
)

type Backend interface{}

type LeveledBackend interface {
	Backend
	SetLevel(Level, string)
}

func NewLogBackend(out io.Writer, prefix string, flag int) Backend { return nil }

func SetBackend(backends ...Backend) LeveledBackend { return nil }

type Logger struct {
	Module         string
	ExtraCalldepth int
}

func GetLogger(module string) (*Logger, error) { return &Logger{}, nil }

func MustGetLogger(module string) *Logger { return &Logger{} }

func (l *Logger) SetBackend(backend LeveledBackend)            {}
func (l *Logger) Fatal(args ...interface{})                    {}
func (l *Logger) Fatalf(format string, args ...interface{})    {}
func (l *Logger) Panic(args ...interface{})                    {}
func (l *Logger) Panicf(format string, args ...interface{})    {}
func (l *Logger) Critical(args ...interface{})                 {}
func (l *Logger) Criticalf(format string, args ...interface{}) {}
func (l *Logger) Error(args ...interface{})                    {}
func (l *Logger) Errorf(format string, args ...interface{})    {}
func (l *Logger) Warning(args ...interface{})                  {}
func (l *Logger) Warningf(format string, args ...interface{})  {}
func (l *Logger) Notice(args ...interface{})                   {}
func (l *Logger) Noticef(format string, args ...interface{})   {}
func (l *Logger) Info(args ...interface{})                     {}
func (l *Logger) Infof(format string, args ...interface{})     {}
func (l *Logger) Debug(args ...interface{})                    {}
func (l *Logger) Debugf(format string, args ...interface{})    {}

// Redactor is implemented by values that hide sensitive data when logged.
type Redactor interface {
	Redacted() interface{}
}

func Redact(s string) string { return "" }
