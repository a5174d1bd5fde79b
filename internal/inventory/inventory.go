// Package inventory is the data map of `policylint inventory`: every flow
// of personal data the engine found, allowed or not, grouped by
// destination, checked against the manifest for drift, and printed as
// markdown, JSON, a self-contained HTML page with an SVG picture, or a
// Fides system fragment.
//
// It sits beside internal/output at the end of the flow manifest -> engine
// -> rules -> driver -> output: the vet tool turns the engine's hits into
// [Flow] records (cmd/policylint/inventory_vet.go), the driver collects
// them from every package and calls [Build]; nothing here analyses code.
package inventory

import (
	"cmp"
	"path/filepath"
	"slices"
	"strings"

	"github.com/policylint/policylint/internal/finding"
)

// Kinds of destination, in the order the data map lists them.
const (
	KindLog     = "log"
	KindMail    = "mail"
	KindHost    = "host"
	KindStorage = "storage"
	KindCookie  = "cookie"
)

// Kinds lists the destination kinds in order.
var Kinds = []string{KindLog, KindMail, KindHost, KindStorage, KindCookie}

// Statuses of a flow against the manifest.
const (
	// Allowed: the manifest lets the flow happen (an allow entry, a
	// consent check, a category the log rule does not deny, a declared
	// category stored).
	Allowed = "allowed"
	// Denied: a rule of the manifest forbids it; a normal run reports it.
	Denied = "denied"
	// Undeclared: the manifest says nothing about it.
	Undeclared = "undeclared"
)

// Flow is one sink call that data of one category reaches: what the vet
// tool reports for each of the engine's hits, in the form the driver
// reads back. Positions are absolute until Build makes them relative.
type Flow struct {
	Category    string `json:"category"`
	Kind        string `json:"kind"`
	Destination string `json:"destination"`
	// Operation is the SQL verb or the store method, for storage.
	Operation string `json:"operation,omitempty"`
	Status    string `json:"status"`
	// Reason says why the status: the allow entry's purpose, the consent
	// state of a send, "not declared".
	Reason   string           `json:"reason,omitempty"`
	Allow    *Allow           `json:"allow,omitempty"`
	Function string           `json:"function"`
	Package  string           `json:"package"`
	Sink     string           `json:"sink"`
	Source   string           `json:"source,omitempty"`
	Pos      finding.Position `json:"pos"`
	Steps    []finding.Step   `json:"flow"`
}

// Allow is the allow entry of the manifest that lets a host receive the
// data.
type Allow struct {
	Host    string `json:"host,omitempty"`
	Func    string `json:"func,omitempty"`
	Purpose string `json:"purpose,omitempty"`
}

// Entry is the flows of one category to one destination from one
// function, with the same status.
type Entry struct {
	Category    string `json:"category"`
	Kind        string `json:"kind"`
	Destination string `json:"destination"`
	Operation   string `json:"operation,omitempty"`
	Status      string `json:"status"`
	Reason      string `json:"reason,omitempty"`
	Allow       *Allow `json:"allow,omitempty"`
	Function    string `json:"function"`
	Package     string `json:"package"`
	// Flows is the number of flows: distinct sink calls.
	Flows int `json:"flows"`
	// Flow is the representative flow, source first: the shortest, then
	// the earliest.
	Flow []finding.Step `json:"flow"`
	// Sites are the sink calls, sorted by position.
	Sites []Site `json:"sites"`
}

// Site is one sink call of an entry.
type Site struct {
	Pos    finding.Position `json:"pos"`
	Sink   string           `json:"sink"`
	Source string           `json:"source,omitempty"`
}

// Category is a data category of the policy.
type Category struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Declared is true when the manifest has a [data."NAME"] table.
	Declared bool `json:"declared"`
}

// Drift is a mismatch between the code and the manifest.
type Drift struct {
	// Kind is DriftUnusedAllow, DriftUndeclaredRecipient or
	// DriftUndeclaredStorage.
	Kind     string            `json:"kind"`
	Message  string            `json:"message"`
	Pos      *finding.Position `json:"pos,omitempty"`
	Category string            `json:"category,omitempty"`
	// Destination is the host or the store concerned.
	Destination string `json:"destination,omitempty"`
}

// Inventory is the data map of one run.
type Inventory struct {
	Version int `json:"version"`
	// Module is the analysed module's path, when known.
	Module string `json:"module,omitempty"`
	// Policy is the manifest path, relative to the working directory, or
	// "default".
	Policy     string     `json:"policy"`
	Categories []Category `json:"categories"`
	Entries    []Entry    `json:"entries"`
	Drift      []Drift    `json:"drift"`
	// Errors are problems of the run, "file:line:col: message".
	Errors []string `json:"errors"`
}

// Options says how to build an inventory.
type Options struct {
	Module string
	Policy string // as Inventory.Policy
	// BaseDir is the working directory: paths below it become relative.
	BaseDir string
	// ModCache is GOMODCACHE: paths below it become module@version/path.
	ModCache string
	// Tests keeps flows whose sink call is in a _test.go file.
	Tests bool
}

// Build aggregates flows (of every package, possibly twice for a package
// and its test variant) into entries. Categories and drift are the
// caller's (see CheckDrift).
func Build(flows []Flow, o Options) *Inventory {
	inv := &Inventory{Version: 1, Module: o.Module, Policy: cmp.Or(o.Policy, "default")}
	type siteKey struct {
		pos                   finding.Position
		cat, kind, dest, oper string
	}
	// Paths first: a package and its test variant report the same flow
	// with the same positions.
	kept := make([]Flow, 0, len(flows))
	for _, f := range flows {
		f.Pos.File = o.path(f.Pos.File)
		if !o.Tests && strings.HasSuffix(f.Pos.File, "_test.go") {
			continue
		}
		steps := make([]finding.Step, len(f.Steps))
		for i, s := range f.Steps {
			s.Pos.File = o.path(s.Pos.File)
			steps[i] = s
		}
		f.Steps = steps
		kept = append(kept, f)
	}
	// A flow through a wrapper goes on to the wrapper's own sink call;
	// when the engine also saw the data as personal inside the wrapper
	// (a field such as Email of the struct it was given), that hit is the
	// same flow, seen from inside: the caller's, which knows where the
	// data came from, stands for both.
	type innerKey struct {
		pos       finding.Position
		cat, kind string
	}
	inner := map[innerKey]bool{}
	for _, f := range kept {
		for _, s := range f.Steps {
			if s.Pos != f.Pos {
				inner[innerKey{s.Pos, f.Category, f.Kind}] = true
			}
		}
	}
	seen := map[siteKey]bool{}
	byKey := map[string]*Entry{}
	for _, f := range kept {
		if inner[innerKey{f.Pos, f.Category, f.Kind}] {
			continue
		}
		sk := siteKey{f.Pos, f.Category, f.Kind, f.Destination, f.Operation}
		if seen[sk] {
			continue
		}
		seen[sk] = true
		steps := f.Steps
		f.Package = strings.TrimSuffix(f.Package, "_test")
		k := strings.Join([]string{f.Kind, f.Destination, f.Category, f.Function, f.Operation, f.Status, f.Reason}, "\x00")
		e := byKey[k]
		if e == nil {
			e = &Entry{
				Category: f.Category, Kind: f.Kind, Destination: f.Destination, Operation: f.Operation,
				Status: f.Status, Reason: f.Reason, Allow: f.Allow, Function: f.Function, Package: f.Package,
				Flow: steps,
			}
			byKey[k] = e
		} else if betterFlow(steps, e.Flow) {
			e.Flow = steps
		}
		e.Sites = append(e.Sites, Site{Pos: f.Pos, Sink: f.Sink, Source: f.Source})
	}
	for _, e := range byKey {
		slices.SortFunc(e.Sites, func(a, b Site) int {
			return cmp.Or(comparePos(a.Pos, b.Pos), cmp.Compare(a.Sink, b.Sink), cmp.Compare(a.Source, b.Source))
		})
		e.Sites = slices.CompactFunc(e.Sites, func(a, b Site) bool { return a.Pos == b.Pos && a.Sink == b.Sink })
		e.Flows = len(e.Sites)
		inv.Entries = append(inv.Entries, *e)
	}
	SortEntries(inv.Entries)
	inv.Drift = []Drift{}
	inv.Errors = []string{}
	return inv
}

// SortEntries orders entries by kind (in Kinds order), destination,
// category, function, operation, status and reason.
func SortEntries(es []Entry) {
	slices.SortFunc(es, func(a, b Entry) int {
		return cmp.Or(
			cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)),
			cmp.Compare(a.Destination, b.Destination),
			cmp.Compare(a.Category, b.Category),
			cmp.Compare(a.Function, b.Function),
			cmp.Compare(a.Operation, b.Operation),
			cmp.Compare(a.Status, b.Status),
			cmp.Compare(a.Reason, b.Reason),
		)
	})
}

func kindRank(k string) int {
	if i := slices.Index(Kinds, k); i >= 0 {
		return i
	}
	return len(Kinds)
}

func comparePos(a, b finding.Position) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

// betterFlow prefers the shorter flow, then the one whose steps come
// first.
func betterFlow(a, b []finding.Step) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	for i := range a {
		if c := cmp.Or(comparePos(a[i].Pos, b[i].Pos), cmp.Compare(a[i].Note, b[i].Note)); c != 0 {
			return c < 0
		}
	}
	return false
}

// path shows a file relative to the working directory, or as
// module@version/path inside the module cache, with forward slashes.
func (o Options) path(file string) string {
	if file == "" || !filepath.IsAbs(file) {
		return filepath.ToSlash(file)
	}
	for _, base := range []string{o.BaseDir, o.ModCache} {
		if base == "" {
			continue
		}
		if rel, err := filepath.Rel(base, file); err == nil && filepath.IsLocal(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

// Destinations returns the distinct (kind, destination) pairs of the
// entries, in entry order.
func (inv *Inventory) Destinations() []Dest {
	var out []Dest
	seen := map[Dest]bool{}
	for _, e := range inv.Entries {
		d := Dest{e.Kind, e.Destination}
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// Dest is a destination: its kind and name.
type Dest struct {
	Kind, Name string
}

// Label is how the data map names a destination: "log: slog",
// "host: api.segment.io".
func (d Dest) Label() string {
	return d.Kind + ": " + d.Name
}

// UsedCategories returns the categories some entry carries, sorted.
func (inv *Inventory) UsedCategories() []string {
	var out []string
	for _, e := range inv.Entries {
		if !slices.Contains(out, e.Category) {
			out = append(out, e.Category)
		}
	}
	slices.Sort(out)
	return out
}
