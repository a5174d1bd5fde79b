// Package zapcore is a signature stub of go.uber.org/zap@v1.28.0.
package zapcore

import (
	"io"
	"time"
)

type WriteSyncer interface {
	io.Writer
	Sync() error
}

func AddSync(w io.Writer) WriteSyncer { return nil }

func Lock(ws WriteSyncer) WriteSyncer { return nil }

type Clock interface {
	Now() time.Time
	NewTicker(time.Duration) *time.Ticker
}

type Core interface {
	LevelEnabler
	With([]Field) Core
	Check(Entry, *CheckedEntry) *CheckedEntry
	Write(Entry, []Field) error
	Sync() error
}

func NewNopCore() Core { return nil }

type ObjectEncoder interface {
	AddArray(key string, marshaler ArrayMarshaler) error
	AddObject(key string, marshaler ObjectMarshaler) error
	AddBinary(key string, value []byte)
	AddByteString(key string, value []byte)
	AddBool(key string, value bool)
	AddComplex128(key string, value complex128)
	AddComplex64(key string, value complex64)
	AddDuration(key string, value time.Duration)
	AddFloat64(key string, value float64)
	AddFloat32(key string, value float32)
	AddInt(key string, value int)
	AddInt64(key string, value int64)
	AddInt32(key string, value int32)
	AddInt16(key string, value int16)
	AddInt8(key string, value int8)
	AddString(key string, value string)
	AddTime(key string, value time.Time)
	AddUint(key string, value uint)
	AddUint64(key string, value uint64)
	AddUint32(key string, value uint32)
	AddUint16(key string, value uint16)
	AddUint8(key string, value uint8)
	AddUintptr(key string, value uintptr)
	AddReflected(key string, value interface{}) error
	OpenNamespace(key string)
}

type ArrayEncoder interface {
	PrimitiveArrayEncoder
	AppendDuration(time.Duration)
	AppendTime(time.Time)
	AppendArray(ArrayMarshaler) error
	AppendObject(ObjectMarshaler) error
	AppendReflected(value interface{}) error
}

type PrimitiveArrayEncoder interface {
	AppendBool(bool)
	AppendByteString([]byte)
	AppendComplex128(complex128)
	AppendComplex64(complex64)
	AppendFloat64(float64)
	AppendFloat32(float32)
	AppendInt(int)
	AppendInt64(int64)
	AppendInt32(int32)
	AppendInt16(int16)
	AppendInt8(int8)
	AppendString(string)
	AppendUint(uint)
	AppendUint64(uint64)
	AppendUint32(uint32)
	AppendUint16(uint16)
	AppendUint8(uint8)
	AppendUintptr(uintptr)
}

type EntryCaller struct {
	Defined  bool
	PC       uintptr
	File     string
	Line     int
	Function string
}

func (ec EntryCaller) String() string { return "" }

func (ec EntryCaller) FullPath() string { return "" }

func (ec EntryCaller) TrimmedPath() string { return "" }

type Entry struct {
	Level      Level
	Time       time.Time
	LoggerName string
	Message    string
	Caller     EntryCaller
	Stack      string
}

type CheckWriteHook interface {
	OnWrite(*CheckedEntry, []Field)
}

type CheckWriteAction uint8

func (a CheckWriteAction) OnWrite(ce *CheckedEntry, _ []Field) {}

const (
	WriteThenNoop   CheckWriteAction = 0
	WriteThenGoexit CheckWriteAction = 1
	WriteThenPanic  CheckWriteAction = 2
	WriteThenFatal  CheckWriteAction = 3
)

type CheckPreWriteHook func(Entry, []Field) (Entry, []Field)

type CheckedEntry struct {
	Entry
	ErrorOutput WriteSyncer
}

func (ce *CheckedEntry) Write(fields ...Field) {}

func (ce *CheckedEntry) AddCore(ent Entry, core Core) *CheckedEntry { return ce }

func (ce *CheckedEntry) Should(ent Entry, should CheckWriteAction) *CheckedEntry { return ce }

func (ce *CheckedEntry) Before(ent Entry, hook CheckPreWriteHook) *CheckedEntry { return ce }

func (ce *CheckedEntry) After(ent Entry, hook CheckWriteHook) *CheckedEntry { return ce }

type FieldType uint8

const (
	UnknownType         FieldType = 0
	ArrayMarshalerType  FieldType = 1
	ObjectMarshalerType FieldType = 2
	BinaryType          FieldType = 3
	BoolType            FieldType = 4
	ByteStringType      FieldType = 5
	Complex128Type      FieldType = 6
	Complex64Type       FieldType = 7
	DurationType        FieldType = 8
	Float64Type         FieldType = 9
	Float32Type         FieldType = 10
	Int64Type           FieldType = 11
	Int32Type           FieldType = 12
	Int16Type           FieldType = 13
	Int8Type            FieldType = 14
	StringType          FieldType = 15
	TimeType            FieldType = 16
	TimeFullType        FieldType = 17
	Uint64Type          FieldType = 18
	Uint32Type          FieldType = 19
	Uint16Type          FieldType = 20
	Uint8Type           FieldType = 21
	UintptrType         FieldType = 22
	ReflectType         FieldType = 23
	NamespaceType       FieldType = 24
	StringerType        FieldType = 25
	ErrorType           FieldType = 26
	SkipType            FieldType = 27
	InlineMarshalerType FieldType = 28
)

type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}

func (f Field) AddTo(enc ObjectEncoder) {}

func (f Field) Equals(other Field) bool { return false }

type Level int8

func (l Level) String() string { return "" }

func (l Level) CapitalString() string { return "" }

func (l Level) MarshalText() ([]byte, error) { return nil, nil }

func (l *Level) UnmarshalText(text []byte) error { return nil }

func (l *Level) Set(s string) error { return nil }

func (l *Level) Get() interface{} { return nil }

func (l Level) Enabled(lvl Level) bool { return false }

const (
	DebugLevel   Level = -1
	InfoLevel    Level = 0
	WarnLevel    Level = 1
	ErrorLevel   Level = 2
	DPanicLevel  Level = 3
	PanicLevel   Level = 4
	FatalLevel   Level = 5
	InvalidLevel Level = 6
)

func ParseLevel(text string) (Level, error) { return 0, nil }

type LevelEnabler interface {
	Enabled(Level) bool
}

type ObjectMarshaler interface {
	MarshalLogObject(ObjectEncoder) error
}

type ObjectMarshalerFunc func(ObjectEncoder) error

func (f ObjectMarshalerFunc) MarshalLogObject(enc ObjectEncoder) error { return nil }

type ArrayMarshaler interface {
	MarshalLogArray(ArrayEncoder) error
}

type ArrayMarshalerFunc func(ArrayEncoder) error

func (f ArrayMarshalerFunc) MarshalLogArray(enc ArrayEncoder) error { return nil }

func NewTee(cores ...Core) Core { return nil }
