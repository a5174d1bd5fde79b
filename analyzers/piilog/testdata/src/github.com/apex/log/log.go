// Package log is a signature stub of github.com/apex/log@v1.9.0.
package log

import "time"

type Level int

const (
	InvalidLevel Level = iota - 1
	DebugLevel
	InfoLevel
	WarnLevel
	ErrorLevel
	FatalLevel
)

type Fielder interface {
	Fields() Fields
}

type Fields map[string]interface{}

func (f Fields) Fields() Fields { return f }

func (f Fields) Get(name string) interface{} { return nil }

func (f Fields) Names() (v []string) { return nil }

type Handler interface {
	HandleLog(*Entry) error
}

type HandlerFunc func(*Entry) error

func (f HandlerFunc) HandleLog(e *Entry) error { return nil }

type Interface interface {
	WithFields(Fielder) *Entry
	WithField(string, interface{}) *Entry
	WithDuration(time.Duration) *Entry
	WithError(error) *Entry
	Debug(string)
	Info(string)
	Warn(string)
	Error(string)
	Fatal(string)
	Debugf(string, ...interface{})
	Infof(string, ...interface{})
	Warnf(string, ...interface{})
	Errorf(string, ...interface{})
	Fatalf(string, ...interface{})
	Trace(string) *Entry
}

type Logger struct {
	Handler Handler
	Level   Level
}

func (l *Logger) WithFields(fields Fielder) *Entry               { return nil }
func (l *Logger) WithField(key string, value interface{}) *Entry { return nil }
func (l *Logger) WithDuration(d time.Duration) *Entry            { return nil }
func (l *Logger) WithError(err error) *Entry                     { return nil }
func (l *Logger) Debug(msg string)                               {}
func (l *Logger) Info(msg string)                                {}
func (l *Logger) Warn(msg string)                                {}
func (l *Logger) Error(msg string)                               {}
func (l *Logger) Fatal(msg string)                               {}
func (l *Logger) Debugf(msg string, v ...interface{})            {}
func (l *Logger) Infof(msg string, v ...interface{})             {}
func (l *Logger) Warnf(msg string, v ...interface{})             {}
func (l *Logger) Errorf(msg string, v ...interface{})            {}
func (l *Logger) Fatalf(msg string, v ...interface{})            {}
func (l *Logger) Trace(msg string) *Entry                        { return nil }

type Entry struct {
	Logger    *Logger   `json:"-"`
	Fields    Fields    `json:"fields"`
	Level     Level     `json:"level"`
	Timestamp time.Time `json:"timestamp"`
	Message   string    `json:"message"`
}

func NewEntry(log *Logger) *Entry { return nil }

func (e *Entry) WithFields(fields Fielder) *Entry               { return e }
func (e *Entry) WithField(key string, value interface{}) *Entry { return e }
func (e *Entry) WithDuration(d time.Duration) *Entry            { return e }
func (e *Entry) WithError(err error) *Entry                     { return e }
func (e *Entry) Debug(msg string)                               {}
func (e *Entry) Info(msg string)                                {}
func (e *Entry) Warn(msg string)                                {}
func (e *Entry) Error(msg string)                               {}
func (e *Entry) Fatal(msg string)                               {}
func (e *Entry) Debugf(msg string, v ...interface{})            {}
func (e *Entry) Infof(msg string, v ...interface{})             {}
func (e *Entry) Warnf(msg string, v ...interface{})             {}
func (e *Entry) Errorf(msg string, v ...interface{})            {}
func (e *Entry) Fatalf(msg string, v ...interface{})            {}
func (e *Entry) Trace(msg string) *Entry                        { return e }
func (e *Entry) Stop(err *error)                                {}

var Log Interface = &Logger{}

func SetHandler(h Handler) {}
func SetLevel(l Level)     {}

func WithFields(fields Fielder) *Entry               { return nil }
func WithField(key string, value interface{}) *Entry { return nil }
func WithDuration(d time.Duration) *Entry            { return nil }
func WithError(err error) *Entry                     { return nil }
func Debug(msg string)                               {}
func Info(msg string)                                {}
func Warn(msg string)                                {}
func Error(msg string)                               {}
func Fatal(msg string)                               {}
func Debugf(msg string, v ...interface{})            {}
func Infof(msg string, v ...interface{})             {}
func Warnf(msg string, v ...interface{})             {}
func Errorf(msg string, v ...interface{})            {}
func Fatalf(msg string, v ...interface{})            {}
func Trace(msg string) *Entry                        { return nil }
