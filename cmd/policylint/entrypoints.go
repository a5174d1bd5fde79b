package main

import (
	"slices"

	"github.com/policylint/policylint/internal/finding"
)

// Entry points across packages. Under go vet each package is analysed
// alone, so a rule cannot tell whether an exported function is called by
// another package. It records what depends on that in its stream record:
// the findings that hold when a function has no caller (finding.Entry),
// and the calls it makes of other packages' functions (finding.Call).
// The standalone command sees every package of the run and joins them:
//
//   - an exported function that no analysed package calls (or that one
//     uses as a function value, whose callers are unknown) is an entry
//     point: its pending findings are reported, at the send;
//   - one that is called has its callers decide: a finding it reported
//     itself (go vet shows it) is dropped, and the findings recorded at
//     its unguarded calls are reported instead. A call that a check
//     guards is clean.

// wireEntry and wireCall are finding.Entry and finding.Call with every
// field of their findings serialised.
type wireEntry struct {
	Func    string      `json:"func"`
	Finding wireFinding `json:"finding"`
	Shown   bool        `json:"shown,omitempty"`
	Fixed   bool        `json:"fixed,omitempty"`
}

type wireCall struct {
	Func    string       `json:"func"`
	Guarded bool         `json:"guarded,omitempty"`
	Value   bool         `json:"value,omitempty"`
	Finding *wireFinding `json:"finding,omitempty"`
}

// entriesToWire converts what a rule recorded for the driver.
func entriesToWire(list *finding.List) ([]wireEntry, []wireCall) {
	var es []wireEntry
	for _, e := range list.Entries {
		es = append(es, wireEntry{Func: e.Func, Finding: toWire(e.Finding), Shown: e.Shown, Fixed: e.Fixed})
	}
	var cs []wireCall
	for _, c := range list.Calls {
		w := wireCall{Func: c.Func, Guarded: c.Guarded, Value: c.Value}
		if c.Finding != nil {
			f := toWire(*c.Finding)
			w.Finding = &f
		}
		cs = append(cs, w)
	}
	return es, cs
}

// entryJoin collects the entries and calls of every record of a run.
type entryJoin struct {
	entries map[string][]finding.Entry
	calls   map[string][]finding.Call
	seen    map[entryKey]bool
}

type entryKey struct {
	fn    string
	call  bool
	flags [3]bool
	key   findingKey
}

// add records the entries and calls of one stream record; the package
// and its test variant record the same ones.
func (j *entryJoin) add(rec streamRecord) {
	if j.entries == nil {
		j.entries = map[string][]finding.Entry{}
		j.calls = map[string][]finding.Call{}
		j.seen = map[entryKey]bool{}
	}
	for _, w := range rec.Entries {
		e := finding.Entry{Func: w.Func, Finding: w.Finding.finding(), Shown: w.Shown, Fixed: w.Fixed}
		k := entryKey{fn: e.Func, flags: [3]bool{e.Shown, e.Fixed}, key: keyOf(e.Finding)}
		if !j.seen[k] {
			j.seen[k] = true
			j.entries[e.Func] = append(j.entries[e.Func], e)
		}
	}
	for _, w := range rec.Calls {
		c := finding.Call{Func: w.Func, Guarded: w.Guarded, Value: w.Value}
		k := entryKey{fn: c.Func, call: true, flags: [3]bool{c.Guarded, c.Value, w.Finding != nil}}
		if w.Finding != nil {
			f := w.Finding.finding()
			c.Finding = &f
			k.key = keyOf(f)
		}
		if !j.seen[k] {
			j.seen[k] = true
			j.calls[c.Func] = append(j.calls[c.Func], c)
		}
	}
}

// apply returns the findings of the run once the entries are decided:
// without the shown findings of functions that turn out to be called,
// with the pending ones of functions that are entry points and the
// findings at the unguarded calls of the others. seen holds the keys of
// the findings already there.
func (j *entryJoin) apply(findings []finding.Finding, seen map[findingKey]bool) []finding.Finding {
	if j.entries == nil {
		return findings
	}
	drop := map[findingKey]bool{}
	var add []finding.Finding
	funcs := make([]string, 0, len(j.entries)+len(j.calls))
	for fn := range j.entries {
		funcs = append(funcs, fn)
	}
	for fn := range j.calls {
		if _, ok := j.entries[fn]; !ok {
			funcs = append(funcs, fn)
		}
	}
	slices.Sort(funcs)
	for _, fn := range funcs {
		entries, calls := j.entries[fn], j.calls[fn]
		if entryPoint(entries, calls) {
			for _, e := range entries {
				if !e.Shown {
					add = append(add, e.Finding)
				}
			}
			continue
		}
		// Called: the callers decide. (A function with calls and no
		// entries is one whose package is not in the run: the call is
		// where its finding goes.)
		for _, e := range entries {
			if e.Shown {
				drop[keyOf(e.Finding)] = true
			}
		}
		for _, c := range calls {
			if c.Finding != nil && !c.Guarded {
				add = append(add, *c.Finding)
			}
		}
	}
	out := findings[:0]
	for _, f := range findings {
		if !drop[keyOf(f)] {
			out = append(out, f)
		}
	}
	for _, f := range add {
		if k := keyOf(f); !seen[k] && !drop[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// entryPoint reports whether a function with these entries and calls is
// an entry point of the run: nothing analysed calls it, or something uses
// it as a value, or its own package saw it used so.
func entryPoint(entries []finding.Entry, calls []finding.Call) bool {
	if len(entries) == 0 {
		return false
	}
	for _, e := range entries {
		if e.Fixed {
			return true
		}
	}
	for _, c := range calls {
		if c.Value {
			return true
		}
	}
	return len(calls) == 0
}
