package taint

import (
	"cmp"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/internal/finding"
)

// maxPathDepth bounds field paths (".a.b[].c") to keep the abstract
// memory finite on recursive types.
const maxPathDepth = 4

// maxSteps bounds the steps a label remembers.
const maxSteps = 8

// A label is one reason a value is personal data: either a concrete data
// category with its origin, or "whatever the caller passes as parameter
// Param of Fn, at field path Path, less the categories in Removed".
type label struct {
	// Concrete labels.
	cat   string
	desc  string         // the source in words, "r.RemoteAddr"
	steps []finding.Step // origin first
	// entry names the exported function (types.Func.FullName) whose
	// parameter's recognised field the label comes from, when nothing in
	// its package calls it: a finding holds only if no other package
	// does either (see pathsrc.go).
	entry string

	// Parameter labels.
	fn      *ssa.Function
	param   int
	path    string
	removed string // sorted, comma-separated categories sanitized away
	// shallow says the label stands for the value at path alone, not for
	// the fields below it: the parameter was passed to a function whose
	// code is not analysed, which is assumed not to reach into the fields
	// of a struct it is given (r.PathValue reads the path, not
	// r.RemoteAddr).
	shallow bool
}

func (l *label) concrete() bool { return l.fn == nil }

type labelKey struct {
	cat     string
	fn      *ssa.Function
	param   int
	path    string
	removed string
	shallow bool
}

func (l *label) key() labelKey {
	if l.concrete() {
		return labelKey{cat: l.cat}
	}
	return labelKey{fn: l.fn, param: l.param, path: l.path, removed: l.removed, shallow: l.shallow}
}

// better reports whether a should be kept over b for the same key: fewer
// steps first, then the earliest origin, then the description. It is a
// total order on what a label holds, so a set's content does not depend
// on the order labels were added in, and sets can be merged without
// sorting.
func better(a, b *label) bool {
	if len(a.steps) != len(b.steps) {
		return len(a.steps) < len(b.steps)
	}
	for i := range a.steps {
		if c := compareStep(a.steps[i], b.steps[i]); c != 0 {
			return c < 0
		}
	}
	return a.desc < b.desc
}

func compareStep(a, b finding.Step) int {
	return cmp.Or(
		cmp.Compare(a.Pos.File, b.Pos.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Column, b.Pos.Column),
		cmp.Compare(a.Note, b.Note),
	)
}

// A set is a small set of labels, one per key. The zero value is empty.
//
// Most sets hold a few labels: they are a slice searched in order, and an
// index by key is built only past smallSet labels. A map per set, grown
// label by label, was a third of the vet tool's allocations on the bench's
// real-shaped modules (bench/README.md).
type set struct {
	ls  []*label
	idx map[labelKey]int // position in ls by key, when len(ls) > smallSet
	// shared says ls and idx may be shared with other sets (see addAll):
	// they are copied before a write. Every write goes through add.
	shared bool
}

// smallSet is the largest set searched without an index.
const smallSet = 8

func (s *set) len() int {
	if s == nil {
		return 0
	}
	return len(s.ls)
}

// find returns the position of the label with key k, or -1.
func (s *set) find(k labelKey) int {
	if s.idx != nil {
		if i, ok := s.idx[k]; ok {
			return i
		}
		return -1
	}
	for i, l := range s.ls {
		if l.key() == k {
			return i
		}
	}
	return -1
}

// add adds l, keeping the better label for an existing key, and reports
// whether s changed.
func (s *set) add(l *label) bool {
	k := l.key()
	i := s.find(k)
	if i >= 0 && !better(l, s.ls[i]) {
		return false
	}
	if s.shared {
		s.ls, s.shared = slices.Clone(s.ls), false
		if s.idx != nil {
			s.idx = maps.Clone(s.idx)
		}
	}
	if i >= 0 {
		s.ls[i] = l
		return true
	}
	s.ls = append(s.ls, l)
	switch {
	case s.idx != nil:
		s.idx[k] = len(s.ls) - 1
	case len(s.ls) > smallSet:
		s.idx = make(map[labelKey]int, 2*len(s.ls))
		for j, x := range s.ls {
			s.idx[x.key()] = j
		}
	}
	return true
}

// addAll adds every label of t to s and reports whether s changed. An
// empty s shares t's labels until one of them is written to: adding the
// labels one by one grew a map step by step, and copying it whole still
// was, for values that are only read afterwards, most of the engine's
// allocations (49 GB on gorm's schema package, bench/README.md).
func (s *set) addAll(t *set) bool {
	if t == nil || len(t.ls) == 0 {
		return false
	}
	if len(s.ls) == 0 {
		s.ls, s.idx, s.shared, t.shared = t.ls, t.idx, true, true
		return true
	}
	changed := false
	for _, l := range t.ls {
		if s.add(l) {
			changed = true
		}
	}
	return changed
}

// labels returns the labels in no particular order, for merging into
// another set (whose content does not depend on the order, see better).
func (s *set) labels() []*label {
	if s == nil {
		return nil
	}
	return s.ls
}

// sorted returns the labels in a deterministic order.
func (s *set) sorted() []*label {
	if s == nil || len(s.ls) == 0 {
		return nil
	}
	out := slices.Clone(s.ls)
	slices.SortFunc(out, compareLabels)
	return out
}

func compareLabels(a, b *label) int {
	if a.concrete() != b.concrete() {
		if a.concrete() {
			return -1
		}
		return 1
	}
	if a.concrete() {
		return cmp.Compare(a.cat, b.cat)
	}
	return cmp.Or(
		compareFuncs(a.fn, b.fn),
		cmp.Compare(a.param, b.param),
		cmp.Compare(a.path, b.path),
		cmp.Compare(a.removed, b.removed),
		cmpBool(a.shallow, b.shallow),
	)
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// compareFuncs orders functions by position, and by name only when two
// differ at the same position (synthetic wrappers, instances): printing a
// function's name formats its whole signature, which made sorting labels
// the engine's top cost.
func compareFuncs(a, b *ssa.Function) int {
	if a == b {
		return 0
	}
	if c := cmp.Compare(a.Pos(), b.Pos()); c != 0 {
		return c
	}
	return cmp.Compare(a.String(), b.String())
}

// withStep returns a copy of a concrete label with one more step.
func (l *label) withStep(st finding.Step) *label {
	if !l.concrete() || len(l.steps) >= maxSteps || st.Pos.Line == 0 {
		return l
	}
	c := *l
	c.steps = append(slices.Clip(l.steps), st)
	return &c
}

// extend returns the parameter label for a deeper field path.
func (l *label) extend(path string) *label {
	if l.concrete() || path == "" {
		return l
	}
	c := *l
	c.path = truncPath(l.path + path)
	return &c
}

// shallowed returns the parameter label for the value at its path alone,
// when the label is that value (its type is the type read, readType): a
// label that only says a value holds data derived from the parameter (a
// reader over its JSON) keeps its meaning.
func (l *label) shallowed(readType types.Type) *label {
	if l.concrete() || l.shallow || readType == nil || l.param >= len(l.fn.Params) {
		return l
	}
	pt, ok := typeAtPath(l.fn.Params[l.param].Type(), l.path)
	if !ok || !types.Identical(deref(pt), deref(readType)) || !mayHaveFields(pt, "") {
		return l
	}
	c := *l
	c.shallow = true
	return &c
}

// minus returns l without the categories in cats (a sanitizer was applied),
// or nil when nothing is left.
func (l *label) minus(cats []string) *label {
	if len(cats) == 0 {
		return l
	}
	if l.concrete() {
		if slices.Contains(cats, l.cat) {
			return nil
		}
		return l
	}
	c := *l
	c.removed = joinCats(l.removed, cats)
	return &c
}

func joinCats(removed string, cats []string) string {
	var all []string
	if removed != "" {
		all = strings.Split(removed, ",")
	}
	all = append(all, cats...)
	slices.Sort(all)
	return strings.Join(slices.Compact(all), ",")
}

func splitCats(removed string) []string {
	if removed == "" {
		return nil
	}
	return strings.Split(removed, ",")
}

// truncPath cuts a field path to maxPathDepth components.
func truncPath(p string) string {
	n := 0
	for i := 0; i < len(p); i++ {
		if p[i] == '.' || p[i] == '[' {
			n++
			if n > maxPathDepth {
				return p[:i]
			}
		}
	}
	return p
}

// shallowExt reports whether a field path below a value stays in the
// value itself: only element paths ("[]", "#1"), no struct field.
func shallowExt(ext string) bool {
	return !strings.Contains(ext, ".")
}

// overlaps reports whether two field paths name overlapping memory: one is
// a prefix (by whole components) of the other.
func overlaps(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(b, a) {
		return false
	}
	return len(a) == len(b) || b[len(a)] == '.' || b[len(a)] == '['
}
