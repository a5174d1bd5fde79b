// Package zerolog is a signature stub of github.com/rs/zerolog@v1.35.1.
package zerolog

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"time"
)

type LevelWriter interface {
	io.Writer
	WriteLevel(level Level, p []byte) (n int, err error)
}

func SyncWriter(w io.Writer) io.Writer { return nil }

func MultiLevelWriter(writers ...io.Writer) LevelWriter { return nil }

type Array struct{}

func (*Array) MarshalZerologArray(*Array) {}

func (a *Array) Object(obj LogObjectMarshaler) *Array { return a }

func (a *Array) Str(val string) *Array { return a }

func (a *Array) Bytes(val []byte) *Array { return a }

func (a *Array) Hex(val []byte) *Array { return a }

func (a *Array) RawJSON(val []byte) *Array { return a }

func (a *Array) Err(err error) *Array { return a }

func (a *Array) Errs(errs []error) *Array { return a }

func (a *Array) Bool(b bool) *Array { return a }

func (a *Array) Int(i int) *Array { return a }

func (a *Array) Int8(i int8) *Array { return a }

func (a *Array) Int16(i int16) *Array { return a }

func (a *Array) Int32(i int32) *Array { return a }

func (a *Array) Int64(i int64) *Array { return a }

func (a *Array) Uint(i uint) *Array { return a }

func (a *Array) Uint8(i uint8) *Array { return a }

func (a *Array) Uint16(i uint16) *Array { return a }

func (a *Array) Uint32(i uint32) *Array { return a }

func (a *Array) Uint64(i uint64) *Array { return a }

func (a *Array) Float32(f float32) *Array { return a }

func (a *Array) Float64(f float64) *Array { return a }

func (a *Array) Time(t time.Time) *Array { return a }

func (a *Array) Dur(d time.Duration) *Array { return a }

func (a *Array) Interface(i interface{}) *Array { return a }

func (a *Array) IPAddr(ip net.IP) *Array { return a }

func (a *Array) IPPrefix(pfx net.IPNet) *Array { return a }

func (a *Array) MACAddr(ha net.HardwareAddr) *Array { return a }

func (a *Array) Dict(dict *Event) *Array { return a }

func (a *Array) Type(val interface{}) *Array { return a }

func Arr() *Array { return nil }

type Formatter func(interface{}) string

type FormatterByFieldName func(interface{}, string) string

type ConsoleWriter struct {
	Out                   io.Writer
	NoColor               bool
	TimeFormat            string
	TimeLocation          *time.Location
	PartsOrder            []string
	PartsExclude          []string
	FieldsOrder           []string
	FieldsExclude         []string
	FormatTimestamp       Formatter
	FormatLevel           Formatter
	FormatCaller          Formatter
	FormatMessage         Formatter
	FormatFieldName       Formatter
	FormatFieldValue      Formatter
	FormatErrFieldName    Formatter
	FormatErrFieldValue   Formatter
	FormatPartValueByName FormatterByFieldName
	FormatExtra           func(map[string]interface{}, *bytes.Buffer) error
	FormatPrepare         func(map[string]interface{}) error
}

func (w ConsoleWriter) Write(p []byte) (n int, err error) { return 0, nil }

func (w ConsoleWriter) Close() error { return nil }

func NewConsoleWriter(options ...func(w *ConsoleWriter)) ConsoleWriter { return ConsoleWriter{} }

type Context struct{}

func (c Context) Logger() Logger { return Logger{} }

func (c Context) Fields(fields interface{}) Context { return c }

func (c Context) Dict(key string, dict *Event) Context { return c }

func (c Context) CreateDict() *Event { return nil }

func (c Context) CreateArray() *Array { return nil }

func (c Context) Array(key string, arr LogArrayMarshaler) Context { return c }

func (c Context) Object(key string, obj LogObjectMarshaler) Context { return c }

func (c Context) Objects(key string, objs []LogObjectMarshaler) Context { return c }

func (c Context) ObjectsV(key string, objs ...LogObjectMarshaler) Context { return c }

func (c Context) EmbedObject(obj LogObjectMarshaler) Context { return c }

func (c Context) Str(key string, val string) Context { return c }

func (c Context) Strs(key string, vals []string) Context { return c }

func (c Context) StrsV(key string, vals ...string) Context { return c }

func (c Context) Stringer(key string, val fmt.Stringer) Context { return c }

func (c Context) Stringers(key string, vals []fmt.Stringer) Context { return c }

func (c Context) StringersV(key string, vals ...fmt.Stringer) Context { return c }

func (c Context) Bytes(key string, val []byte) Context { return c }

func (c Context) Hex(key string, val []byte) Context { return c }

func (c Context) RawJSON(key string, b []byte) Context { return c }

func (c Context) AnErr(key string, err error) Context { return c }

func (c Context) Errs(key string, errs []error) Context { return c }

func (c Context) Err(err error) Context { return c }

func (c Context) Ctx(ctx context.Context) Context { return c }

func (c Context) Bool(key string, b bool) Context { return c }

func (c Context) Bools(key string, b []bool) Context { return c }

func (c Context) Int(key string, i int) Context { return c }

func (c Context) Ints(key string, i []int) Context { return c }

func (c Context) Int8(key string, i int8) Context { return c }

func (c Context) Ints8(key string, i []int8) Context { return c }

func (c Context) Int16(key string, i int16) Context { return c }

func (c Context) Ints16(key string, i []int16) Context { return c }

func (c Context) Int32(key string, i int32) Context { return c }

func (c Context) Ints32(key string, i []int32) Context { return c }

func (c Context) Int64(key string, i int64) Context { return c }

func (c Context) Ints64(key string, i []int64) Context { return c }

func (c Context) Uint(key string, i uint) Context { return c }

func (c Context) Uints(key string, i []uint) Context { return c }

func (c Context) Uint8(key string, i uint8) Context { return c }

func (c Context) Uints8(key string, i []uint8) Context { return c }

func (c Context) Uint16(key string, i uint16) Context { return c }

func (c Context) Uints16(key string, i []uint16) Context { return c }

func (c Context) Uint32(key string, i uint32) Context { return c }

func (c Context) Uints32(key string, i []uint32) Context { return c }

func (c Context) Uint64(key string, i uint64) Context { return c }

func (c Context) Uints64(key string, i []uint64) Context { return c }

func (c Context) Float32(key string, f float32) Context { return c }

func (c Context) Floats32(key string, f []float32) Context { return c }

func (c Context) Float64(key string, f float64) Context { return c }

func (c Context) Floats64(key string, f []float64) Context { return c }

func (c Context) Timestamp() Context { return c }

func (c Context) Time(key string, t time.Time) Context { return c }

func (c Context) Times(key string, t []time.Time) Context { return c }

func (c Context) Dur(key string, d time.Duration) Context { return c }

func (c Context) Durs(key string, d []time.Duration) Context { return c }

func (c Context) Interface(key string, i interface{}) Context { return c }

func (c Context) Type(key string, val interface{}) Context { return c }

func (c Context) Any(key string, i interface{}) Context { return c }

func (c Context) Reset() Context { return c }

func (c Context) Caller() Context { return c }

func (c Context) CallerWithSkipFrameCount(skipFrameCount int) Context { return c }

func (c Context) Stack() Context { return c }

func (c Context) IPAddr(key string, ip net.IP) Context { return c }

func (c Context) IPAddrs(key string, ip []net.IP) Context { return c }

func (c Context) IPPrefix(key string, pfx net.IPNet) Context { return c }

func (c Context) IPPrefixes(key string, pfx []net.IPNet) Context { return c }

func (c Context) MACAddr(key string, ha net.HardwareAddr) Context { return c }

func Ctx(ctx context.Context) *Logger { return nil }

type Event struct{}

func (e *Event) Enabled() bool { return false }

func (e *Event) Discard() *Event { return e }

func (e *Event) Msg(msg string) {}

func (e *Event) Send() {}

func (e *Event) Msgf(format string, v ...interface{}) {}

func (e *Event) MsgFunc(createMsg func() string) {}

func (e *Event) Fields(fields interface{}) *Event { return e }

func (e *Event) Dict(key string, dict *Event) *Event { return e }

func (e *Event) CreateDict() *Event { return e }

func (e *Event) CreateArray() *Array { return nil }

func (e *Event) Array(key string, arr LogArrayMarshaler) *Event { return e }

func (e *Event) Object(key string, obj LogObjectMarshaler) *Event { return e }

func (e *Event) Objects(key string, objs []LogObjectMarshaler) *Event { return e }

func (e *Event) ObjectsV(key string, objs ...LogObjectMarshaler) *Event { return e }

func (e *Event) Func(f func(e *Event)) *Event { return e }

func (e *Event) EmbedObject(obj LogObjectMarshaler) *Event { return e }

func (e *Event) Str(key string, val string) *Event { return e }

func (e *Event) Strs(key string, vals []string) *Event { return e }

func (e *Event) StrsV(key string, vals ...string) *Event { return e }

func (e *Event) Stringer(key string, val fmt.Stringer) *Event { return e }

func (e *Event) Stringers(key string, vals []fmt.Stringer) *Event { return e }

func (e *Event) StringersV(key string, vals ...fmt.Stringer) *Event { return e }

func (e *Event) Bytes(key string, val []byte) *Event { return e }

func (e *Event) Hex(key string, val []byte) *Event { return e }

func (e *Event) RawJSON(key string, b []byte) *Event { return e }

func (e *Event) RawCBOR(key string, b []byte) *Event { return e }

func (e *Event) AnErr(key string, err error) *Event { return e }

func (e *Event) Errs(key string, errs []error) *Event { return e }

func (e *Event) Err(err error) *Event { return e }

func (e *Event) Stack() *Event { return e }

func (e *Event) Ctx(ctx context.Context) *Event { return e }

func (e *Event) GetCtx() context.Context { return nil }

func (e *Event) Bool(key string, b bool) *Event { return e }

func (e *Event) Bools(key string, b []bool) *Event { return e }

func (e *Event) Int(key string, i int) *Event { return e }

func (e *Event) Ints(key string, i []int) *Event { return e }

func (e *Event) Int8(key string, i int8) *Event { return e }

func (e *Event) Ints8(key string, i []int8) *Event { return e }

func (e *Event) Int16(key string, i int16) *Event { return e }

func (e *Event) Ints16(key string, i []int16) *Event { return e }

func (e *Event) Int32(key string, i int32) *Event { return e }

func (e *Event) Ints32(key string, i []int32) *Event { return e }

func (e *Event) Int64(key string, i int64) *Event { return e }

func (e *Event) Ints64(key string, i []int64) *Event { return e }

func (e *Event) Uint(key string, i uint) *Event { return e }

func (e *Event) Uints(key string, i []uint) *Event { return e }

func (e *Event) Uint8(key string, i uint8) *Event { return e }

func (e *Event) Uints8(key string, i []uint8) *Event { return e }

func (e *Event) Uint16(key string, i uint16) *Event { return e }

func (e *Event) Uints16(key string, i []uint16) *Event { return e }

func (e *Event) Uint32(key string, i uint32) *Event { return e }

func (e *Event) Uints32(key string, i []uint32) *Event { return e }

func (e *Event) Uint64(key string, i uint64) *Event { return e }

func (e *Event) Uints64(key string, i []uint64) *Event { return e }

func (e *Event) Float32(key string, f float32) *Event { return e }

func (e *Event) Floats32(key string, f []float32) *Event { return e }

func (e *Event) Float64(key string, f float64) *Event { return e }

func (e *Event) Floats64(key string, f []float64) *Event { return e }

func (e *Event) Timestamp() *Event { return e }

func (e *Event) Time(key string, t time.Time) *Event { return e }

func (e *Event) Times(key string, t []time.Time) *Event { return e }

func (e *Event) Dur(key string, d time.Duration) *Event { return e }

func (e *Event) Durs(key string, d []time.Duration) *Event { return e }

func (e *Event) TimeDiff(key string, t time.Time, start time.Time) *Event { return e }

func (e *Event) Any(key string, i interface{}) *Event { return e }

func (e *Event) Interface(key string, i interface{}) *Event { return e }

func (e *Event) Type(key string, val interface{}) *Event { return e }

func (e *Event) CallerSkipFrame(skip int) *Event { return e }

func (e *Event) Caller(skip ...int) *Event { return e }

func (e *Event) IPAddr(key string, ip net.IP) *Event { return e }

func (e *Event) IPAddrs(key string, ip []net.IP) *Event { return e }

func (e *Event) IPPrefix(key string, pfx net.IPNet) *Event { return e }

func (e *Event) IPPrefixes(key string, pfx []net.IPNet) *Event { return e }

func (e *Event) MACAddr(key string, ha net.HardwareAddr) *Event { return e }

type LogObjectMarshaler interface {
	MarshalZerologObject(e *Event)
}

type LogArrayMarshaler interface {
	MarshalZerologArray(a *Array)
}

func Dict() *Event { return nil }

const (
	TimeFormatUnix       = ""
	TimeFormatUnixMs     = "UNIXMS"
	TimeFormatUnixMicro  = "UNIXMICRO"
	TimeFormatUnixNano   = "UNIXNANO"
	DurationFormatFloat  = "float"
	DurationFormatInt    = "int"
	DurationFormatString = "string"
)

var (
	TimestampFieldName     string
	LevelFieldName         string
	LevelTraceValue        string
	LevelDebugValue        string
	LevelInfoValue         string
	LevelWarnValue         string
	LevelErrorValue        string
	LevelFatalValue        string
	LevelPanicValue        string
	LevelFieldMarshalFunc  func(l Level) string
	MessageFieldName       string
	ErrorFieldName         string
	CallerFieldName        string
	CallerSkipFrameCount   int
	CallerMarshalFunc      func(pc uintptr, file string, line int) string
	ErrorStackFieldName    string
	ErrorStackMarshaler    func(err error) interface{}
	ErrorMarshalFunc       func(err error) interface{}
	InterfaceMarshalFunc   func(v interface{}) ([]byte, error)
	TimeFieldFormat        string
	TimestampFunc          func() time.Time
	DurationFieldFormat    string
	DurationFieldUnit      time.Duration
	DurationFieldInteger   bool
	ErrorHandler           func(err error)
	FatalExitFunc          func()
	DefaultContextLogger   *Logger
	LevelColors            map[Level]int
	FormattedLevels        map[Level]string
	FloatingPointPrecision int
)

func SetGlobalLevel(l Level) {}

func GlobalLevel() Level { return 0 }

func DisableSampling(v bool) {}

func AsLogObjectMarshalers[T LogObjectMarshaler](objs []T) []LogObjectMarshaler { return nil }

func AsStringers[T fmt.Stringer](objs []T) []fmt.Stringer { return nil }

type Hook interface {
	Run(e *Event, level Level, message string)
}

type HookFunc func(e *Event, level Level, message string)

func (h HookFunc) Run(e *Event, level Level, message string) {}

type LevelHook struct {
	NoLevelHook Hook
	TraceHook   Hook
	DebugHook   Hook
	InfoHook    Hook
	WarnHook    Hook
	ErrorHook   Hook
	FatalHook   Hook
	PanicHook   Hook
}

func (h LevelHook) Run(e *Event, level Level, message string) {}

func NewLevelHook() LevelHook { return LevelHook{} }

type Level int8

func (l Level) String() string { return "" }

func (l *Level) UnmarshalText(text []byte) error { return nil }

func (l Level) MarshalText() ([]byte, error) { return nil, nil }

const (
	DebugLevel Level = 0
	InfoLevel  Level = 1
	WarnLevel  Level = 2
	ErrorLevel Level = 3
	FatalLevel Level = 4
	PanicLevel Level = 5
	NoLevel    Level = 6
	Disabled   Level = 7
	TraceLevel Level = -1
)

func ParseLevel(levelStr string) (Level, error) { return 0, nil }

type Logger struct{}

func (l Logger) WithContext(ctx context.Context) context.Context { return nil }

func (l Logger) Output(w io.Writer) Logger { return l }

func (l Logger) With() Context { return Context{} }

func (l *Logger) UpdateContext(update func(c Context) Context) {}

func (l Logger) Level(lvl Level) Logger { return l }

func (l Logger) GetLevel() Level { return 0 }

func (l Logger) Sample(s Sampler) Logger { return l }

func (l Logger) Hook(hooks ...Hook) Logger { return l }

func (l *Logger) Trace() *Event { return nil }

func (l *Logger) Debug() *Event { return nil }

func (l *Logger) Info() *Event { return nil }

func (l *Logger) Warn() *Event { return nil }

func (l *Logger) Error() *Event { return nil }

func (l *Logger) Err(err error) *Event { return nil }

func (l *Logger) Fatal() *Event { return nil }

func (l *Logger) Panic() *Event { return nil }

func (l *Logger) WithLevel(level Level) *Event { return nil }

func (l *Logger) Log() *Event { return nil }

func (l *Logger) Print(v ...interface{}) {}

func (l *Logger) Printf(format string, v ...interface{}) {}

func (l *Logger) Println(v ...interface{}) {}

func (l Logger) Write(p []byte) (n int, err error) { return 0, nil }

func New(w io.Writer) Logger { return Logger{} }

func Nop() Logger { return Logger{} }

var (
	Often     RandomSampler
	Sometimes RandomSampler
	Rarely    RandomSampler
)

type Sampler interface {
	Sample(lvl Level) bool
}

type RandomSampler uint32

func (s RandomSampler) Sample(lvl Level) bool { return false }
