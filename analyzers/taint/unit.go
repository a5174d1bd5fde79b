package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/internal/finding"
)

// maxPasses bounds the passes over one unit's instructions per round.
const maxPasses = 12

// A unit is a top-level function with all the anonymous functions nested
// in it. They share one abstract memory, so a variable captured by a
// closure, or a channel shared with a goroutine, is one location.
type unit struct {
	e   *engine
	top *ssa.Function
	fns []*ssa.Function // top first, then nested functions depth-first

	taint map[ssa.Value]*set
	tuple map[ssa.Value][]*set
	mem   map[ssa.Value]map[string]*set
	bound map[*ssa.FreeVar]ssa.Value // a free variable's value at its MakeClosure

	sinks map[*ssa.Function]map[sinkKey]ParamSink
	ctx   map[*ssa.Function]map[CtxStore]bool

	changed bool

	// For engine.solve: the package functions whose summaries the last
	// analysis read, whether it read package-level locations, and whether
	// it stopped at maxPasses before settling.
	reads       map[*ssa.Function]bool
	readsStores bool
	unsettled   bool
}

type sinkKey struct {
	param   int
	path    string
	removed string
	kind    SinkKind
	host    string
}

type loc struct {
	obj  ssa.Value
	path string
}

func (u *unit) init() {
	var walk func(fn *ssa.Function)
	walk = func(fn *ssa.Function) {
		u.fns = append(u.fns, fn)
		u.e.unitOf[fn] = u
		for _, anon := range fn.AnonFuncs {
			walk(anon)
		}
	}
	walk(u.top)
	u.taint = map[ssa.Value]*set{}
	u.tuple = map[ssa.Value][]*set{}
	u.mem = map[ssa.Value]map[string]*set{}
	u.bound = map[*ssa.FreeVar]ssa.Value{}
	u.sinks = map[*ssa.Function]map[sinkKey]ParamSink{}
	u.ctx = map[*ssa.Function]map[CtxStore]bool{}
	for _, fn := range u.fns {
		for i, p := range fn.Params {
			u.own(p).add(&label{fn: fn, param: i})
		}
	}
}

// analyze runs the unit's transfer functions until its state settles.
func (u *unit) analyze() {
	u.unsettled = false
	for pass := 0; pass < maxPasses; pass++ {
		u.changed = false
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					u.transfer(instr)
				}
			}
		}
		if !u.changed {
			return
		}
	}
	u.unsettled = true
}

// ---------------------------------------------------------------- state

func (u *unit) own(v ssa.Value) *set {
	s := u.taint[v]
	if s == nil {
		s = &set{}
		u.taint[v] = s
	}
	return s
}

// setOwn adds t to the value's own labels, unless the value's type cannot
// carry personal data (numbers and booleans: a count of IPs is no IP).
func (u *unit) setOwn(v ssa.Value, t *set) {
	if t.len() == 0 || !carrier(v.Type()) {
		return
	}
	if u.own(v).addAll(t) {
		u.changed = true
	}
}

func (u *unit) addLabel(v ssa.Value, l *label) {
	if !carrier(v.Type()) {
		return
	}
	if u.own(v).add(l) {
		u.changed = true
	}
}

func (u *unit) setTuple(v ssa.Value, i int, t *set) {
	tup, ok := v.Type().(*types.Tuple)
	if !ok || i >= tup.Len() || t.len() == 0 || !carrier(tup.At(i).Type()) {
		return
	}
	ts := u.tuple[v]
	if ts == nil {
		ts = make([]*set, tup.Len())
		u.tuple[v] = ts
	}
	if ts[i] == nil {
		ts[i] = &set{}
	}
	if ts[i].addAll(t) {
		u.changed = true
	}
}

// setResult gives result i of a call its labels.
func (u *unit) setResult(call ssa.Value, i int, t *set) {
	if _, ok := call.Type().(*types.Tuple); ok {
		u.setTuple(call, i, t)
		return
	}
	if i == 0 {
		u.setOwn(call, t)
	}
}

// resultLoc is the memory location of result i of a call.
func resultLoc(call ssa.Value, i int) loc {
	if _, ok := call.Type().(*types.Tuple); ok {
		return loc{call, "#" + itoa(i)}
	}
	return loc{call, ""}
}

func (u *unit) memAdd(l loc, t *set) {
	if t.len() == 0 {
		return
	}
	if g, ok := l.obj.(*ssa.Global); ok {
		u.e.store("var:"+globalName(g), t)
		return
	}
	m := u.mem[l.obj]
	if m == nil {
		m = map[string]*set{}
		u.mem[l.obj] = m
	}
	s := m[l.path]
	if s == nil {
		s = &set{}
		m[l.path] = s
	}
	if s.addAll(t) {
		u.changed = true
	}
}

// root finds the abstract memory location a value denotes or points to.
func (u *unit) root(v ssa.Value) loc {
	path := ""
	for depth := 0; depth < 32; depth++ {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			path = "." + fieldName(deref(x.X.Type()), x.Field) + path
			v = x.X
		case *ssa.Field:
			path = "." + fieldName(x.X.Type(), x.Field) + path
			v = x.X
		case *ssa.IndexAddr:
			path = "[]" + path
			v = x.X
		case *ssa.Index:
			path = "[]" + path
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return loc{v, truncPath(path)}
			}
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.TypeAssert:
			if x.CommaOk {
				return loc{v, truncPath(path)}
			}
			v = x.X
		case *ssa.Extract:
			if c, ok := x.Tuple.(*ssa.Call); ok {
				return loc{c, truncPath("#" + itoa(x.Index) + path)}
			}
			return loc{v, truncPath(path)}
		case *ssa.FreeVar:
			b, ok := u.bound[x]
			if !ok {
				return loc{v, truncPath(path)}
			}
			v = b
		default:
			return loc{v, truncPath(path)}
		}
	}
	return loc{v, truncPath(path)}
}

// at returns the labels of the memory at l: what was stored there or in
// an enclosing or enclosed location, and the labels of the root value
// itself (a parameter's label gains the path).
func (u *unit) at(l loc) *set {
	return u.atMode(l, true)
}

// enclosing returns the labels of the memory at l and of the locations
// enclosing it, but not of the fields below it: the value read from l when
// its parts are tracked separately through its root.
func (u *unit) enclosing(l loc) *set {
	return u.atMode(l, false)
}

func (u *unit) atMode(l loc, deep bool) *set {
	var s set
	for path, ms := range u.mem[l.obj] {
		switch {
		case !overlaps(path, l.path):
		case len(path) < len(l.path):
			// What was stored in an enclosing location: a parameter's
			// label narrows to the part read here (a struct parameter
			// spilled to a local and read field by field).
			s.addAll(narrow(ms, l.path[len(path):]))
		case deep || len(path) == len(l.path):
			s.addAll(ms)
		}
	}
	if g, ok := l.obj.(*ssa.Global); ok {
		s.addAll(u.e.stored("var:" + globalName(g)))
	}
	for _, lb := range u.taint[l.obj].labels() {
		s.add(lb.extend(l.path))
	}
	return &s
}

// value returns every label a value carries when used as a whole: its own
// and those of the memory it refers to.
func (u *unit) value(v ssa.Value) *set {
	var s set
	if c, ok := v.(*ssa.Const); ok && c.Value == nil {
		return &s
	}
	s.addAll(u.taint[v])
	s.addAll(u.at(u.root(v)))
	return &s
}

// valueAt returns the labels of a value at a field path below it.
func (u *unit) valueAt(v ssa.Value, path string) *set {
	if path == "" {
		return u.value(v)
	}
	r := u.root(v)
	s := u.at(loc{r.obj, truncPath(r.path + path)})
	for _, lb := range u.taint[v].labels() {
		s.add(lb.extend(path))
	}
	return s
}

// store copies the labels of val, and of the memory it refers to, into the
// location dst.
func (u *unit) store(dst loc, val ssa.Value) {
	u.memAdd(dst, u.taint[val])
	src := u.root(val)
	if src.obj == dst.obj && src.path == dst.path {
		return
	}
	for path, ms := range u.mem[src.obj] {
		switch {
		case strings.HasPrefix(path, src.path) && overlaps(path, src.path):
			u.memAdd(loc{dst.obj, truncPath(dst.path + path[len(src.path):])}, ms)
		case overlaps(path, src.path):
			// An enclosing location: narrow parameter labels to the part
			// copied.
			u.memAdd(dst, narrow(ms, src.path[len(path):]))
		}
	}
	if src.obj != val {
		var t set
		for _, lb := range u.taint[src.obj].labels() {
			t.add(lb.extend(src.path))
		}
		u.memAdd(dst, &t)
	}
	if g, ok := src.obj.(*ssa.Global); ok {
		u.memAdd(dst, u.e.stored("var:"+globalName(g)))
	}
}

// ---------------------------------------------------------------- transfer

func (u *unit) transfer(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Store:
		dst := u.root(x.Addr)
		u.store(dst, x.Val)
		if fa, ok := x.Addr.(*ssa.FieldAddr); ok {
			if id := fieldID(deref(fa.X.Type()), fa.Field); id != "" {
				u.e.store("field:"+id, u.value(x.Val))
			}
		}
	case *ssa.MapUpdate:
		r := u.root(x.Map)
		r.path = truncPath(r.path + "[]")
		u.memAdd(r, u.value(x.Value))
		u.memAdd(r, u.value(x.Key))
	case *ssa.Send:
		r := u.root(x.Chan)
		r.path = truncPath(r.path + "[]")
		u.memAdd(r, u.value(x.X))
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			u.load(x, x.X)
		case token.ARROW:
			r := u.root(x.X)
			t := u.at(loc{r.obj, truncPath(r.path + "[]")})
			if x.CommaOk {
				u.setTuple(x, 0, t)
			} else {
				u.setOwn(x, t)
			}
		default:
			u.setOwn(x, u.taint[x.X])
		}
	case *ssa.BinOp:
		var t set
		t.addAll(u.value(x.X))
		t.addAll(u.value(x.Y))
		u.setOwn(x, &t)
	case *ssa.Phi:
		for _, edge := range x.Edges {
			u.setOwn(x, u.value(edge))
		}
	case *ssa.Extract:
		if ts := u.tuple[x.Tuple]; ts != nil && x.Index < len(ts) && ts[x.Index] != nil {
			u.setOwn(x, ts[x.Index])
		}
	case *ssa.Field:
		u.setOwn(x, u.enclosing(u.root(x)))
		u.fieldSource(x, x.X.Type(), x.Field)
	case *ssa.Index:
		u.setOwn(x, u.value(x.X))
	case *ssa.Lookup:
		u.lookup(x)
	case *ssa.Slice:
		u.setOwn(x, u.taint[x.X])
	case *ssa.MakeInterface:
		u.setOwn(x, u.taint[x.X])
	case *ssa.ChangeType:
		u.setOwn(x, u.taint[x.X])
	case *ssa.ChangeInterface:
		u.setOwn(x, u.taint[x.X])
	case *ssa.Convert:
		u.setOwn(x, u.value(x.X))
	case *ssa.MultiConvert:
		u.setOwn(x, u.value(x.X))
	case *ssa.SliceToArrayPointer:
		u.setOwn(x, u.taint[x.X])
	case *ssa.TypeAssert:
		if x.CommaOk {
			u.setTuple(x, 0, u.value(x.X))
		} else {
			u.setOwn(x, u.taint[x.X])
		}
	case *ssa.Next:
		r := u.root(x.Iter.(*ssa.Range).X)
		t := u.at(loc{r.obj, truncPath(r.path + "[]")})
		t.addAll(u.taint[x.Iter.(*ssa.Range).X])
		u.setTuple(x, 1, t)
		u.setTuple(x, 2, t)
	case *ssa.Select:
		for i, st := range x.States {
			if st.Dir == types.RecvOnly {
				r := u.root(st.Chan)
				u.setTuple(x, 2+i, u.at(loc{r.obj, truncPath(r.path + "[]")}))
			}
		}
	case *ssa.MakeClosure:
		fn := x.Fn.(*ssa.Function)
		for i, b := range x.Bindings {
			if i < len(fn.FreeVars) {
				fv := fn.FreeVars[i]
				u.bound[fv] = b
				u.setOwn(fv, u.taint[b])
			}
		}
	case *ssa.Call:
		u.call(x)
	case *ssa.Go:
		u.call(x)
	case *ssa.Defer:
		u.call(x)
	}
}

// load is *addr: the memory's labels, and the sources a field read is.
func (u *unit) load(v *ssa.UnOp, addr ssa.Value) {
	u.setOwn(v, u.enclosing(u.root(addr)))
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		u.fieldSource(v, deref(a.X.Type()), a.Field)
	case *ssa.Global:
		u.globalSource(v, a)
	}
}

// fieldSource labels a field read that the policy says is a source, or
// that some code in this package or a dependency stored personal data in.
func (u *unit) fieldSource(v ssa.Value, structType types.Type, index int) {
	st, ok := structType.Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return
	}
	f := st.Field(index)
	cats, ok := u.e.fieldMemo[f]
	if !ok {
		id := fieldID(structType, index)
		cats = u.e.cat.fieldCats(id, f.Name(), st.Tag(index), typeName(f.Type()))
		u.e.fieldMemo[f] = cats
	}
	desc := u.describe(v)
	for _, cat := range cats {
		u.addLabel(v, u.source(cat, desc, v.Pos()))
	}
	if id := fieldID(structType, index); id != "" {
		u.setOwn(v, u.e.stored("field:"+id))
	}
}

func (u *unit) globalSource(v ssa.Value, g *ssa.Global) {
	cats := u.e.cat.nameCats(g.Name())
	for _, cat := range cats {
		u.addLabel(v, u.source(cat, g.Name(), v.Pos()))
	}
}

// lookup is m[k] or s[i] on a map or string; a header map read with a
// constant key is a header source.
func (u *unit) lookup(x *ssa.Lookup) {
	r := u.root(x.X)
	var t set
	t.addAll(u.at(loc{r.obj, truncPath(r.path + "[]")}))
	t.addAll(u.taint[x.X])
	if x.CommaOk {
		u.setTuple(x, 0, &t)
	} else {
		u.setOwn(x, &t)
	}
	if typeName(x.X.Type()) == "net/http.Header" {
		if name, ok := constString(x.Index); ok {
			u.headerSource(x, name)
		}
	}
}

func (u *unit) headerSource(v ssa.Value, name string) {
	h := canonicalHeader(name)
	for _, cat := range u.e.cat.headerCats[h] {
		l := u.source(cat, h+" header", v.Pos())
		if _, ok := v.Type().(*types.Tuple); ok {
			var t set
			t.add(l)
			u.setTuple(v, 0, &t)
		} else {
			u.addLabel(v, l)
		}
	}
}

// source makes a concrete label for data of category cat first seen at pos.
func (u *unit) source(cat, desc string, pos token.Pos) *label {
	return &label{cat: cat, desc: desc, steps: []finding.Step{u.e.step(pos, cat+" from "+desc)}}
}

// ---------------------------------------------------------------- helpers

// carrier reports whether values of type t can carry personal data.
// Numbers and booleans cannot: a count of IPs or a comparison is no IP.
func carrier(t types.Type) bool {
	if tup, ok := t.(*types.Tuple); ok {
		for i := 0; i < tup.Len(); i++ {
			if carrier(tup.At(i).Type()) {
				return true
			}
		}
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return true
	}
	return b.Info()&(types.IsNumeric|types.IsBoolean) == 0 || b.Kind() == types.UnsafePointer
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func fieldName(structType types.Type, index int) string {
	if st, ok := structType.Underlying().(*types.Struct); ok && index < st.NumFields() {
		return st.Field(index).Name()
	}
	return "?"
}

// fieldID names a field of a named struct type as "pkgpath.Type.Field", or
// "" for fields of unnamed structs.
func fieldID(structType types.Type, index int) string {
	n, ok := types.Unalias(structType).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + fieldName(structType, index)
}

// typeName names a named type as "pkgpath.Name" (pointers included as
// "*pkgpath.Name"), or its type string otherwise.
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return "*" + typeName(p.Elem())
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path() + "." + n.Obj().Name()
	}
	return types.TypeString(t, nil)
}

func globalName(g *ssa.Global) string {
	if g.Pkg != nil {
		return g.Pkg.Pkg.Path() + "." + g.Name()
	}
	return g.Name()
}

func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

// narrow returns the labels of t read at the field path rest below where
// they were stored: parameter labels gain the path, concrete labels stay.
func narrow(t *set, rest string) *set {
	var out set
	for _, lb := range t.labels() {
		out.add(lb.extend(rest))
	}
	return &out
}
