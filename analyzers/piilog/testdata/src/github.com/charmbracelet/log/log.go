// Package log is a signature stub of github.com/charmbracelet/log@v0.4.2.
package log

import "io"

type Level int32

const (
	DebugLevel Level = -4
	InfoLevel  Level = 0
	WarnLevel  Level = 4
	ErrorLevel Level = 8
	FatalLevel Level = 12
)

type Options struct {
	Level           Level
	Prefix          string
	ReportTimestamp bool
	ReportCaller    bool
	Fields          []interface{}
}

type Logger struct{}

func New(w io.Writer) *Logger { return &Logger{} }

func NewWithOptions(w io.Writer, o Options) *Logger { return &Logger{} }

func Default() *Logger { return &Logger{} }

func (l *Logger) With(keyvals ...interface{}) *Logger                      { return l }
func (l *Logger) WithPrefix(prefix string) *Logger                         { return l }
func (l *Logger) SetOutput(w io.Writer)                                    {}
func (l *Logger) Log(level Level, msg interface{}, keyvals ...interface{}) {}
func (l *Logger) Logf(level Level, format string, args ...interface{})     {}
func (l *Logger) Debug(msg interface{}, keyvals ...interface{})            {}
func (l *Logger) Info(msg interface{}, keyvals ...interface{})             {}
func (l *Logger) Warn(msg interface{}, keyvals ...interface{})             {}
func (l *Logger) Error(msg interface{}, keyvals ...interface{})            {}
func (l *Logger) Fatal(msg interface{}, keyvals ...interface{})            {}
func (l *Logger) Print(msg interface{}, keyvals ...interface{})            {}
func (l *Logger) Debugf(format string, args ...interface{})                {}
func (l *Logger) Infof(format string, args ...interface{})                 {}
func (l *Logger) Warnf(format string, args ...interface{})                 {}
func (l *Logger) Errorf(format string, args ...interface{})                {}
func (l *Logger) Fatalf(format string, args ...interface{})                {}
func (l *Logger) Printf(format string, args ...interface{})                {}

func With(keyvals ...interface{}) *Logger                      { return nil }
func SetOutput(w io.Writer)                                    {}
func Log(level Level, msg interface{}, keyvals ...interface{}) {}
func Logf(level Level, format string, args ...interface{})     {}
func Debug(msg interface{}, keyvals ...interface{})            {}
func Info(msg interface{}, keyvals ...interface{})             {}
func Warn(msg interface{}, keyvals ...interface{})             {}
func Error(msg interface{}, keyvals ...interface{})            {}
func Fatal(msg interface{}, keyvals ...interface{})            {}
func Print(msg interface{}, keyvals ...interface{})            {}
func Debugf(format string, args ...interface{})                {}
func Infof(format string, args ...interface{})                 {}
func Warnf(format string, args ...interface{})                 {}
func Errorf(format string, args ...interface{})                {}
func Fatalf(format string, args ...interface{})                {}
func Printf(format string, args ...interface{})                {}
