// Package finding is the model of a policylint finding shared by the rule
// analyzers (which produce findings), and the driver and its output formats
// (which print them). It depends on nothing else in policylint.
package finding

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"go/token"
	"slices"
)

// Position is a place in a source file. File is as the driver reports it:
// absolute inside analyzers, relative to the working directory in output.
type Position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// At returns the position of pos in fset.
func At(fset *token.FileSet, pos token.Pos) Position {
	p := fset.Position(pos)
	return Position{File: p.Filename, Line: p.Line, Column: p.Column}
}

// Step is one step of a flow from source to sink.
type Step struct {
	Pos  Position `json:"pos"`
	Note string   `json:"note"`
}

// Finding is one policy violation.
type Finding struct {
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Severity string   `json:"severity"`
	Message  string   `json:"message"`
	Clause   string   `json:"clause"`
	Pos      Position `json:"pos"`
	Flow     []Step   `json:"flow"`

	// Function is the enclosing function ("pkgpath.Func" or
	// "(*pkgpath.T).M"), for baselines and fingerprints; not printed in JSON.
	Function string `json:"-"`
	// Source and Sink name the flow's ends in words, for fingerprints.
	Source string `json:"-"`
	Sink   string `json:"-"`
}

// List is the result a rule analyzer returns for one package.
type List struct {
	Findings []Finding
	// Entries and Calls are what a run that sees every package needs to
	// decide the findings one package cannot: whether an exported
	// function is an entry point depends on who calls it elsewhere.
	Entries []Entry
	Calls   []Call
}

// Entry is a finding in an exported function Func (types.Func.FullName)
// that holds when Func is an entry point: no analysed package calls it.
// Shown says the package reported it itself (go vet shows it; a run that
// sees the callers drops it when Func is called); otherwise it is pending
// and shown only when Func is not called. Fixed says the package saw Func
// used as a value, so its callers are unknown and the finding stands.
type Entry struct {
	Func    string
	Finding Finding
	Shown   bool
	Fixed   bool
}

// Call is a use in this package of a function Func of another package
// that one of its Entries may depend on: a call (Guarded when a check
// guards every path to it), or a use as a function value (Value), whose
// callers are unknown. Finding is what to report at this call when the
// callee's own finding is dropped because it has callers.
type Call struct {
	Func    string
	Guarded bool
	Value   bool
	Finding *Finding
}

// Sort orders findings deterministically: by file, line, column, rule,
// category, message.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Category, b.Category),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// identityVersion names the recipe of Identity; it changes if the recipe
// ever does, so that old and new identities never compare equal.
const identityVersion = "policylint/v1"

// Identity hashes what makes a finding the same finding from one run to
// the next: the rule, the data category, the file (as given: slash-
// separated, relative to a fixed directory), the enclosing function, and
// the flow's source and sink. Line and column are left out on purpose, so
// that code added above a finding does not turn it into a new one; SARIF
// fingerprints and baselines both rest on it. When a finding names neither
// source nor sink, its message stands in for them, so that different
// findings in one function do not collapse into one.
func (f Finding) Identity(file string) string {
	parts := []string{identityVersion, f.Rule, f.Category, file, f.Function, f.Source, f.Sink}
	if f.Source == "" && f.Sink == "" {
		parts = append(parts, f.Message)
	}
	h := sha256.New()
	for _, part := range parts {
		h.Write([]byte(part))
		h.Write([]byte{0}) // a separator no part contains: ("ab","c") != ("a","bc")
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
