package taint

import (
	"bytes"
	"encoding/gob"
	"math/rand"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/internal/finding"
)

func sampleSteps(file string, n int) []finding.Step {
	var out []finding.Step
	for i := range n {
		out = append(out, finding.Step{Pos: finding.Position{File: file, Line: 10 + i, Column: i}, Note: "passed to audit.Record"})
	}
	return out
}

// TestFactsSurviveTheirEncoding: what an importer decodes is what the
// package exported, field for field, through gob as x/tools' facts
// encoding calls it (an interface value of type analysis.Fact).
func TestFactsSurviveTheirEncoding(t *testing.T) {
	chain := sampleSteps("example.com/acme@v1.2.0/audit/audit.go", 3)
	facts := []analysis.Fact{
		&FuncSummary{},
		&FuncSummary{
			Sinks: []ParamSink{
				{Param: 1, Path: ".Email", Removed: "user.device.ip_address", Shallow: true, Kind: Log, Sink: "log.Printf", Chain: chain},
				{Param: 0, Kind: Egress, Sink: "(*net/http.Client).Do", Chain: chain[:1], Host: "api.example.com", Funcs: []string{"(*a.C).post", "(*a.C).Track"}},
				{Param: -1, Path: "[]", Kind: Egress, Sink: "(*net/http.Client).Do"},
			},
			Results: []ResultSource{
				{Result: 0, Param: -1, Path: ".IP", Cat: "user.device.ip_address", Desc: "r.RemoteAddr", Steps: sampleSteps("a/a.go", 2)},
				{Result: 1, Param: 2, Cat: "user.contact.email", Desc: "u.Email"},
			},
			Flows: []Flow{
				{Param: 0, Path: ".A.B[]", Removed: "x,y", Shallow: true, ToResult: 0, ToParam: -1, ToPath: ".C"},
				{Param: 3, ToResult: -1, ToParam: 1, ToPath: ""},
			},
			Ctx: []CtxStore{{Param: 1, Path: ".IP", Key: "mw.ClientIPKey", Shallow: true, Removed: "z"}},
		},
		&PackageFacts{},
		&PackageFacts{Stores: []Stored{
			{Loc: "field:a.T.IP", Path: "", Cat: "user.device.ip_address", Desc: "r.RemoteAddr", Steps: sampleSteps("a/a.go", 4)},
			{Loc: "ctx:a.key", Path: ".Email", Cat: "user.contact.email", Desc: "u.Email"},
		}},
	}
	gob.Register(new(FuncSummary))
	gob.Register(new(PackageFacts))
	for _, f := range facts {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&f); err != nil {
			t.Fatalf("encoding %v: %v", f, err)
		}
		var got analysis.Fact
		if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
			t.Fatalf("decoding %v: %v", f, err)
		}
		if err := load(got); err != nil {
			t.Fatalf("loading %v: %v", f, err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("decoded\n%#v\nwant\n%#v", got, f)
		}
	}
}

// TestMalformedFactsAreErrors: a damaged facts file is an error, never a
// panic or a half-read fact taken for a whole one.
func TestMalformedFactsAreErrors(t *testing.T) {
	s := &FuncSummary{
		Sinks:   []ParamSink{{Param: 1, Kind: Log, Sink: "log.Printf", Chain: sampleSteps("a/a.go", 3)}},
		Results: []ResultSource{{Result: 0, Param: -1, Cat: "user.contact.email", Desc: "u.Email"}},
	}
	data, err := s.GobEncode()
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		if err := decodeSummary(data[:n]); err == nil {
			t.Errorf("decoding the first %d of %d bytes: no error", n, len(data))
		}
	}
	if err := decodeSummary(append(data, 0)); err == nil {
		t.Error("decoding with a trailing byte: no error")
	}
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		junk := make([]byte, r.Intn(64))
		r.Read(junk)
		_ = decodeSummary(junk) // must not panic
		_ = new(PackageFacts).GobDecode(junk)
	}
}

// load decodes a summary that GobDecode kept; other facts are decoded
// already.
func load(f analysis.Fact) error {
	if s, ok := f.(*FuncSummary); ok {
		return s.load()
	}
	return nil
}

// decodeSummary decodes a summary as a unit that reads it does.
func decodeSummary(data []byte) error {
	s := new(FuncSummary)
	if err := s.GobDecode(data); err != nil {
		return err
	}
	return s.load()
}

// TestUnreadSummariesAreReexportedAsRead: a summary decoded from a
// dependency's facts and never loaded is encoded again, in the facts of
// the package that imported it, byte for byte as it was read; loaded,
// it encodes to the same bytes too, and prints as the original.
func TestUnreadSummariesAreReexportedAsRead(t *testing.T) {
	orig := &FuncSummary{
		Sinks:   []ParamSink{{Param: 1, Kind: Log, Sink: "log.Printf", Chain: sampleSteps("a/a.go", 3)}},
		Results: []ResultSource{{Result: 0, Param: -1, Cat: "user.contact.email", Desc: "u.Email", Steps: sampleSteps("a/b.go", 2)}},
	}
	data, err := orig.GobEncode()
	if err != nil {
		t.Fatal(err)
	}
	lazy := new(FuncSummary)
	if err := lazy.GobDecode(data); err != nil {
		t.Fatal(err)
	}
	if len(lazy.Sinks) != 0 || lazy.raw == nil {
		t.Fatalf("GobDecode decoded the summary: %#v", lazy)
	}
	if got, want := lazy.String(), orig.String(); got != want {
		t.Errorf("unloaded summary prints %q, want %q", got, want)
	}
	again, err := lazy.GobEncode()
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("re-encoded unloaded summary: %v, %x, want %x", err, again, data)
	}
	// gob reuses its buffer: the kept encoding must be a copy.
	data[0] ^= 0xff
	err = lazy.load()
	data[0] ^= 0xff
	if err != nil {
		t.Fatal(err)
	}
	if lazy.raw != nil || !reflect.DeepEqual(lazy, orig) {
		t.Errorf("loaded\n%#v\nwant\n%#v", lazy, orig)
	}
	loaded, err := lazy.GobEncode()
	if err != nil || !bytes.Equal(loaded, data) {
		t.Errorf("re-encoded loaded summary: %v, %x, want %x", err, loaded, data)
	}
}

// fill sets every exported field below v to something other than its zero
// value: two elements in each slice, every pointer set, strings that
// repeat (the encoding numbers them) and negative numbers.
func fill(t *testing.T, v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(t, v.Field(i), n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(t, v.Index(0), n)
		fill(t, v.Index(1), n)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), n)
	case reflect.String:
		v.SetString([]string{"a/a.go", "param", "log.Printf"}[*n%3])
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n) - 50)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*n))
	default:
		t.Fatalf("a fact field of type %s: the facts' encoding (factcodec.go) handles no %s", v.Type(), v.Kind())
	}
}

// TestEveryFactFieldSurvivesItsEncoding fills every field of the facts,
// whatever fields they have today, so that a field added to a fact that
// the encoding would lose or cannot write fails here.
func TestEveryFactFieldSurvivesItsEncoding(t *testing.T) {
	gob.Register(new(FuncSummary))
	gob.Register(new(PackageFacts))
	for _, f := range []analysis.Fact{new(FuncSummary), new(PackageFacts)} {
		n := 0
		fill(t, reflect.ValueOf(f).Elem(), &n)
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(&f); err != nil {
			t.Fatalf("encoding %T: %v", f, err)
		}
		var got analysis.Fact
		if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
			t.Fatalf("decoding %T: %v", f, err)
		}
		if err := load(got); err != nil {
			t.Fatalf("loading %T: %v", f, err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("decoded\n%#v\nwant\n%#v", got, f)
		}
	}
}
