package taint

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
)

// The facts' own gob encoding. Under go vet every package's facts file
// carries, besides its own facts, those about the methods and types of its
// dependencies (x/tools re-exports them), and a unit decodes the files of
// all its direct imports before it analyses anything: on the bench's real
// shaped modules decoding and encoding facts was most of the cost of a
// main package and of every package near the top of the graph
// (bench/README.md). gob encodes a struct by reflection, field by field,
// and repeats every string; the summaries' steps name the same few files
// and notes over and over. This encoding writes each distinct string of a
// fact once and numbers alike, and decodes to the same values, so the
// facts (and the findings) are unchanged.

// GobEncode encodes the summary compactly (see factcodec.go). A summary
// decoded from a dependency and never loaded, which x/tools re-exports
// with the package's own facts, is written as it was read.
func (s *FuncSummary) GobEncode() ([]byte, error) {
	if s.raw != nil {
		return s.raw, nil
	}
	return encodeFact(s)
}

// GobDecode keeps what GobEncode wrote, to be decoded by load when the
// summary is used. A unit decodes the facts files of all its imports, and
// each carries the summaries of every function below it: a main package
// of a real-shaped bench module spent 40% of its time decoding summaries
// it never read (bench/README.md).
func (s *FuncSummary) GobDecode(data []byte) error {
	*s = FuncSummary{raw: bytes.Clone(data)}
	return nil
}

// load decodes a summary GobDecode kept; it does nothing to one that is
// decoded already.
func (s *FuncSummary) load() error {
	if s.raw == nil {
		return nil
	}
	return decodeFact(s.raw, s) // decodeFact zeroes *s, raw included, first
}

// GobEncode encodes the package fact compactly (see factcodec.go).
func (p *PackageFacts) GobEncode() ([]byte, error) { return encodeFact(p) }

// GobDecode decodes what GobEncode wrote.
func (p *PackageFacts) GobDecode(data []byte) error { return decodeFact(data, p) }

// encodeFact writes the exported fields of the struct fact points to, in
// order, following the type's definition, so that a field added to a
// fact is encoded with no change here: numbers as varints, strings by
// factEncoder.str, a slice as its length and elements, a pointer as 0
// (nil) or 1 and what it points to. Other kinds (maps, interfaces) are an
// error, which TestEveryFactFieldSurvivesItsEncoding reports.
func encodeFact(fact any) ([]byte, error) {
	var e factEncoder
	if err := e.value(reflect.ValueOf(fact).Elem()); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// decodeFact reads what encodeFact wrote into the struct fact points to.
// An empty slice decodes as nil, as with gob.
func decodeFact(data []byte, fact any) error {
	d := factDecoder{buf: data}
	v := reflect.ValueOf(fact).Elem()
	v.SetZero()
	d.value(v)
	return d.done()
}

func (e *factEncoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			if err := e.value(v.Field(i)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		e.uint(uint64(v.Len()))
		for i := range v.Len() {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(1)
		return e.value(v.Elem())
	case reflect.String:
		e.str(v.String())
	case reflect.Bool:
		e.bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		e.uint(v.Uint())
	default:
		return fmt.Errorf("policytaint: cannot encode a fact field of type %s", v.Type())
	}
	return nil
}

func (d *factDecoder) value(v reflect.Value) {
	if d.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				d.value(v.Field(i))
			}
		}
	case reflect.Slice:
		if n := d.len(); n > 0 {
			v.Set(reflect.MakeSlice(v.Type(), n, n))
			for i := range n {
				d.value(v.Index(i))
			}
		}
	case reflect.Pointer:
		if d.bool() {
			v.Set(reflect.New(v.Type().Elem()))
			d.value(v.Elem())
		}
	case reflect.String:
		v.SetString(d.str())
	case reflect.Bool:
		v.SetBool(d.bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, n := binary.Varint(d.buf)
		if n <= 0 || v.OverflowInt(x) {
			d.fail()
			return
		}
		d.buf = d.buf[n:]
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		x := d.uint()
		if v.OverflowUint(x) {
			d.fail()
			return
		}
		v.SetUint(x)
	default:
		d.fail()
	}
}

// factEncoder writes numbers as varints and each string once: later
// occurrences are the string's number.
type factEncoder struct {
	buf     []byte
	strings map[string]uint64
}

func (e *factEncoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

func (e *factEncoder) bool(b bool) {
	if b {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

// str writes 0 and the string for a new string, n+1 for the string
// numbered n.
func (e *factEncoder) str(s string) {
	if n, ok := e.strings[s]; ok {
		e.uint(n + 1)
		return
	}
	if e.strings == nil {
		e.strings = map[string]uint64{}
	}
	e.strings[s] = uint64(len(e.strings))
	e.uint(0)
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// factDecoder reads what factEncoder wrote. The first error sticks: the
// rest reads zeros, and done reports it.
type factDecoder struct {
	buf     []byte
	strings []string
	err     error
}

var errBadFact = errors.New("policytaint: malformed fact")

func (d *factDecoder) fail() {
	if d.err == nil {
		d.err = errBadFact
	}
	d.buf = nil
}

func (d *factDecoder) uint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *factDecoder) bool() bool { return d.uint() != 0 }

// len reads a slice length, which cannot exceed the bytes left (every
// element takes at least one).
func (d *factDecoder) len() int {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *factDecoder) str() string {
	ref := d.uint()
	if ref > 0 {
		if ref > uint64(len(d.strings)) {
			d.fail()
			return ""
		}
		return d.strings[ref-1]
	}
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.fail()
		return ""
	}
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	d.strings = append(d.strings, s)
	return s
}

func (d *factDecoder) done() error {
	if d.err == nil && len(d.buf) > 0 {
		d.err = errBadFact
	}
	return d.err
}
