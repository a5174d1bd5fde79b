// Package zap is a signature stub of go.uber.org/zap@v1.28.0.
package zap

import (
	"fmt"
	"log"
	"net/http"
	"time"

	"go.uber.org/zap/zapcore"
)

func Array(key string, val zapcore.ArrayMarshaler) Field { return Field{} }

func Bools(key string, bs []bool) Field { return Field{} }

func ByteStrings(key string, bss [][]byte) Field { return Field{} }

func Complex128s(key string, nums []complex128) Field { return Field{} }

func Complex64s(key string, nums []complex64) Field { return Field{} }

func Durations(key string, ds []time.Duration) Field { return Field{} }

func Float64s(key string, nums []float64) Field { return Field{} }

func Float32s(key string, nums []float32) Field { return Field{} }

func Ints(key string, nums []int) Field { return Field{} }

func Int64s(key string, nums []int64) Field { return Field{} }

func Int32s(key string, nums []int32) Field { return Field{} }

func Int16s(key string, nums []int16) Field { return Field{} }

func Int8s(key string, nums []int8) Field { return Field{} }

func Objects[T zapcore.ObjectMarshaler](key string, values []T) Field { return Field{} }

type ObjectMarshalerPtr[T any] interface {
	*T
	zapcore.ObjectMarshaler
}

func ObjectValues[T any, P ObjectMarshalerPtr[T]](key string, values []T) Field { return Field{} }

func Strings(key string, ss []string) Field { return Field{} }

func Stringers[T fmt.Stringer](key string, values []T) Field { return Field{} }

func Times(key string, ts []time.Time) Field { return Field{} }

func Uints(key string, nums []uint) Field { return Field{} }

func Uint64s(key string, nums []uint64) Field { return Field{} }

func Uint32s(key string, nums []uint32) Field { return Field{} }

func Uint16s(key string, nums []uint16) Field { return Field{} }

func Uint8s(key string, nums []uint8) Field { return Field{} }

func Uintptrs(key string, us []uintptr) Field { return Field{} }

func Errors(key string, errs []error) Field { return Field{} }

func Error(err error) Field { return Field{} }

func NamedError(key string, err error) Field { return Field{} }

type Field = zapcore.Field

func Skip() Field { return Field{} }

func Binary(key string, val []byte) Field { return Field{} }

func Bool(key string, val bool) Field { return Field{} }

func Boolp(key string, val *bool) Field { return Field{} }

func ByteString(key string, val []byte) Field { return Field{} }

func Complex128(key string, val complex128) Field { return Field{} }

func Complex128p(key string, val *complex128) Field { return Field{} }

func Complex64(key string, val complex64) Field { return Field{} }

func Complex64p(key string, val *complex64) Field { return Field{} }

func Float64(key string, val float64) Field { return Field{} }

func Float64p(key string, val *float64) Field { return Field{} }

func Float32(key string, val float32) Field { return Field{} }

func Float32p(key string, val *float32) Field { return Field{} }

func Int(key string, val int) Field { return Field{} }

func Intp(key string, val *int) Field { return Field{} }

func Int64(key string, val int64) Field { return Field{} }

func Int64p(key string, val *int64) Field { return Field{} }

func Int32(key string, val int32) Field { return Field{} }

func Int32p(key string, val *int32) Field { return Field{} }

func Int16(key string, val int16) Field { return Field{} }

func Int16p(key string, val *int16) Field { return Field{} }

func Int8(key string, val int8) Field { return Field{} }

func Int8p(key string, val *int8) Field { return Field{} }

func String(key string, val string) Field { return Field{} }

func Stringp(key string, val *string) Field { return Field{} }

func Uint(key string, val uint) Field { return Field{} }

func Uintp(key string, val *uint) Field { return Field{} }

func Uint64(key string, val uint64) Field { return Field{} }

func Uint64p(key string, val *uint64) Field { return Field{} }

func Uint32(key string, val uint32) Field { return Field{} }

func Uint32p(key string, val *uint32) Field { return Field{} }

func Uint16(key string, val uint16) Field { return Field{} }

func Uint16p(key string, val *uint16) Field { return Field{} }

func Uint8(key string, val uint8) Field { return Field{} }

func Uint8p(key string, val *uint8) Field { return Field{} }

func Uintptr(key string, val uintptr) Field { return Field{} }

func Uintptrp(key string, val *uintptr) Field { return Field{} }

func Reflect(key string, val interface{}) Field { return Field{} }

func Namespace(key string) Field { return Field{} }

func Stringer(key string, val fmt.Stringer) Field { return Field{} }

func Time(key string, val time.Time) Field { return Field{} }

func Timep(key string, val *time.Time) Field { return Field{} }

func Stack(key string) Field { return Field{} }

func StackSkip(key string, skip int) Field { return Field{} }

func Duration(key string, val time.Duration) Field { return Field{} }

func Durationp(key string, val *time.Duration) Field { return Field{} }

func Object(key string, val zapcore.ObjectMarshaler) Field { return Field{} }

func Inline(val zapcore.ObjectMarshaler) Field { return Field{} }

func Dict(key string, val ...Field) Field { return Field{} }

func DictObject(val ...Field) zapcore.ObjectMarshaler { return nil }

func Any(key string, value interface{}) Field { return Field{} }

func L() *Logger { return nil }

func S() *SugaredLogger { return nil }

func ReplaceGlobals(logger *Logger) func() { return nil }

func NewStdLog(l *Logger) *log.Logger { return nil }

func NewStdLogAt(l *Logger, level zapcore.Level) (*log.Logger, error) { return nil, nil }

func RedirectStdLog(l *Logger) func() { return nil }

func RedirectStdLogAt(l *Logger, level zapcore.Level) (func(), error) { return nil, nil }

const (
	DebugLevel  zapcore.Level = -1
	InfoLevel   zapcore.Level = 0
	WarnLevel   zapcore.Level = 1
	ErrorLevel  zapcore.Level = 2
	DPanicLevel zapcore.Level = 3
	PanicLevel  zapcore.Level = 4
	FatalLevel  zapcore.Level = 5
)

type LevelEnablerFunc func(zapcore.Level) bool

func (f LevelEnablerFunc) Enabled(lvl zapcore.Level) bool { return false }

type AtomicLevel struct{}

func (lvl AtomicLevel) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (lvl AtomicLevel) Enabled(l zapcore.Level) bool { return false }

func (lvl AtomicLevel) Level() zapcore.Level { return 0 }

func (lvl AtomicLevel) SetLevel(l zapcore.Level) {}

func (lvl AtomicLevel) String() string { return "" }

func (lvl *AtomicLevel) UnmarshalText(text []byte) error { return nil }

func (lvl AtomicLevel) MarshalText() (text []byte, err error) { return nil, nil }

func NewAtomicLevel() AtomicLevel { return AtomicLevel{} }

func NewAtomicLevelAt(l zapcore.Level) AtomicLevel { return AtomicLevel{} }

type Logger struct{}

func (log *Logger) Sugar() *SugaredLogger { return nil }

func (log *Logger) Named(s string) *Logger { return log }

func (log *Logger) WithOptions(opts ...Option) *Logger { return log }

func (log *Logger) With(fields ...Field) *Logger { return log }

func (log *Logger) WithLazy(fields ...Field) *Logger { return log }

func (log *Logger) Level() zapcore.Level { return 0 }

func (log *Logger) Check(lvl zapcore.Level, msg string) *zapcore.CheckedEntry { return nil }

func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field) {}

func (log *Logger) Debug(msg string, fields ...Field) {}

func (log *Logger) Info(msg string, fields ...Field) {}

func (log *Logger) Warn(msg string, fields ...Field) {}

func (log *Logger) Error(msg string, fields ...Field) {}

func (log *Logger) DPanic(msg string, fields ...Field) {}

func (log *Logger) Panic(msg string, fields ...Field) {}

func (log *Logger) Fatal(msg string, fields ...Field) {}

func (log *Logger) Sync() error { return nil }

func (log *Logger) Core() zapcore.Core { return nil }

func (log *Logger) Name() string { return "" }

func New(core zapcore.Core, options ...Option) *Logger { return nil }

func NewNop() *Logger { return nil }

func NewProduction(options ...Option) (*Logger, error) { return nil, nil }

func NewDevelopment(options ...Option) (*Logger, error) { return nil, nil }

func Must(logger *Logger, err error) *Logger { return nil }

func NewExample(options ...Option) *Logger { return nil }

type Option interface {
	apply(*Logger)
}

func WrapCore(f func(zapcore.Core) zapcore.Core) Option { return nil }

func Hooks(hooks ...func(zapcore.Entry) error) Option { return nil }

func Fields(fs ...Field) Option { return nil }

func ErrorOutput(w zapcore.WriteSyncer) Option { return nil }

func Development() Option { return nil }

func AddCaller() Option { return nil }

func WithCaller(enabled bool) Option { return nil }

func AddCallerSkip(skip int) Option { return nil }

func AddStacktrace(lvl zapcore.LevelEnabler) Option { return nil }

func IncreaseLevel(lvl zapcore.LevelEnabler) Option { return nil }

func WithPanicHook(hook zapcore.CheckWriteHook) Option { return nil }

func OnFatal(action zapcore.CheckWriteAction) Option { return nil }

func WithFatalHook(hook zapcore.CheckWriteHook) Option { return nil }

func WithClock(clock zapcore.Clock) Option { return nil }

type SugaredLogger struct{}

func (s *SugaredLogger) Desugar() *Logger { return nil }

func (s *SugaredLogger) Named(name string) *SugaredLogger { return s }

func (s *SugaredLogger) WithOptions(opts ...Option) *SugaredLogger { return s }

func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger { return s }

func (s *SugaredLogger) WithLazy(args ...interface{}) *SugaredLogger { return s }

func (s *SugaredLogger) Level() zapcore.Level { return 0 }

func (s *SugaredLogger) Log(lvl zapcore.Level, args ...interface{}) {}

func (s *SugaredLogger) Debug(args ...interface{}) {}

func (s *SugaredLogger) Info(args ...interface{}) {}

func (s *SugaredLogger) Warn(args ...interface{}) {}

func (s *SugaredLogger) Error(args ...interface{}) {}

func (s *SugaredLogger) DPanic(args ...interface{}) {}

func (s *SugaredLogger) Panic(args ...interface{}) {}

func (s *SugaredLogger) Fatal(args ...interface{}) {}

func (s *SugaredLogger) Logf(lvl zapcore.Level, template string, args ...interface{}) {}

func (s *SugaredLogger) Debugf(template string, args ...interface{}) {}

func (s *SugaredLogger) Infof(template string, args ...interface{}) {}

func (s *SugaredLogger) Warnf(template string, args ...interface{}) {}

func (s *SugaredLogger) Errorf(template string, args ...interface{}) {}

func (s *SugaredLogger) DPanicf(template string, args ...interface{}) {}

func (s *SugaredLogger) Panicf(template string, args ...interface{}) {}

func (s *SugaredLogger) Fatalf(template string, args ...interface{}) {}

func (s *SugaredLogger) Logw(lvl zapcore.Level, msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Panicw(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) Logln(lvl zapcore.Level, args ...interface{}) {}

func (s *SugaredLogger) Debugln(args ...interface{}) {}

func (s *SugaredLogger) Infoln(args ...interface{}) {}

func (s *SugaredLogger) Warnln(args ...interface{}) {}

func (s *SugaredLogger) Errorln(args ...interface{}) {}

func (s *SugaredLogger) DPanicln(args ...interface{}) {}

func (s *SugaredLogger) Panicln(args ...interface{}) {}

func (s *SugaredLogger) Fatalln(args ...interface{}) {}

func (s *SugaredLogger) Sync() error { return nil }
