package taint

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/policylint/policylint/internal/finding"
)

// SinkKind says what kind of sink personal data reaches.
type SinkKind string

// Sink kinds.
const (
	Log    SinkKind = "log"
	Egress SinkKind = "egress"
	// Storage is a database or cache write; Cookie a cookie or response
	// header. No rule reports them; the data map lists them (store.go).
	Storage SinkKind = "storage"
	Cookie  SinkKind = "cookie"
)

// FuncSummary is the fact exported for every function and method that moves
// personal data: where its parameters go and what its results are.
// Parameter indices count the receiver of a method as parameter 0, as SSA
// does. Paths are field paths such as ".IP" or ".Visitor.Addr"; "" is the
// whole value.
type FuncSummary struct {
	Sinks   []ParamSink
	Results []ResultSource
	Flows   []Flow
	Ctx     []CtxStore
	Dests   []ResultDest
	// Opaque says the function was not summarised: its analysis went over
	// the engine's budget (budget.go). Callers treat it as code that is
	// not analysed, and the fields above are empty.
	Opaque bool

	// raw is the encoding of a summary decoded from a dependency's facts
	// and not loaded yet (factcodec.go): a unit decodes the facts of every
	// package below it, and reads the summaries of the few functions it
	// calls.
	raw []byte
}

// AFact marks FuncSummary as a go/analysis fact.
func (*FuncSummary) AFact() {}

// ParamSink says: what the caller passes as parameter Param (at Path, with
// the categories in Removed sanitized away) reaches a sink of Kind.
type ParamSink struct {
	Param   int
	Path    string
	Removed string
	Shallow bool // the value at Path alone, not the fields below it
	Kind    SinkKind
	Sink    string         // the real sink at the end of the chain, e.g. "log.Printf"
	Chain   []finding.Step // calls from the function's entry down to the real sink
	// Host is the destination: for egress sinks the host ("" when it
	// cannot be resolved), for storage and cookie sinks the store and
	// table or the cookie (store.go). Egress sinks only: Funcs are the
	// functions the chain passes through, this one first
	// (types.Func.FullName), for allow entries that name a function.
	// When HostFrom is set the destination is the URL a caller passes
	// (a request builder's base URL, a webhook parameter): Host is then
	// the default, what it is when the caller's value cannot be traced
	// (the constant a client's constructor sets), or "".
	Host     string
	HostFrom *DestRef
	Funcs    []string
}

// DestRef names where a destination comes from at a call: the URL, the
// request or the bare host name the caller passes as parameter Param, or
// holds at field path Path below it (".BaseURL": the client's base URL).
type DestRef struct {
	Param    int
	Path     string
	HostOnly bool // the value is a host name ("api.example.com"), not a URL
}

func (d *DestRef) String() string {
	s := fmt.Sprintf("param%d%s", d.Param, d.Path)
	if d.HostOnly {
		s += "(host)"
	}
	return s
}

// ResultDest says where a URL, request or client a function returns
// points: result Result (at field path Path below it, e.g. a client's
// ".BaseURL") names host Host, or, when From is set, the destination the
// caller passes (Host is then the default). When Option is set the result
// is an option function that, applied to a client, sets the client's
// field at Path: "WithBaseURL(u)".
type ResultDest struct {
	Result int
	Path   string
	Host   string
	From   *DestRef
	Option bool
}

func (d ResultDest) String() string {
	what := fmt.Sprintf("result%d%s", d.Result, d.Path)
	if d.Option {
		what = fmt.Sprintf("option%d%s", d.Result, d.Path)
	}
	return what + "=>" + destString(d.Host, d.From)
}

// destString renders a destination for String methods: "api.example.com",
// "param0.BaseURL|api.example.com" (the caller's, else the default), "?".
func destString(host string, from *DestRef) string {
	if from == nil {
		return cmp.Or(host, "?")
	}
	if host == "" {
		return from.String()
	}
	return from.String() + "|" + host
}

// ResultSource says: result Result (at Path) is of category Cat; or, when
// Param >= 0, the function stores data of category Cat into the memory of
// parameter Param at Path.
type ResultSource struct {
	Result int
	Param  int
	Path   string
	Cat    string
	Desc   string         // where the data came from, in words: "r.RemoteAddr"
	Steps  []finding.Step // origin first
}

// Flow says: parameter Param (at Path, less Removed) flows into result
// ToResult (when ToParam < 0) or into the memory of parameter ToParam, at
// ToPath.
type Flow struct {
	Param    int
	Path     string
	Removed  string
	Shallow  bool // the value at Path alone, not the fields below it
	ToResult int
	ToParam  int
	ToPath   string
}

// CtxStore says: parameter Param (at Path, less Removed) is stored in a
// context under the key Key, or, for a Key "chan pkgpath.Type.Field", sent
// on the channel held in that struct field: a queue that another
// goroutine reads.
type CtxStore struct {
	Param   int
	Path    string
	Removed string
	Shallow bool
	Key     string
}

// String renders the summary compactly and deterministically, for
// `// want fn:"..."` expectations in tests.
func (s *FuncSummary) String() string {
	if s.raw != nil {
		c := *s
		if c.load() != nil {
			return "undecodable"
		}
		s = &c
	}
	var parts []string
	if s.Opaque {
		parts = append(parts, "opaque")
	}
	for _, r := range s.Results {
		if r.Param >= 0 {
			parts = append(parts, fmt.Sprintf("param%d%s=%s", r.Param, r.Path, r.Cat))
			continue
		}
		parts = append(parts, fmt.Sprintf("result%d%s=%s", r.Result, r.Path, r.Cat))
	}
	for _, k := range s.Sinks {
		sink := k.Sink
		if k.Kind == Egress {
			sink += "@" + destString(k.Host, k.HostFrom)
		} else if k.Host != "" {
			sink += "@" + k.Host
		}
		parts = append(parts, fmt.Sprintf("param%d%s%s%s->%s(%s)", k.Param, k.Path, shallowString(k.Shallow), minusString(k.Removed), k.Kind, sink))
	}
	for _, f := range s.Flows {
		to := fmt.Sprintf("result%d", f.ToResult)
		if f.ToParam >= 0 {
			to = fmt.Sprintf("param%d", f.ToParam)
		}
		parts = append(parts, fmt.Sprintf("param%d%s%s%s->%s%s", f.Param, f.Path, shallowString(f.Shallow), minusString(f.Removed), to, f.ToPath))
	}
	for _, c := range s.Ctx {
		parts = append(parts, fmt.Sprintf("param%d%s%s%s->ctx[%s]", c.Param, c.Path, shallowString(c.Shallow), minusString(c.Removed), c.Key))
	}
	for _, d := range s.Dests {
		parts = append(parts, d.String())
	}
	return strings.Join(parts, " ")
}

func shallowString(shallow bool) string {
	if shallow {
		return "(shallow)"
	}
	return ""
}

func minusString(removed string) string {
	if removed == "" {
		return ""
	}
	return "-{" + removed + "}"
}

func (s *FuncSummary) empty() bool {
	return !s.Opaque && len(s.Sinks) == 0 && len(s.Results) == 0 && len(s.Flows) == 0 && len(s.Ctx) == 0 && len(s.Dests) == 0
}

// PackageFacts is the package fact: struct fields, package variables and
// context keys that were seen holding personal data in this package. A
// field of another package's type may appear here too: the fact belongs to
// the package that stored the data.
type PackageFacts struct {
	Stores []Stored
}

// AFact marks PackageFacts as a go/analysis fact.
func (*PackageFacts) AFact() {}

// Stored is one abstract location known to hold data of category Cat.
// Loc is "field:pkgpath.Type.Field", "var:pkgpath.Name" or "ctx:KEY", and
// Path the field path below it (".Remote", "[]"; "" for the whole value):
// a store into one field of a struct held in a field, a variable or a
// context does not make the struct's other fields personal.
type Stored struct {
	Loc   string
	Path  string
	Cat   string
	Desc  string
	Steps []finding.Step
}

func (p *PackageFacts) String() string {
	var parts []string
	for _, s := range p.Stores {
		parts = append(parts, s.Loc+s.Path+"="+s.Cat)
	}
	return strings.Join(parts, " ")
}
