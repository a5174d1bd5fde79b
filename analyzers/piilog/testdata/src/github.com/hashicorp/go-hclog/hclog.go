// Package hclog is a signature stub of github.com/hashicorp/go-hclog@v1.6.3.
package hclog

import (
	"context"
	"io"
	"log"
	"regexp"
	"time"
)

type LevelWriter interface {
	LevelWrite(level Level, p []byte) (n int, err error)
}

type LeveledWriter struct{}

func (lw *LeveledWriter) Write(p []byte) (int, error) { return 0, nil }

func (lw *LeveledWriter) LevelWrite(level Level, p []byte) (int, error) { return 0, nil }

func NewLeveledWriter(standard io.Writer, overrides map[Level]io.Writer) *LeveledWriter { return nil }

func WithContext(ctx context.Context, logger Logger, args ...interface{}) context.Context { return nil }

func FromContext(ctx context.Context) Logger { return nil }

type ExcludeByMessage struct{}

func (f *ExcludeByMessage) Add(msg string) {}

func (f *ExcludeByMessage) Exclude(level Level, msg string, args ...interface{}) bool { return false }

type ExcludeByPrefix string

func (p ExcludeByPrefix) Exclude(level Level, msg string, args ...interface{}) bool { return false }

type ExcludeByRegexp struct {
	Regexp *regexp.Regexp
}

func (e ExcludeByRegexp) Exclude(level Level, msg string, args ...interface{}) bool { return false }

type ExcludeFuncs []func(level Level, msg string, args ...interface{}) bool

func (ff ExcludeFuncs) Exclude(level Level, msg string, args ...interface{}) bool { return false }

var DefaultOptions *LoggerOptions

func Default() Logger { return nil }

func L() Logger { return nil }

func SetDefault(log Logger) Logger { return nil }

func NewInterceptLogger(opts *LoggerOptions) InterceptLogger { return nil }

const (
	TimeFormat     = "2006-01-02T15:04:05.000Z0700"
	TimeFormatJSON = "2006-01-02T15:04:05.000000Z07:00"
)

func New(opts *LoggerOptions) Logger { return nil }

func NewSinkAdapter(opts *LoggerOptions) SinkAdapter { return nil }

const MissingKey = "EXTRA_VALUE_AT_END"

var (
	DefaultOutput io.Writer
	DefaultLevel  Level
)

type Level int32

func (l Level) String() string { return "" }

const (
	NoLevel Level = 0
	Trace   Level = 1
	Debug   Level = 2
	Info    Level = 3
	Warn    Level = 4
	Error   Level = 5
	Off     Level = 6
)

type Format []interface{}

func Fmt(str string, args ...interface{}) Format { return nil }

type Hex int

type Octal int

type Binary int

type Quote string

type ColorOption uint8

const (
	ColorOff   ColorOption = 0
	AutoColor  ColorOption = 1
	ForceColor ColorOption = 2
)

type SupportsColor interface {
	SupportsColor() bool
}

func LevelFromString(levelStr string) Level { return 0 }

type Logger interface {
	Log(level Level, msg string, args ...interface{})
	Trace(msg string, args ...interface{})
	Debug(msg string, args ...interface{})
	Info(msg string, args ...interface{})
	Warn(msg string, args ...interface{})
	Error(msg string, args ...interface{})
	IsTrace() bool
	IsDebug() bool
	IsInfo() bool
	IsWarn() bool
	IsError() bool
	ImpliedArgs() []interface{}
	With(args ...interface{}) Logger
	Name() string
	Named(name string) Logger
	ResetNamed(name string) Logger
	SetLevel(level Level)
	GetLevel() Level
	StandardLogger(opts *StandardLoggerOptions) *log.Logger
	StandardWriter(opts *StandardLoggerOptions) io.Writer
}

type StandardLoggerOptions struct {
	InferLevels              bool
	InferLevelsWithTimestamp bool
	ForceLevel               Level
}

type TimeFunction = func() time.Time

type LoggerOptions struct {
	Name                     string
	Level                    Level
	Output                   io.Writer
	Mutex                    Locker
	JSONFormat               bool
	JSONEscapeDisabled       bool
	IncludeLocation          bool
	AdditionalLocationOffset int
	TimeFormat               string
	TimeFn                   TimeFunction
	DisableTime              bool
	Color                    ColorOption
	ColorHeaderOnly          bool
	ColorHeaderAndFields     bool
	Exclude                  func(level Level, msg string, args ...interface{}) bool
	IndependentLevels        bool
	SyncParentLevel          bool
	SubloggerHook            func(sub Logger) Logger
}

type InterceptLogger interface {
	Logger
	RegisterSink(sink SinkAdapter)
	DeregisterSink(sink SinkAdapter)
	NamedIntercept(name string) InterceptLogger
	ResetNamedIntercept(name string) InterceptLogger
	StandardLoggerIntercept(opts *StandardLoggerOptions) *log.Logger
	StandardWriterIntercept(opts *StandardLoggerOptions) io.Writer
}

type SinkAdapter interface {
	Accept(name string, level Level, msg string, args ...interface{})
}

type Flushable interface {
	Flush() error
}

type OutputResettable interface {
	ResetOutput(opts *LoggerOptions) error
	ResetOutputWithFlush(opts *LoggerOptions, flushable Flushable) error
}

type Locker interface {
	Lock()
	Unlock()
}

type NoopLocker struct{}

func (n NoopLocker) Lock() {}

func (n NoopLocker) Unlock() {}

func NewNullLogger() Logger { return nil }

type CapturedStacktrace string

func Stacktrace() CapturedStacktrace { return "" }

func FromStandardLogger(l *log.Logger, opts *LoggerOptions) Logger { return nil }
