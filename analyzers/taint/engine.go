package taint

import (
	"cmp"
	"fmt"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/analyzers/internal/callees"
	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// maxRounds bounds the package-level fixpoint (summaries of functions that
// call each other, fields written in one function and read in another).
const maxRounds = 6

// New returns the engine analyzer. config must be an analyzer whose result
// is the *rules.Policy in force for the package.
func New(config *analysis.Analyzer) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:       "policytaint",
		Doc:        "policytaint: track personal data through SSA (reports nothing)\n\nThe dataflow engine shared by policylint's rules.",
		Requires:   []*analysis.Analyzer{config},
		ResultType: reflect.TypeOf((*Result)(nil)),
		FactTypes:  []analysis.Fact{new(FuncSummary), new(PackageFacts)},
	}
	a.Run = func(pass *analysis.Pass) (any, error) {
		p, ok := pass.ResultOf[config].(*rules.Policy)
		if !ok || p == nil {
			return nil, fmt.Errorf("no policy for %s", pass.Pkg.Path())
		}
		return run(pass, p), nil
	}
	return a
}

// Result is what the engine found in one package.
type Result struct {
	Policy *rules.Policy
	// Hits are the sink calls that data of a concrete category reaches,
	// sorted by position.
	Hits []*Hit
	// Funcs are the package's functions in SSA form (nil for packages the
	// engine does not analyse), sorted by position.
	Funcs []*ssa.Function
	// Calls are the functions of other packages (types.Func.FullName)
	// that the package calls with arguments whose recognised fields the
	// callees left to it, sorted: a hit with Entry in the callee's
	// package is dropped by a run that sees such a call.
	Calls []string
}

// Hit is personal data of one category reaching one sink call.
type Hit struct {
	Kind     SinkKind
	Call     ssa.CallInstruction
	Pos      token.Pos
	Fn       *ssa.Function // the function containing the call
	Sink     string        // the function called: the sink or a wrapper of it ("log.Printf", "audit.Event")
	RealSink string        // the sink at the end of the chain
	Arg      int           // the argument (receiver = 0 for methods) that carries the data
	Cat      string
	Source   string         // the source in words ("r.RemoteAddr")
	Flow     []finding.Step // source, steps, the call, and the chain inside wrappers
	// Egress hits only: the destination host ("" when it cannot be
	// resolved), and the functions of the wrapper chain the request is
	// sent through (types.Func.FullName), not counting Fn.
	Host  string
	Funcs []string
	// Entry, when set, is the exported function (types.Func.FullName)
	// whose parameter's recognised field is the source: the hit holds
	// only when no analysed package calls that function, since a caller
	// reports the flow at its call.
	Entry string
	// Elems are, when Arg is the slice that packs a variadic call's
	// arguments, the indices of its elements that carry Cat (nil when
	// unknown); a fix wraps exactly these.
	Elems []int
}

func run(pass *analysis.Pass, p *rules.Policy) *Result {
	res := &Result{Policy: p}
	if skip(pass) {
		return res
	}
	pkg := buildSSA(pass)
	e := newEngine(pass, catalogFor(p), pkg)
	e.solve()
	e.exportFacts()
	res.Hits = e.sortedHits()
	res.Funcs = e.allFuncs
	for fn := range e.crossCalls {
		res.Calls = append(res.Calls, fn)
	}
	slices.Sort(res.Calls)
	return res
}

// skip reports whether the package is not analysed: the standard library
// and the modelled libraries, whose behaviour the catalogue describes.
func skip(pass *analysis.Pass) bool {
	if modeled(pass.Pkg.Path()) {
		return true
	}
	if len(pass.Files) == 0 {
		return true
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	goroot := filepath.Clean(build.Default.GOROOT)
	return goroot != "" && strings.HasPrefix(filepath.Clean(name), goroot+string(filepath.Separator))
}

// buildSSA builds the SSA form of the package alone; its direct imports
// are created from type information only. Unlike buildssa, which creates
// every transitive import, the indirect ones are left out: source code can
// name package-level functions and variables of direct imports only, and
// the ssa builder creates the methods of any other package on demand.
// Creating the whole import graph cost a main package that imports a few
// hundred packages (and gin's dependencies) a third of a second and 300
// MiB, for each package analysed.
func buildSSA(pass *analysis.Pass) *ssa.Package {
	prog := ssa.NewProgram(pass.Fset, 0)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()
	return pkg
}

// engine holds the state of one package's analysis.
type engine struct {
	pass *analysis.Pass
	cat  *catalog
	pkg  *ssa.Package

	units    []*unit
	allFuncs []*ssa.Function
	unitOf   map[*ssa.Function]*unit

	summaries map[*ssa.Function]*FuncSummary
	stores    map[string]pathSets // package-level locations: "field:...", "var:...", "ctx:..."
	imported  map[string]pathSets // the same, from dependencies' facts
	analyzed  map[*types.Package]bool
	factSums  map[*types.Func]*FuncSummary // dependencies' summaries loaded so far (nil: none)

	hits    map[hitKey]*Hit
	changed bool

	// What solve needs to know which units to analyse again.
	cur         *unit                  // the unit being analysed
	changedLocs map[string]bool        // package-level locations changed this round (storeKey)
	changedFns  map[*ssa.Function]bool // functions whose summary changed this round

	fieldMemo map[*types.Var][]string
	dests     *destIndex // built on first use by destHost
	callees   *callees.Index
	selectors map[token.Pos]string   // built on first use by selectorText
	idents    map[token.Pos]string   // built on first use by exprAt
	called    map[*ssa.Function]bool // built on first use by calledFuncs
	// paramStores are the parameter labels stored in a context under a
	// key or sent on a field's channel ("ctx:KEY"): a function of the
	// package that reads them sends what its caller passed the storing
	// function (a queue's Enqueue drained by a background sender).
	paramStores map[string]pathSets
	// resummarize are units whose summaries another unit added to.
	resummarize map[*unit]bool
	// crossCalls are the functions of other packages called with a
	// summary that reads an argument at a field path (see Result.Calls).
	crossCalls map[string]bool
}

type hitKey struct {
	call ssa.CallInstruction
	cat  string
	kind SinkKind
}

func newEngine(pass *analysis.Pass, cat *catalog, pkg *ssa.Package) *engine {
	e := &engine{
		pass:        pass,
		cat:         cat,
		pkg:         pkg,
		unitOf:      map[*ssa.Function]*unit{},
		summaries:   map[*ssa.Function]*FuncSummary{},
		stores:      map[string]pathSets{},
		imported:    map[string]pathSets{},
		analyzed:    map[*types.Package]bool{},
		factSums:    map[*types.Func]*FuncSummary{},
		hits:        map[hitKey]*Hit{},
		fieldMemo:   map[*types.Var]([]string){},
		callees:     callees.New(pass.Pkg),
		crossCalls:  map[string]bool{},
		paramStores: map[string]pathSets{},
		resummarize: map[*unit]bool{},
		changedLocs: map[string]bool{},
	}
	e.importPackageFacts()
	for _, fn := range packageFuncs(pkg) {
		u := &unit{e: e, top: fn}
		u.init()
		e.units = append(e.units, u)
		e.allFuncs = append(e.allFuncs, u.fns...)
	}
	return e
}

// packageFuncs returns the package's source-level functions and methods
// (not their anonymous functions), sorted by position.
func packageFuncs(pkg *ssa.Package) []*ssa.Function {
	seen := map[*ssa.Function]bool{}
	var out []*ssa.Function
	add := func(fn *ssa.Function) {
		if fn == nil || seen[fn] || fn.Synthetic != "" || fn.Blocks == nil || fn.Pkg != pkg {
			return
		}
		seen[fn] = true
		out = append(out, fn)
	}
	for _, m := range pkg.Members {
		switch m := m.(type) {
		case *ssa.Function:
			add(m)
		case *ssa.Type:
			if n, ok := types.Unalias(m.Type()).(*types.Named); ok && n.TypeParams().Len() > 0 {
				// The method sets of a generic type hold no functions:
				// its methods are generic functions of their own.
				for i := range n.NumMethods() {
					add(pkg.Prog.FuncValue(n.Method(i)))
				}
				continue
			}
			for _, t := range []types.Type{m.Type(), types.NewPointer(m.Type())} {
				mset := pkg.Prog.MethodSets.MethodSet(t)
				for i := 0; i < mset.Len(); i++ {
					add(pkg.Prog.MethodValue(mset.At(i)))
				}
			}
		}
	}
	// Package initializers init#1, init#2... are called from init.
	if init := pkg.Func("init"); init != nil {
		for _, b := range init.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(*ssa.Call); ok {
					if fn := c.Call.StaticCallee(); fn != nil && fn.Pkg == pkg {
						add(fn)
					}
				}
			}
		}
	}
	fset := pkg.Prog.Fset
	slices.SortFunc(out, func(a, b *ssa.Function) int {
		if a.Pos() != b.Pos() {
			if c := comparePositions(finding.At(fset, a.Pos()), finding.At(fset, b.Pos())); c != 0 {
				return c
			}
		}
		return strings.Compare(a.String(), b.String())
	})
	return out
}

// comparePositions orders positions by file, line and column.
func comparePositions(a, b finding.Position) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

// solve iterates the units until summaries and package locations settle.
// After the first round a unit is analysed again only when something it
// read may have changed: the summary of a function of the package it
// called, or a package-level location it read, or when its own analysis
// stopped at maxPasses before it settled. Its state
// persists between rounds, so re-running a unit whose inputs did not
// change would only confirm it; skipping it saved a third of the engine's
// time on large dependencies.
func (e *engine) solve() {
	dirty := make(map[*unit]bool, len(e.units))
	for _, u := range e.units {
		dirty[u] = true
	}
	for round := 0; round < maxRounds; round++ {
		e.changed = false
		e.changedLocs = map[string]bool{}
		e.changedFns = map[*ssa.Function]bool{}
		for _, u := range e.units {
			if dirty[u] && !u.opaque {
				e.cur = u
				u.reads, u.readLocs = map[*ssa.Function]bool{}, map[string]bool{}
				u.analyze()
				e.cur = nil
			}
		}
		for _, u := range e.units {
			if dirty[u] || e.resummarize[u] {
				u.summarize()
			}
		}
		clear(e.resummarize)
		if !e.changed {
			break
		}
		for _, u := range e.units {
			dirty[u] = u.unsettled
			for loc := range u.readLocs {
				if dirty[u] {
					break
				}
				dirty[u] = e.changedLocs[loc]
			}
			for fn := range u.reads {
				if dirty[u] {
					break
				}
				dirty[u] = e.changedFns[fn]
			}
		}
	}
}

// importPackageFacts loads the locations dependencies have seen holding
// personal data, and which packages were analysed at all.
func (e *engine) importPackageFacts() {
	for _, pf := range e.pass.AllPackageFacts() {
		facts, ok := pf.Fact.(*PackageFacts)
		if !ok {
			continue
		}
		e.analyzed[pf.Package] = true
		for _, st := range facts.Stores {
			ps := e.imported[st.Loc]
			if ps == nil {
				ps = pathSets{}
				e.imported[st.Loc] = ps
			}
			ps.get(st.Path).add(&label{cat: st.Cat, desc: st.Desc, steps: st.Steps})
		}
	}
	e.analyzed[e.pass.Pkg] = true
}

func (e *engine) exportFacts() {
	pf := &PackageFacts{}
	locs := make([]string, 0, len(e.stores))
	for loc := range e.stores {
		locs = append(locs, loc)
	}
	slices.Sort(locs)
	for _, loc := range locs {
		ps := e.stores[loc]
		for _, path := range ps.paths() {
			for _, l := range ps[path].sorted() {
				if l.concrete() {
					pf.Stores = append(pf.Stores, Stored{Loc: loc, Path: path, Cat: l.cat, Desc: l.desc, Steps: l.steps})
				}
			}
		}
	}
	e.pass.ExportPackageFact(pf)
	for _, u := range e.units {
		fn := u.top
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != e.pass.Pkg {
			continue
		}
		if s := e.summaries[fn]; s != nil && !s.empty() {
			e.pass.ExportObjectFact(obj, s)
		}
	}
}

// store adds labels to a package-level location at a field path below it.
func (e *engine) store(loc, path string, t *set) {
	var concrete set
	for _, l := range t.labels() {
		if l.concrete() && !typeWide(loc, l) {
			concrete.add(l)
		}
	}
	if concrete.len() == 0 {
		return
	}
	ps := e.stores[loc]
	if ps == nil {
		ps = pathSets{}
		e.stores[loc] = ps
	}
	if ps.get(truncPath(path)).addAll(&concrete) {
		e.changed = true
		e.changedLocs[loc] = true
	}
}

// storeParam records a parameter label stored in a package-level
// location of this package, at a field path below it (paramStores).
func (e *engine) storeParam(loc, path string, l *label) {
	ps := e.paramStores[loc]
	if ps == nil {
		ps = pathSets{}
		e.paramStores[loc] = ps
	}
	if ps.get(truncPath(path)).add(l) {
		e.changed = true
		e.changedLocs[paramStoreKey(loc)] = true
	}
}

// paramStoreKey names the parameter labels stored in loc among the
// locations a unit read and a round changed (stores and paramStores share
// location names).
func paramStoreKey(loc string) string { return "param " + loc }

// paramStored returns the parameter labels stored in a location: those of
// the whole value, and those below it by relative path.
func (e *engine) paramStored(loc string) (own *set, below map[string]*set) {
	if e.cur != nil {
		e.cur.readLocs[paramStoreKey(loc)] = true
	}
	own = &set{}
	for p, t := range e.paramStores[loc] {
		if p == "" {
			own.addAll(t)
			continue
		}
		if below == nil {
			below = map[string]*set{}
		}
		below[p] = t
	}
	return own, below
}

// stored returns what is known of a package-level location read at a
// field path: the labels of the value there (stored there or in an
// enclosing part), and those of the fields below it, by their path
// relative to it.
func (e *engine) stored(loc, path string) (own *set, below map[string]*set) {
	if e.cur != nil {
		e.cur.readLocs[loc] = true
	}
	own = &set{}
	for _, ps := range []pathSets{e.stores[loc], e.imported[loc]} {
		for p, t := range ps {
			switch {
			case !overlaps(p, path):
			case len(p) <= len(path):
				own.addAll(t)
			default:
				if below == nil {
					below = map[string]*set{}
				}
				ext := p[len(path):]
				if below[ext] == nil {
					below[ext] = &set{}
				}
				below[ext].addAll(t)
			}
		}
	}
	return own, below
}

// pathSets are the labels of one location by field path.
type pathSets map[string]*set

func (ps pathSets) get(path string) *set {
	s := ps[path]
	if s == nil {
		s = &set{}
		ps[path] = s
	}
	return s
}

func (ps pathSets) paths() []string {
	out := make([]string, 0, len(ps))
	for p := range ps {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// summaryOf returns the summary of a called function, and whether the
// function's behaviour is known (analysed here or in a dependency); an
// unknown function gets the default, conservative treatment.
func (e *engine) summaryOf(callee *ssa.Function, obj *types.Func) (*FuncSummary, bool) {
	if callee != nil && callee.Synthetic == "" && callee.Pkg == e.pkg {
		if o := callee.Origin(); o != nil {
			callee = o
		}
		e.read(callee)
		return knownSummary(e.summaries[callee])
	}
	if obj == nil || obj.Pkg() == nil {
		return nil, false
	}
	obj = obj.Origin()
	if obj.Pkg() == e.pass.Pkg {
		fn := e.pkg.Prog.FuncValue(obj)
		if fn == nil {
			return nil, false
		}
		e.read(fn)
		return knownSummary(e.summaries[fn])
	}
	// A summary is the proof that the callee's package was analysed. Its
	// package fact says so too, but package facts only come from direct
	// imports: a method of a type from an indirect import (a calls
	// b.Get().Addr(), Addr declared in c) has its summary re-exported by
	// b, not c's package fact.
	s, seen := e.factSums[obj]
	if !seen {
		s = new(FuncSummary)
		switch {
		case !e.pass.ImportObjectFact(obj, s):
			s = nil
		case s.load() != nil:
			s = &FuncSummary{Opaque: true} // unreadable: as code not analysed
		}
		e.factSums[obj] = s
	}
	if s != nil {
		return knownSummary(s)
	}
	if !e.analyzed[obj.Pkg()] {
		return nil, false
	}
	return nil, true
}

// read notes that the unit being analysed depends on fn's summary.
func (e *engine) read(fn *ssa.Function) {
	if e.cur != nil {
		e.cur.reads[fn] = true
	}
}

func (e *engine) recordHit(h *Hit, l *label) {
	k := hitKey{h.Call, l.cat, h.Kind}
	old := e.hits[k]
	if old != nil && !betterFlow(h.Flow, old.Flow) {
		return
	}
	e.hits[k] = h
}

func betterFlow(a, b []finding.Step) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	for i := range a {
		if c := compareStep(a[i], b[i]); c != 0 {
			return c < 0
		}
	}
	return false
}

func (e *engine) sortedHits() []*Hit {
	out := make([]*Hit, 0, len(e.hits))
	for _, h := range e.hits {
		out = append(out, h)
	}
	out = dropStoredEchoes(out)
	out = e.dropCoveredHits(out)
	// By file position, not token.Pos: the loader parses a package's
	// files concurrently, so their bases in the file set vary from run to
	// run.
	slices.SortFunc(out, func(a, b *Hit) int {
		if a.Pos != b.Pos {
			if c := comparePositions(e.position(a.Pos), e.position(b.Pos)); c != 0 {
				return c
			}
		}
		if a.Cat != b.Cat {
			return strings.Compare(a.Cat, b.Cat)
		}
		return strings.Compare(string(a.Kind), string(b.Kind))
	})
	return out
}

// dropStoredEchoes drops the hits that only repeat another one: data
// passed to a wrapper in a struct field reaches the wrapper's sink through
// its parameter (a hit at the call of the wrapper) and again through the
// package-level location of the field it was stored in (a hit at the sink
// inside the wrapper). One flow, one finding: the outer hit stays.
func dropStoredEchoes(hits []*Hit) []*Hit {
	type key struct {
		src, sink finding.Position
		cat       string
		kind      SinkKind
	}
	keyOf := func(h *Hit) (key, bool) {
		if len(h.Flow) < 2 {
			return key{}, false
		}
		return key{h.Flow[0].Pos, h.Flow[len(h.Flow)-1].Pos, h.Cat, h.Kind}, true
	}
	direct := map[key]bool{}
	for _, h := range hits {
		if k, ok := keyOf(h); ok && !fromStore(h.Flow) {
			direct[k] = true
		}
	}
	return slices.DeleteFunc(hits, func(h *Hit) bool {
		k, ok := keyOf(h)
		return ok && fromStore(h.Flow) && direct[k]
	})
}

// dropCoveredHits drops a hit at a call that another hit of the same
// category and kind passes through on its way to the sink: the outer one
// reports the same data at the call of the function the inner one is in
// (a method that sends a field of its receiver, reported both there by
// the field's name and at the caller, whose data it is). One flow, one
// finding: the outermost stays.
func (e *engine) dropCoveredHits(hits []*Hit) []*Hit {
	type key struct {
		pos  finding.Position
		cat  string
		kind SinkKind
	}
	covered := map[key]bool{}
	for _, h := range hits {
		own := e.position(h.Pos)
		for _, st := range h.Flow {
			if st.Pos != own && (strings.HasPrefix(st.Note, "passed to ") || strings.HasPrefix(st.Note, "reaches ")) {
				covered[key{st.Pos, h.Cat, h.Kind}] = true
			}
		}
	}
	if len(covered) == 0 {
		return hits
	}
	return slices.DeleteFunc(hits, func(h *Hit) bool {
		return covered[key{e.position(h.Pos), h.Cat, h.Kind}]
	})
}

// fromStore reports whether a flow went through a package-level location.
func fromStore(flow []finding.Step) bool {
	for _, st := range flow {
		if strings.HasPrefix(st.Note, storedNote) {
			return true
		}
	}
	return false
}

func (e *engine) position(pos token.Pos) finding.Position {
	return finding.At(e.pass.Fset, pos)
}

func (e *engine) step(pos token.Pos, note string) finding.Step {
	return finding.Step{Pos: e.position(pos), Note: note}
}

// Analyzer is the engine with the policy of the policyconfig analyzer: the
// -policy flag, $POLICYLINT_POLICY, discovery, or the embedded default.
var Analyzer = New(policyconfig.Analyzer)
