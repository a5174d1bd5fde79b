package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/internal/finding"
)

// callee describes what a call instruction calls.
type callee struct {
	fn   *ssa.Function // static callee, if any
	obj  *types.Func   // the function or (interface) method, if known
	name string        // obj.FullName(), or ""
	args []ssa.Value   // receiver first for methods, as SSA parameters are
}

func resolve(c *ssa.CallCommon) callee {
	var ce callee
	if c.IsInvoke() {
		ce.obj = c.Method
		ce.args = append([]ssa.Value{c.Value}, c.Args...)
	} else {
		ce.args = c.Args
		ce.fn = c.StaticCallee()
		if ce.fn != nil {
			if obj, ok := ce.fn.Object().(*types.Func); ok {
				ce.obj = obj
			}
		}
	}
	if ce.obj != nil {
		ce.name = fullName(ce.obj.Origin())
	}
	return ce
}

func (u *unit) call(instr ssa.CallInstruction) {
	c := instr.Common()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		u.builtin(instr, b, c.Args)
		return
	}
	ce := resolve(c)
	result, _ := instr.(*ssa.Call) // nil for go and defer
	cands, candFns, dynamic := u.e.candidates(c)
	if dynamic && len(cands) == 1 && cands[0] != nil && !c.IsInvoke() {
		// A function value that is only ever one function: call it.
		ce.fn, ce.obj, ce.name = candFns[0], cands[0], fullName(cands[0].Origin())
		dynamic = false
	}

	// Sinks.
	if u.e.cat.logSinks[ce.name] {
		for i, a := range ce.args {
			u.sinkReached(instr, Log, shortName(ce.obj), shortName(ce.obj), nil, i, u.rendered(a, pkgPathOf(ce.obj)), dest{})
		}
	} else {
		u.writerSinks(instr, ce)
	}

	if s, ok := u.e.cat.egressSink(ce.name); ok {
		u.egressCall(instr, ce, s)
	}
	u.storeCall(instr, ce)

	summary, known := u.e.summaryOf(ce.fn, ce.obj)
	if dynamic {
		summary, known = u.e.dynamicSummary(cands, candFns)
	}
	if summary != nil {
		u.e.noteCrossCall(ce, cands, summary)
	}
	if summary != nil {
		for _, k := range summary.Sinks {
			if k.Param >= len(ce.args) {
				continue
			}
			t := minus(u.sinkArg(ce, k, instr.Pos()), splitCats(k.Removed))
			d := dest{host: k.Host}
			if k.Kind == Egress || k.Kind == Storage {
				visible := t
				if !k.Shallow {
					visible = minus(u.visibleAt(ce.args[k.Param], k.Path), splitCats(k.Removed))
				}
				visible.addAll(minus(u.argAt(ce.args[k.Param], k.Path, true, isRecv(ce, k.Param), instr.Pos()), splitCats(k.Removed)))
				t = minus(u.payloadAt(instr, ce.args[k.Param], k.Path, visible), splitCats(k.Removed))
				d = u.calleeDest(instr, ce, k)
			}
			u.sinkReached(instr, k.Kind, shortName(ce.obj), k.Sink, k.Chain, k.Param, t, d)
		}
		u.writerSummarySinks(instr, ce, summary)
		for _, cs := range summary.Ctx {
			if cs.Param < len(ce.args) {
				parts := minusParts(u.decompose(ce.args[cs.Param], cs.Path, cs.Shallow, true), splitCats(cs.Removed))
				u.addPathSources(parts, ce.args[cs.Param], cs.Path, isRecv(ce, cs.Param), instr.Pos(), splitCats(cs.Removed))
				u.ctxStore(cs.Key, parts)
			}
		}
	}

	// Effects on memory and results.
	switch {
	case ce.name == "context.WithValue" && len(ce.args) == 3:
		if key := ctxKey(ce.args[1]); key != "" {
			u.ctxStore(key, u.decompose(ce.args[2], "", false, true))
		}
	case ce.name == "(context.Context).Value" && len(ce.args) == 2 && result != nil:
		if key := ctxKey(ce.args[1]); key != "" {
			own, below := u.e.stored("ctx:"+key, "")
			hop := u.e.step(instr.Pos(), "carried in the context")
			u.setOwn(result, withStep(own, hop))
			pown, pbelow := u.e.paramStored("ctx:" + key)
			u.setOwn(result, pown)
			for ext, t := range pbelow {
				if u.putIn(u.pmem, loc{result, truncPath(ext)}, t) {
					u.changed = true
				}
			}
			for ext, t := range below {
				if u.putIn(u.pmem, loc{result, truncPath(ext)}, withStep(t, hop)) {
					u.changed = true
				}
			}
		}
	case u.e.cat.sanitizers[ce.name] != nil && result != nil:
		t := minus(u.unionArgs(ce.args), u.e.cat.sanitizers[ce.name])
		u.resultsFrom(result, t)
	case ce.name == "net.SplitHostPort" && result != nil && len(ce.args) == 1:
		u.setResult(result, 0, u.value(ce.args[0])) // the host; the port is no personal data
	case summary != nil || known:
		if !known {
			// Some candidates of a dynamic call are unknown.
			u.defaultCall(result, ce)
		}
		if result != nil && summary != nil {
			u.applySummary(result, ce, summary)
		}
		if summary != nil {
			for _, f := range summary.Flows {
				if f.ToParam >= 0 && f.ToParam < len(ce.args) && f.Param < len(ce.args) {
					parts := minusParts(u.decompose(ce.args[f.Param], f.Path, f.Shallow, true), splitCats(f.Removed))
					u.addPathSources(parts, ce.args[f.Param], f.Path, isRecv(ce, f.Param), instr.Pos(), splitCats(f.Removed))
					u.addThroughInterface(parts, ce.args[f.Param], f.Path, f.Shallow, splitCats(f.Removed))
					for ext, t := range parts {
						u.writeLabels(ce.args[f.ToParam], f.ToPath+ext, t)
					}
				}
			}
			for _, r := range summary.Results {
				if r.Param >= 0 && r.Param < len(ce.args) {
					var t set
					t.add((&label{cat: r.Cat, desc: r.Desc, steps: r.Steps}).withStep(u.e.step(instr.Pos(), "stored by "+shortName(ce.obj))))
					u.writeLabels(ce.args[r.Param], r.Path, &t)
				}
			}
		}
	default:
		u.defaultCall(result, ce)
	}

	u.egressEffects(instr, result, ce)

	// Sources.
	u.writerResult(instr, result, ce)
	if result != nil {
		if cats := u.e.cat.funcCats[ce.name]; cats != nil {
			for _, cat := range cats {
				var t set
				t.add(u.source(cat, u.callDesc(ce), instr.Pos()))
				u.resultsFrom(result, &t)
			}
		}
		u.keyedSource(result, ce)
		if headerGetters[ce.name] && len(ce.args) >= 2 {
			if name, ok := constString(ce.args[1]); ok {
				u.headerSource(result, name)
			}
		}
	}
}

// defaultCall models a function whose code is not analysed: data in any
// argument may come out of any result that can carry it (but an error only
// from the known error constructors), and builders absorb their arguments.
//
// A struct is assumed to give the function its elements but not its
// fields: a method of *http.Request reads the path or a form value, not
// RemoteAddr, and a function given a request-scoped struct reads the
// field it needs, not the e-mail stored beside it. Formatters, loggers
// and a value's own String or Error method render the whole value.
func (u *unit) defaultCall(result *ssa.Call, ce callee) {
	if responders[ce.name] {
		return // the response is the server's, not the request's data
	}
	var all *set
	switch {
	case ce.obj != nil && ce.obj.Pkg() != nil && renderers(ce.obj.Pkg().Path()):
		all = &set{}
		for _, a := range ce.args {
			all.addAll(u.rendered(a, ce.obj.Pkg().Path()))
		}
	case ce.obj != nil && ce.obj.Signature().Recv() != nil && slices.Contains(renderMethods, ce.obj.Name()),
		ce.obj != nil && ce.obj.Pkg() != nil && deepReaders(ce.obj.Pkg().Path()):
		all = u.unionArgs(ce.args)
	default:
		all = &set{}
		for _, a := range ce.args {
			all.addAll(u.valueAt(a, "", true))
		}
	}
	if result != nil {
		errOK := errorMakers[ce.name]
		n := 1
		if tup, ok := result.Type().(*types.Tuple); ok {
			n = tup.Len()
		}
		for i := 0; i < n; i++ {
			if !errOK && isError(resultType(result, i)) {
				continue
			}
			u.setResult(result, i, all)
		}
	}
	if len(ce.args) == 0 {
		return
	}
	if ce.obj != nil && ce.obj.Signature().Recv() != nil && absorbingTypes[strings.TrimPrefix(typeName(ce.obj.Signature().Recv().Type()), "*")] && u.absorbsInto(ce) {
		u.memAdd(u.root(fluentRecv(ce.args[0])), u.absorbed(ce))
	}
	if (stdoutWriters[ce.name] || ce.name == "io.WriteString" || ce.name == "encoding/json.NewEncoder") && u.absorbsWrite(ce.args[0]) {
		u.memAdd(u.root(ce.args[0]), u.unionArgs(ce.args[1:]))
	}
}

// resultsFrom gives every result of a call that can carry data the labels t
// (errors excluded).
func (u *unit) resultsFrom(result *ssa.Call, t *set) {
	n := 1
	if tup, ok := result.Type().(*types.Tuple); ok {
		n = tup.Len()
	}
	for i := 0; i < n; i++ {
		if !isError(resultType(result, i)) {
			u.setResult(result, i, t)
		}
	}
}

func (u *unit) applySummary(result *ssa.Call, ce callee, s *FuncSummary) {
	hop := u.e.step(result.Pos(), "returned by "+shortName(ce.obj))
	for _, r := range s.Results {
		if r.Param >= 0 {
			continue
		}
		var t set
		t.add((&label{cat: r.Cat, desc: r.Desc, steps: r.Steps}).withStep(hop))
		if r.Path == "" {
			u.setResult(result, r.Result, &t)
		} else {
			l := resultLoc(result, r.Result)
			u.memAdd(loc{l.obj, truncPath(l.path + r.Path)}, &t)
		}
	}
	for _, f := range s.Flows {
		if f.ToParam >= 0 || f.Param >= len(ce.args) {
			continue
		}
		// The argument's fields go to the result's fields, one by one.
		parts := minusParts(u.decompose(ce.args[f.Param], f.Path, f.Shallow, true), splitCats(f.Removed))
		u.addPathSources(parts, ce.args[f.Param], f.Path, isRecv(ce, f.Param), result.Pos(), splitCats(f.Removed))
		u.addThroughInterface(parts, ce.args[f.Param], f.Path, f.Shallow, splitCats(f.Removed))
		if f.ToPath == "" {
			u.setResultParts(result, f.ToResult, parts)
			continue
		}
		l := resultLoc(result, f.ToResult)
		for ext, t := range parts {
			u.memPut(loc{l.obj, truncPath(l.path + f.ToPath + ext)}, t)
		}
	}
}

func (u *unit) builtin(instr ssa.CallInstruction, b *ssa.Builtin, args []ssa.Value) {
	result, _ := instr.(*ssa.Call)
	switch b.Name() {
	case "append":
		// The result's elements are the slice's and the appended ones,
		// field by field.
		if result != nil {
			for _, a := range args {
				u.setResultParts(result, 0, u.decompose(a, "", false, true))
			}
		}
	case "min", "max":
		if result != nil {
			u.setOwn(result, u.unionArgs(args))
		}
	case "copy":
		if len(args) == 2 {
			u.writeValue(args[0], "", args[1])
		}
	}
}

func (u *unit) unionArgs(args []ssa.Value) *set {
	var t set
	for _, a := range args {
		t.addAll(u.value(a))
	}
	return &t
}

// sinkReached records labels t reaching a sink through argument arg of a
// call: concrete labels are hits, a parameter label makes its function a
// wrapper of the sink.
func (u *unit) sinkReached(instr ssa.CallInstruction, kind SinkKind, called, real string, chain []finding.Step, arg int, t *set, d dest) {
	if t.len() == 0 {
		return
	}
	callStep := u.e.step(instr.Pos(), "reaches "+called)
	if len(chain) > 0 {
		callStep.Note = "passed to " + called
	}
	for _, l := range t.sorted() {
		if l.concrete() && l.cat == logWriterCat {
			continue // where the data goes, not data
		}
		if l.concrete() {
			flow := append(append(append([]finding.Step{}, l.steps...), callStep), chain...)
			u.e.recordHit(&Hit{
				Kind: kind, Call: instr, Pos: instr.Pos(), Fn: instr.Parent(),
				Sink: called, RealSink: real, Arg: arg, Elems: u.varargElems(instr, arg, l.cat), Cat: l.cat, Source: l.desc, Flow: flow,
				Host: d.host, Funcs: d.funcs, Entry: l.entry,
			}, l)
			continue
		}
		if len(chain) >= maxSteps {
			continue
		}
		owner := u.e.ownerOf(u, l.fn)
		m := owner.sinks[l.fn]
		if m == nil {
			m = map[sinkKey]ParamSink{}
			owner.sinks[l.fn] = m
		}
		k := sinkKey{l.param, l.path, l.removed, l.shallow, kind, d.key()}
		newChain := append([]finding.Step{callStep}, chain...)
		if old, ok := m[k]; ok && !betterFlow(newChain, old.Chain) {
			continue
		}
		ps := ParamSink{Param: l.param, Path: l.path, Removed: l.removed, Shallow: l.shallow, Kind: kind, Sink: real, Chain: newChain, Host: d.host}
		if kind == Egress {
			ps.HostFrom = d.refFor(l.fn)
			ps.Funcs = append([]string{topFuncName(l.fn)}, d.funcs...)
		}
		m[k] = ps
		u.changed = true
	}
}

// ownerOf returns the unit that owns fn's summary: the parameter labels
// of a function reach another unit's sinks through what it stores in a
// context or a field's channel, read elsewhere in the package (see
// paramStored). That unit is summarised again.
func (e *engine) ownerOf(u *unit, fn *ssa.Function) *unit {
	owner := e.unitOf[fn]
	if owner == nil || owner == u {
		return u
	}
	e.resummarize[owner] = true
	e.changed = true
	return owner
}

// ctxStore records a value stored in a context under key, by field path.
func (u *unit) ctxStore(key string, parts map[string]*set) {
	for ext, t := range parts {
		u.e.store("ctx:"+key, ext, t)
		for _, l := range t.sorted() {
			if l.concrete() {
				continue
			}
			u.e.storeParam("ctx:"+key, ext, l)
			if ext != "" {
				continue // a parameter's field stored with it goes with the whole
			}
			owner := u.e.ownerOf(u, l.fn)
			m := owner.ctx[l.fn]
			if m == nil {
				m = map[CtxStore]bool{}
				owner.ctx[l.fn] = m
			}
			cs := CtxStore{Param: l.param, Path: l.path, Removed: l.removed, Shallow: l.shallow, Key: key}
			if !m[cs] {
				m[cs] = true
				u.changed = true
			}
		}
	}
}

// ctxKey identifies a context key: a constant of a type, a package
// variable, or the zero value of a type. Keys it cannot identify are not
// tracked.
func ctxKey(v ssa.Value) string {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil {
			return typeName(x.Type()) + "{}"
		}
		return typeName(x.Type()) + "=" + x.Value.ExactString()
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok {
			return "var " + globalName(g)
		}
	case *ssa.Global:
		return "var " + globalName(x)
	case *ssa.Alloc:
		return "new " + typeName(deref(x.Type()))
	}
	return ""
}

// addThroughInterface adds to the whole-value part of an argument what
// its interface's methods return, when the callee got it as an interface
// it only calls methods of (the shallow flow of a With(Contexter)).
func (u *unit) addThroughInterface(parts map[string]*set, v ssa.Value, path string, shallow bool, removed []string) {
	if !shallow || path != "" {
		return
	}
	t := u.throughInterface(v)
	if t.len() == 0 {
		return
	}
	if parts[""] == nil {
		parts[""] = &set{}
	}
	parts[""].addAll(minus(t, removed))
}

// minusParts is minus for each part of a decomposed value.
func minusParts(parts map[string]*set, cats []string) map[string]*set {
	if len(cats) == 0 {
		return parts
	}
	out := make(map[string]*set, len(parts))
	for ext, t := range parts {
		out[ext] = minus(t, cats)
	}
	return out
}

func minus(t *set, cats []string) *set {
	if len(cats) == 0 {
		return t
	}
	var out set
	for _, l := range t.sorted() {
		if m := l.minus(cats); m != nil {
			out.add(m)
		}
	}
	return &out
}

func isError(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

func resultType(call *ssa.Call, i int) types.Type {
	if tup, ok := call.Type().(*types.Tuple); ok {
		if i < tup.Len() {
			return tup.At(i).Type()
		}
		return nil
	}
	return call.Type()
}

func canonicalHeader(name string) string {
	return textproto.CanonicalMIMEHeaderKey(name)
}

// shortName names a function as a reader knows it: "log.Printf",
// "zap.Logger.Info", "audit.Event".
func shortName(obj *types.Func) string {
	if obj == nil {
		return "a function value"
	}
	if v, ok := shortNames.Load(obj); ok {
		return v.(string)
	}
	name := shortNameOf(obj)
	shortNames.Store(obj, name)
	return name
}

func shortNameOf(obj *types.Func) string {
	name := obj.Name()
	if recv := obj.Signature().Recv(); recv != nil {
		t := deref(recv.Type())
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return name
}

// callDesc describes a call as a source: "c.ClientIP()".
func (u *unit) callDesc(ce callee) string {
	if ce.obj == nil {
		return "a call"
	}
	if ce.obj.Signature().Recv() != nil && len(ce.args) > 0 {
		if n := u.describe(ce.args[0]); n != "" {
			return n + "." + ce.obj.Name() + "()"
		}
	}
	return shortName(ce.obj) + "()"
}

// describe names the expression a value comes from, for messages:
// "r.RemoteAddr", "v.IP".
func (u *unit) describe(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op == 0 {
			break
		}
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			if text := u.e.selectorText(fa.Pos()); text != "" {
				return text
			}
			return joinName(valueName(fa.X), fieldName(deref(fa.X.Type()), fa.Field))
		}
	case *ssa.Field:
		if text := u.e.selectorText(x.Pos()); text != "" {
			return text
		}
		return joinName(valueName(x.X), fieldName(x.X.Type(), x.Field))
	}
	return valueName(v)
}

// maxExprText bounds the source text of an expression in a message.
const maxExprText = 48

// selectorText returns the source text of the selector expression whose
// selected name is at pos ("cust.Email", "s.cfg.Admin"), or "". SSA keeps
// no names for locals built from composite literals or call results, so
// the AST names the field read as the code writes it.
func (e *engine) selectorText(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	if e.selectors == nil {
		e.selectors = map[token.Pos]string{}
		for _, f := range e.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if text := types.ExprString(sel); len(text) <= maxExprText {
						e.selectors[sel.Sel.Pos()] = text
					}
				}
				return true
			})
		}
	}
	return e.selectors[pos]
}

func joinName(base, field string) string {
	if base == "" {
		return field
	}
	return base + "." + field
}

// valueName gives a source-level name for a value where SSA kept one.
func valueName(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x.Name()
	case *ssa.FreeVar:
		return x.Name()
	case *ssa.Global:
		return x.Name()
	case *ssa.Alloc:
		switch x.Comment {
		case "complit", "slicelit", "varargs", "new", "makeslice", "rangeindex":
			return "" // what go/ssa calls an allocation of its own, not a variable
		}
		return x.Comment
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			return joinName(valueName(fa.X), fieldName(deref(fa.X.Type()), fa.Field))
		}
		return valueName(x.X)
	case *ssa.FieldAddr:
		return joinName(valueName(x.X), fieldName(deref(x.X.Type()), x.Field))
	case *ssa.Field:
		return joinName(valueName(x.X), fieldName(x.X.Type(), x.Field))
	case *ssa.Call:
		if f := x.Call.StaticCallee(); f != nil && x.Call.Signature().Recv() != nil && len(x.Call.Args) > 0 {
			if n := valueName(x.Call.Args[0]); n != "" {
				return n + "." + f.Name() + "()"
			}
		}
	}
	return ""
}

// summarize computes the summaries of the unit's functions from its state.
func (u *unit) summarize() {
	if u.opaque {
		u.summarizeOpaque()
		return
	}
	for _, fn := range u.fns {
		s := u.summary(fn)
		old := u.e.summaries[fn]
		if debugHook != nil {
			debugHook(fn.String(), s)
		}
		if old == nil || old.String() != s.String() || !sameChains(old, s) {
			u.e.summaries[fn] = s
			u.e.changed = true
			u.e.changedFns[fn] = true
		}
	}
}

func sameChains(a, b *FuncSummary) bool {
	if len(a.Sinks) != len(b.Sinks) {
		return false
	}
	for i := range a.Sinks {
		if !slices.Equal(a.Sinks[i].Chain, b.Sinks[i].Chain) {
			return false
		}
	}
	return true
}

const maxEntries = 32

func (u *unit) summary(fn *ssa.Function) *FuncSummary {
	s := &FuncSummary{}
	// Where parameters go.
	for _, k := range u.sinks[fn] {
		s.Sinks = append(s.Sinks, k)
	}
	slices.SortFunc(s.Sinks, func(a, b ParamSink) int {
		return strings.Compare(sinkSortKey(a), sinkSortKey(b))
	})
	for cs := range u.ctx[fn] {
		s.Ctx = append(s.Ctx, cs)
	}
	slices.SortFunc(s.Ctx, func(a, b CtxStore) int {
		return strings.Compare(ctxSortKey(a), ctxSortKey(b))
	})
	// What results are.
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			for path, t := range u.decompose(r, "", false, false) {
				u.addOut(s, fn, t, -1, i, path)
			}
		}
	}
	// What the function writes through its pointer parameters.
	for i, p := range fn.Params {
		if !pointerLike(p.Type()) {
			continue
		}
		for path, t := range u.mem[p] {
			u.addOut(s, fn, t, i, 0, path)
		}
	}
	s.Results = dedupeResults(s.Results)
	s.Flows = dedupeFlows(s.Flows)
	s.Dests = u.e.resultDests(fn)
	if len(s.Sinks) > maxEntries {
		s.Sinks = s.Sinks[:maxEntries]
	}
	return s
}

// addOut adds what reaches result `result` (param < 0) or the memory of
// parameter param, at path, to the summary.
//
// Only the concrete labels (one per category) are taken in order, since
// dedupeResults keeps the first of equal results; the flows are sorted by
// dedupeFlows on all of their fields, so sorting the parameter labels
// here, thousands in gorm's schema package, bought nothing.
func (u *unit) addOut(s *FuncSummary, fn *ssa.Function, t *set, param, result int, path string) {
	var concrete []*label
	for _, l := range t.labels() {
		if l.concrete() {
			concrete = append(concrete, l)
			continue
		}
		if l.fn != fn {
			continue
		}
		if param >= 0 && l.param == param && overlaps(l.path, path) {
			continue // the parameter's own contents
		}
		to := result
		if param >= 0 {
			to = -1
		}
		s.Flows = append(s.Flows, Flow{Param: l.param, Path: l.path, Removed: l.removed, Shallow: l.shallow, ToResult: to, ToParam: param, ToPath: path})
	}
	slices.SortFunc(concrete, compareLabels)
	for _, l := range concrete {
		s.Results = append(s.Results, ResultSource{Result: result, Param: param, Path: path, Cat: l.cat, Desc: l.desc, Steps: l.steps})
	}
}

func pointerLike(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Interface:
		return true
	}
	return false
}

func sinkSortKey(k ParamSink) string {
	return itoa(k.Param) + "\x00" + k.Path + "\x00" + k.Removed + "\x00" + shallowString(k.Shallow) + "\x00" + string(k.Kind) + "\x00" + destString(k.Host, k.HostFrom)
}

func ctxSortKey(c CtxStore) string {
	return itoa(c.Param) + "\x00" + c.Path + "\x00" + c.Removed + "\x00" + shallowString(c.Shallow) + "\x00" + c.Key
}

// dedupeResults sorts rs by resultSortKey, keeps the first of each key (in
// the order rs had) and at most maxEntries of them. The keys are built
// once: building two for every comparison made the sort of a function
// with thousands of results (gorm's schema package) most of the engine's
// time.
func dedupeResults(rs []ResultSource) []ResultSource {
	keys := make([]string, len(rs))
	for i, r := range rs {
		keys[i] = resultSortKey(r)
	}
	order := sortedByKey(keys)
	out := make([]ResultSource, 0, min(len(order), maxEntries))
	for _, j := range order[:min(len(order), maxEntries)] {
		out = append(out, rs[j])
	}
	return out
}

// sortedByKey returns the index of the first of each distinct key, in the
// order of the keys. Duplicates are dropped before sorting: a function of
// gorm's schema package collects a few thousand results and flows, most
// of them the same.
func sortedByKey(keys []string) []int {
	first := make(map[string]int, len(keys))
	order := make([]int, 0, len(keys))
	for i, k := range keys {
		if _, ok := first[k]; !ok {
			first[k] = i
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	return order
}

func resultSortKey(r ResultSource) string {
	return itoa(r.Param+1) + "\x00" + itoa(r.Result+1) + "\x00" + r.Path + "\x00" + r.Cat
}

// dedupeFlows sorts fs by flowKey, drops duplicates (the key holds every
// field of a Flow) and keeps at most maxEntries of them.
func dedupeFlows(fs []Flow) []Flow {
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = flowKey(f)
	}
	order := sortedByKey(keys)
	out := make([]Flow, 0, min(len(order), maxEntries))
	for _, j := range order[:min(len(order), maxEntries)] {
		out = append(out, fs[j])
	}
	return out
}

func flowKey(f Flow) string {
	return itoa(f.Param) + "\x00" + f.Path + "\x00" + f.Removed + "\x00" + shallowString(f.Shallow) + "\x00" + itoa(f.ToResult+1) + "\x00" + itoa(f.ToParam+1) + "\x00" + f.ToPath
}

// renderers reports whether functions of a package render their
// arguments through renderMethods (formatters and logging libraries).
func renderers(pkgPath string) bool {
	return pkgPath == "fmt" || pkgPath == "log/slog" || modeled(pkgPath)
}

// responders send a request and return the server's response: what the
// request carried does not come back in it.
var responders = map[string]bool{
	"net/http.Get":                                       true,
	"net/http.Head":                                      true,
	"net/http.Post":                                      true,
	"net/http.PostForm":                                  true,
	"(*net/http.Client).Do":                              true,
	"(*net/http.Client).Get":                             true,
	"(*net/http.Client).Head":                            true,
	"(*net/http.Client).Post":                            true,
	"(*net/http.Client).PostForm":                        true,
	"(net/http.RoundTripper).RoundTrip":                  true,
	"(*net/http.Transport).RoundTrip":                    true,
	"net/smtp.SendMail":                                  true,
	"(*github.com/hashicorp/go-retryablehttp.Client).Do": true,
}

// deepReaders reports whether the functions of a package read every field
// of the values they are given: serializers and templates.
func deepReaders(pkgPath string) bool {
	switch pkgPath {
	case "encoding/json", "encoding/xml", "encoding/gob", "text/template", "html/template",
		"google.golang.org/protobuf/proto", "google.golang.org/protobuf/encoding/protojson",
		"github.com/goccy/go-json", "github.com/json-iterator/go", "github.com/bytedance/sonic",
		"gopkg.in/yaml.v2", "gopkg.in/yaml.v3", "github.com/goccy/go-yaml", "github.com/BurntSushi/toml",
		"github.com/vmihailenco/msgpack/v5":
		return true
	}
	return false
}

// debugHook, when set by a test, sees every summary computed.
var debugHook func(fn string, s *FuncSummary)
