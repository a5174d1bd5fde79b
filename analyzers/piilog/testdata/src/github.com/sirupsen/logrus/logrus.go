// Package logrus is a signature stub of github.com/sirupsen/logrus@v1.10.2.
package logrus

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"time"
)

func Exit(code int) {}

func RegisterExitHandler(handler func()) {}

func DeferExitHandler(handler func()) {}

type BufferPool interface {
	Put(*bytes.Buffer)
	Get() *bytes.Buffer
}

func SetBufferPool(bp BufferPool) {}

var ErrorKey string

type Entry struct {
	Logger  *Logger
	Data    Fields
	Time    time.Time
	Level   Level
	Caller  *runtime.Frame
	Message string
	Buffer  *bytes.Buffer
	Context context.Context
}

func (entry *Entry) Writer() *io.PipeWriter { return nil }

func (entry *Entry) WriterLevel(level Level) *io.PipeWriter { return nil }

func (entry *Entry) Dup() *Entry { return entry }

func (entry *Entry) Bytes() ([]byte, error) { return nil, nil }

func (entry *Entry) String() (string, error) { return "", nil }

func (entry *Entry) WithError(err error) *Entry { return entry }

func (entry *Entry) WithContext(ctx context.Context) *Entry { return entry }

func (entry *Entry) WithField(key string, value any) *Entry { return entry }

func (entry *Entry) WithFields(fields Fields) *Entry { return entry }

func (entry *Entry) WithTime(t time.Time) *Entry { return entry }

func (entry Entry) HasCaller() bool { return false }

func (entry *Entry) Log(level Level, args ...any) {}

func (entry *Entry) Trace(args ...any) {}

func (entry *Entry) Debug(args ...any) {}

func (entry *Entry) Print(args ...any) {}

func (entry *Entry) Info(args ...any) {}

func (entry *Entry) Warn(args ...any) {}

func (entry *Entry) Warning(args ...any) {}

func (entry *Entry) Error(args ...any) {}

func (entry *Entry) Fatal(args ...any) {}

func (entry *Entry) Panic(args ...any) {}

func (entry *Entry) Logf(level Level, format string, args ...any) {}

func (entry *Entry) Tracef(format string, args ...any) {}

func (entry *Entry) Debugf(format string, args ...any) {}

func (entry *Entry) Infof(format string, args ...any) {}

func (entry *Entry) Printf(format string, args ...any) {}

func (entry *Entry) Warnf(format string, args ...any) {}

func (entry *Entry) Warningf(format string, args ...any) {}

func (entry *Entry) Errorf(format string, args ...any) {}

func (entry *Entry) Fatalf(format string, args ...any) {}

func (entry *Entry) Panicf(format string, args ...any) {}

func (entry *Entry) Logln(level Level, args ...any) {}

func (entry *Entry) Traceln(args ...any) {}

func (entry *Entry) Debugln(args ...any) {}

func (entry *Entry) Infoln(args ...any) {}

func (entry *Entry) Println(args ...any) {}

func (entry *Entry) Warnln(args ...any) {}

func (entry *Entry) Warningln(args ...any) {}

func (entry *Entry) Errorln(args ...any) {}

func (entry *Entry) Fatalln(args ...any) {}

func (entry *Entry) Panicln(args ...any) {}

func NewEntry(logger *Logger) *Entry { return nil }

func StandardLogger() *Logger { return nil }

func SetOutput(out io.Writer) {}

func SetFormatter(formatter Formatter) {}

func SetReportCaller(include bool) {}

func SetLevel(level Level) {}

func GetLevel() Level { return 0 }

func IsLevelEnabled(level Level) bool { return false }

func AddHook(hook Hook) {}

func WithError(err error) *Entry { return nil }

func WithContext(ctx context.Context) *Entry { return nil }

func WithField(key string, value any) *Entry { return nil }

func WithFields(fields Fields) *Entry { return nil }

func WithTime(t time.Time) *Entry { return nil }

func Trace(args ...any) {}

func Debug(args ...any) {}

func Print(args ...any) {}

func Info(args ...any) {}

func Warn(args ...any) {}

func Warning(args ...any) {}

func Error(args ...any) {}

func Panic(args ...any) {}

func Fatal(args ...any) {}

func TraceFn(fn LogFunction) {}

func DebugFn(fn LogFunction) {}

func PrintFn(fn LogFunction) {}

func InfoFn(fn LogFunction) {}

func WarnFn(fn LogFunction) {}

func WarningFn(fn LogFunction) {}

func ErrorFn(fn LogFunction) {}

func PanicFn(fn LogFunction) {}

func FatalFn(fn LogFunction) {}

func Tracef(format string, args ...any) {}

func Debugf(format string, args ...any) {}

func Printf(format string, args ...any) {}

func Infof(format string, args ...any) {}

func Warnf(format string, args ...any) {}

func Warningf(format string, args ...any) {}

func Errorf(format string, args ...any) {}

func Panicf(format string, args ...any) {}

func Fatalf(format string, args ...any) {}

func Traceln(args ...any) {}

func Debugln(args ...any) {}

func Println(args ...any) {}

func Infoln(args ...any) {}

func Warnln(args ...any) {}

func Warningln(args ...any) {}

func Errorln(args ...any) {}

func Panicln(args ...any) {}

func Fatalln(args ...any) {}

const (
	FieldKeyMsg         = "msg"
	FieldKeyLevel       = "level"
	FieldKeyTime        = "time"
	FieldKeyLogrusError = "logrus_error"
	FieldKeyFunc        = "func"
	FieldKeyFile        = "file"
)

type Formatter interface {
	Format(*Entry) ([]byte, error)
}

type Hook interface {
	Levels() []Level
	Fire(*Entry) error
}

type LevelHooks map[Level][]Hook

func (hooks LevelHooks) Add(hook Hook) {}

func (hooks LevelHooks) Fire(level Level, entry *Entry) error { return nil }

type fieldKey string

type FieldMap map[fieldKey]string

type JSONFormatter struct {
	TimestampFormat   string
	DisableTimestamp  bool
	DisableHTMLEscape bool
	DataKey           string
	FieldMap          FieldMap
	CallerPrettyfier  func(*runtime.Frame) (function string, file string)
	PrettyPrint       bool
}

func (f *JSONFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }

type LogFunction func() []any

type Logger struct {
	Out          io.Writer
	Hooks        LevelHooks
	Formatter    Formatter
	ReportCaller bool
	Level        Level
	ExitFunc     func(int)
	BufferPool   BufferPool
}

func (logger *Logger) Writer() *io.PipeWriter { return nil }

func (logger *Logger) WriterLevel(level Level) *io.PipeWriter { return nil }

func (logger *Logger) WithField(key string, value any) *Entry { return nil }

func (logger *Logger) WithFields(fields Fields) *Entry { return nil }

func (logger *Logger) WithError(err error) *Entry { return nil }

func (logger *Logger) WithContext(ctx context.Context) *Entry { return nil }

func (logger *Logger) WithTime(t time.Time) *Entry { return nil }

func (logger *Logger) Logf(level Level, format string, args ...any) {}

func (logger *Logger) Tracef(format string, args ...any) {}

func (logger *Logger) Debugf(format string, args ...any) {}

func (logger *Logger) Infof(format string, args ...any) {}

func (logger *Logger) Printf(format string, args ...any) {}

func (logger *Logger) Warnf(format string, args ...any) {}

func (logger *Logger) Warningf(format string, args ...any) {}

func (logger *Logger) Errorf(format string, args ...any) {}

func (logger *Logger) Fatalf(format string, args ...any) {}

func (logger *Logger) Panicf(format string, args ...any) {}

func (logger *Logger) Log(level Level, args ...any) {}

func (logger *Logger) LogFn(level Level, fn LogFunction) {}

func (logger *Logger) Trace(args ...any) {}

func (logger *Logger) Debug(args ...any) {}

func (logger *Logger) Info(args ...any) {}

func (logger *Logger) Print(args ...any) {}

func (logger *Logger) Warn(args ...any) {}

func (logger *Logger) Warning(args ...any) {}

func (logger *Logger) Error(args ...any) {}

func (logger *Logger) Fatal(args ...any) {}

func (logger *Logger) Panic(args ...any) {}

func (logger *Logger) TraceFn(fn LogFunction) {}

func (logger *Logger) DebugFn(fn LogFunction) {}

func (logger *Logger) InfoFn(fn LogFunction) {}

func (logger *Logger) PrintFn(fn LogFunction) {}

func (logger *Logger) WarnFn(fn LogFunction) {}

func (logger *Logger) WarningFn(fn LogFunction) {}

func (logger *Logger) ErrorFn(fn LogFunction) {}

func (logger *Logger) FatalFn(fn LogFunction) {}

func (logger *Logger) PanicFn(fn LogFunction) {}

func (logger *Logger) Logln(level Level, args ...any) {}

func (logger *Logger) Traceln(args ...any) {}

func (logger *Logger) Debugln(args ...any) {}

func (logger *Logger) Infoln(args ...any) {}

func (logger *Logger) Println(args ...any) {}

func (logger *Logger) Warnln(args ...any) {}

func (logger *Logger) Warningln(args ...any) {}

func (logger *Logger) Errorln(args ...any) {}

func (logger *Logger) Fatalln(args ...any) {}

func (logger *Logger) Panicln(args ...any) {}

func (logger *Logger) Exit(code int) {}

func (logger *Logger) SetNoLock() {}

func (logger *Logger) SetLevel(level Level) {}

func (logger *Logger) GetLevel() Level { return 0 }

func (logger *Logger) AddHook(hook Hook) {}

func (logger *Logger) IsLevelEnabled(level Level) bool { return false }

func (logger *Logger) SetFormatter(formatter Formatter) {}

func (logger *Logger) SetOutput(output io.Writer) {}

func (logger *Logger) SetReportCaller(reportCaller bool) {}

func (logger *Logger) ReplaceHooks(hooks LevelHooks) LevelHooks { return nil }

func (logger *Logger) SetBufferPool(pool BufferPool) {}

func New() *Logger { return nil }

type Fields map[string]any

type Level uint32

func (level Level) String() string { return "" }

func (level *Level) UnmarshalText(text []byte) error { return nil }

func (level Level) MarshalText() ([]byte, error) { return nil, nil }

func ParseLevel(lvl string) (Level, error) { return 0, nil }

var AllLevels []Level

const (
	PanicLevel Level = 0
	FatalLevel Level = 1
	ErrorLevel Level = 2
	WarnLevel  Level = 3
	InfoLevel  Level = 4
	DebugLevel Level = 5
	TraceLevel Level = 6
)

type StdLogger interface {
	Print(args ...any)
	Printf(format string, args ...any)
	Println(args ...any)
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Fatalln(args ...any)
	Panic(args ...any)
	Panicf(format string, args ...any)
	Panicln(args ...any)
}

type FieldLogger interface {
	StdLogger
	DebugLogger
	InfoLogger
	WarnLogger
	ErrorLogger
	WithField(key string, value any) *Entry
	WithFields(fields Fields) *Entry
	WithError(err error) *Entry
	Warning(args ...any)
	Warningf(format string, args ...any)
	Warningln(args ...any)
}

type DebugLogger interface {
	Debug(args ...any)
	Debugf(format string, args ...any)
	Debugln(args ...any)
}

type InfoLogger interface {
	Info(args ...any)
	Infof(format string, args ...any)
	Infoln(args ...any)
}

type WarnLogger interface {
	Warn(args ...any)
	Warnf(format string, args ...any)
	Warnln(args ...any)
}

type ErrorLogger interface {
	Error(args ...any)
	Errorf(format string, args ...any)
	Errorln(args ...any)
}

type TraceLogger interface {
	Trace(args ...any)
	Tracef(format string, args ...any)
	Traceln(args ...any)
}

type Ext1FieldLogger interface {
	FieldLogger
	TraceLogger
}

type TextFormatter struct {
	ForceColors               bool
	DisableColors             bool
	ForceQuote                bool
	DisableQuote              bool
	EnvironmentOverrideColors bool
	DisableTimestamp          bool
	FullTimestamp             bool
	TimestampFormat           string
	DisableSorting            bool
	SortingFunc               func([]string)
	DisableLevelTruncation    bool
	PadLevelText              bool
	QuoteEmptyFields          bool
	FieldMap                  FieldMap
	CallerPrettyfier          func(*runtime.Frame) (function string, file string)
}

func (f *TextFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }
