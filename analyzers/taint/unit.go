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
	// pmem is memory known from package-level locations: what some code
	// stored below a field this unit reads. Reads see it; the unit's
	// summary does not repeat it.
	pmem  map[ssa.Value]map[string]*set
	bound map[*ssa.FreeVar]ssa.Value // a free variable's value at its MakeClosure

	sinks map[*ssa.Function]map[sinkKey]ParamSink
	ctx   map[*ssa.Function]map[CtxStore]bool

	changed bool
	// work counts the labels the unit's analysis has read from and
	// written to its memory, across rounds (see maxWork).
	work int

	// For engine.solve: the package functions whose summaries the last
	// analysis read, whether it read package-level locations, and whether
	// it stopped at maxPasses before settling.
	reads     map[*ssa.Function]bool
	readLocs  map[string]bool // package-level locations (engine.stored, paramStored)
	unsettled bool

	// opaque says the analysis went over budget and was abandoned: the
	// unit's functions are summarised as code not analysed (budget.go).
	opaque bool
}

type sinkKey struct {
	param   int
	path    string
	removed string
	shallow bool
	kind    SinkKind
	host    string
}

// keysPath is the path of a map's keys; its values are at "[]". A value
// looked up by a personal key is not personal data (a rate limiter's
// counters kept per client IP); ranging over the map yields the keys.
const keysPath = "[key]"

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
	u.pmem = map[ssa.Value]map[string]*set{}
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
					if u.opaque {
						u.giveUp()
						return
					}
				}
				if u.work > maxWork {
					u.opaque = true
					u.giveUp()
					return
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
	if s := u.own(v); s.addAll(t) {
		u.changed = true
		u.budget(s)
	}
}

func (u *unit) addLabel(v ssa.Value, l *label) {
	if !carrier(v.Type()) {
		return
	}
	if s := u.own(v); s.add(l) {
		u.changed = true
		u.budget(s)
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
		u.budget(ts[i])
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

// setResultParts gives result i of a call labels by field path below it:
// "" is the result itself, the others go to the memory it points to.
func (u *unit) setResultParts(call ssa.Value, i int, parts map[string]*set) {
	for ext, t := range parts {
		if ext == "" {
			u.setResult(call, i, t)
			continue
		}
		l := resultLoc(call, i)
		u.memPut(loc{l.obj, truncPath(l.path + ext)}, t)
	}
}

// resultLoc is the memory location of result i of a call.
func resultLoc(call ssa.Value, i int) loc {
	if _, ok := call.Type().(*types.Tuple); ok {
		return loc{call, "#" + itoa(i)}
	}
	return loc{call, ""}
}

// memAdd adds labels to the memory at l, as a write does: a write through
// a pointer that is one of several (a phi) writes to each of them.
func (u *unit) memAdd(l loc, t *set) {
	u.memWrite(l, t, 0)
}

func (u *unit) memWrite(l loc, t *set, depth int) {
	u.memPut(l, t)
	if phi, ok := l.obj.(*ssa.Phi); ok && depth < 4 && t.len() > 0 {
		for _, ed := range phi.Edges {
			if ed == phi {
				continue
			}
			r := u.root(ed)
			u.memWrite(loc{r.obj, truncPath(r.path + l.path)}, t, depth+1)
		}
	}
}

// memPut adds labels to the memory at l, and to the package variable l is
// rooted at.
func (u *unit) memPut(l loc, t *set) {
	if t.len() == 0 {
		return
	}
	if g, ok := l.obj.(*ssa.Global); ok {
		// Only the package's own variables: a write into another
		// package's (fmt.Fprintf(os.Stderr, ...) seen as writing into
		// os.Stderr) would make the variable personal data for every
		// package that imports this one.
		if g.Pkg == u.e.pkg {
			u.e.store("var:"+globalName(g), l.path, t)
		}
		return
	}
	if u.putIn(u.mem, l, t) {
		u.changed = true
	}
}

func (u *unit) putIn(mem map[ssa.Value]map[string]*set, l loc, t *set) bool {
	m := mem[l.obj]
	if m == nil {
		m = map[string]*set{}
		mem[l.obj] = m
	}
	s := m[l.path]
	if s == nil {
		s = &set{}
		m[l.path] = s
	}
	u.work += t.len()
	if !s.addAll(t) {
		return false
	}
	u.budget(s)
	return true
}

// root finds the abstract memory location a value denotes or points to:
// a root value and the access path below it.
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
		case *ssa.Lookup:
			if x.CommaOk {
				return loc{v, truncPath(path)}
			}
			path = "[]" + path
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.UnOp:
			switch {
			case x.Op == token.MUL:
			case x.Op == token.ARROW && !x.CommaOk:
				path = "[]" + path
			default:
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
			switch t := x.Tuple.(type) {
			case *ssa.Call:
				return loc{t, truncPath("#" + itoa(x.Index) + path)}
			case *ssa.TypeAssert:
				if x.Index != 0 {
					return loc{v, truncPath(path)}
				}
				v = t.X // v, ok := x.(T): v is x
			case *ssa.Lookup:
				if x.Index != 0 {
					return loc{v, truncPath(path)}
				}
				path = "[]" + path // v, ok := m[k]
				v = t.X
			case *ssa.UnOp:
				if x.Index != 0 || t.Op != token.ARROW {
					return loc{v, truncPath(path)}
				}
				path = "[]" + path // v, ok := <-ch
				v = t.X
			case *ssa.Next:
				rng, ok := t.Iter.(*ssa.Range)
				if !ok || x.Index == 0 {
					return loc{v, truncPath(path)}
				}
				if x.Index == 1 {
					path = keysPath + path
				} else {
					path = "[]" + path
				}
				v = rng.X
			default:
				return loc{v, truncPath(path)}
			}
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

// A readMode says how much of the memory below a location a read sees.
type readMode int

const (
	// deepRead: the value and every field below it, as a logger or a
	// formatter that prints a whole struct sees it.
	deepRead readMode = iota
	// enclosingRead: what was stored at the location or in an enclosing
	// part, not the fields below it, which are tracked separately.
	enclosingRead
	// shallowRead: the value and its elements but not its struct fields,
	// as a function whose code is not analysed is assumed to see it.
	shallowRead
)

// at returns the labels of the memory at l: what was stored there or in
// an enclosing or enclosed location, and the labels of the root value
// itself (a parameter's label gains the path).
func (u *unit) at(l loc) *set {
	return u.atMode(l, deepRead)
}

// enclosing returns the labels of the memory at l and of the locations
// enclosing it, but not of the fields below it: the value read from l when
// its parts are tracked separately through its root.
func (u *unit) enclosing(l loc) *set {
	return u.atMode(l, enclosingRead)
}

func (u *unit) atMode(l loc, mode readMode) *set {
	var s set
	var readType types.Type
	if mode == shallowRead {
		if t, ok := typeAtPath(l.obj.Type(), l.path); ok {
			readType = t
		}
	}
	add := func(t *set) {
		if mode == shallowRead {
			for _, lb := range t.labels() {
				s.add(lb.shallowed(readType))
			}
			return
		}
		s.addAll(t)
	}
	sees := func(ext string) bool {
		return mode == deepRead || (mode == shallowRead && shallowExt(ext))
	}
	for _, mem := range []map[ssa.Value]map[string]*set{u.mem, u.pmem} {
		u.work += len(mem[l.obj])
		for path, ms := range mem[l.obj] {
			switch {
			case !overlaps(path, l.path):
			case len(path) < len(l.path):
				// What was stored in an enclosing location: a parameter's
				// label narrows to the part read here (a struct parameter
				// spilled to a local and read field by field).
				add(narrow(ms, l.path[len(path):]))
			case len(path) == len(l.path) || sees(path[len(l.path):]):
				add(ms)
			}
		}
	}
	if g, ok := l.obj.(*ssa.Global); ok {
		own, below := u.e.stored("var:"+globalName(g), l.path)
		add(own)
		for ext, t := range below {
			if sees(ext) {
				add(t)
			}
		}
	}
	for _, lb := range u.rootLabels(l).labels() {
		if mode == shallowRead {
			lb = lb.shallowed(readType)
		}
		s.add(lb)
	}
	return &s
}

// rootLabels returns the own labels of a location's root value, extended
// to the location's path: a call's results in a tuple ("#1.Address")
// have theirs in u.tuple.
func (u *unit) rootLabels(l loc) *set {
	var s set
	for _, lb := range u.taint[l.obj].labels() {
		s.add(lb.extend(l.path))
	}
	if ts := u.tuple[l.obj]; ts != nil && strings.HasPrefix(l.path, "#") {
		i, rest := 0, l.path[1:]
		for rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			i, rest = i*10+int(rest[0]-'0'), rest[1:]
		}
		if i < len(ts) {
			for _, lb := range ts[i].labels() {
				s.add(lb.extend(rest))
			}
		}
	}
	return &s
}

// value returns every label a value carries when used as a whole: its own
// and those of the memory it refers to, fields included.
func (u *unit) value(v ssa.Value) *set {
	return u.valueAt(v, "", false)
}

// valueAt returns the labels of a value at a field path below it; shallow
// leaves out the struct fields below that.
func (u *unit) valueAt(v ssa.Value, path string, shallow bool) *set {
	var s set
	if c, ok := v.(*ssa.Const); ok && c.Value == nil {
		return &s
	}
	shallow = shallow && mayHaveFields(v.Type(), path)
	mode := deepRead
	if shallow {
		mode = shallowRead
	}
	r := u.root(v)
	s.addAll(u.atMode(loc{r.obj, truncPath(r.path + path)}, mode))
	var readType types.Type
	if shallow {
		if t, ok := typeAtPath(v.Type(), path); ok {
			readType = t
		}
	}
	for _, lb := range u.taint[v].labels() {
		lb = lb.extend(path)
		if shallow {
			lb = lb.shallowed(readType)
		}
		s.add(lb)
	}
	return &s
}

// decompose splits the labels of a value (at a field path below it) by
// field path relative to it: "" is the value itself. Memory known from
// package-level locations is included when pkg is set.
func (u *unit) decompose(v ssa.Value, path string, shallow, pkg bool) map[string]*set {
	shallow = shallow && mayHaveFields(v.Type(), path)
	out := map[string]*set{}
	var readType types.Type
	if shallow {
		if t, ok := typeAtPath(v.Type(), path); ok {
			readType = t
		}
	}
	add := func(ext string, t *set) {
		if t.len() == 0 || (shallow && !shallowExt(ext)) {
			return
		}
		if out[ext] == nil {
			out[ext] = &set{}
		}
		if shallow && ext == "" {
			for _, lb := range t.labels() {
				out[ext].add(lb.shallowed(readType))
			}
			return
		}
		out[ext].addAll(t)
	}
	if path == "" {
		add("", u.taint[v])
	} else {
		add("", narrow(u.taint[v], path))
	}
	r := u.root(v)
	base := truncPath(r.path + path)
	mems := []map[ssa.Value]map[string]*set{u.mem}
	if pkg {
		mems = append(mems, u.pmem)
	}
	for _, mem := range mems {
		for p, ms := range mem[r.obj] {
			switch {
			case !overlaps(p, base):
			case len(p) >= len(base):
				add(p[len(base):], ms)
			default:
				add("", narrow(ms, base[len(p):]))
			}
		}
	}
	if g, ok := r.obj.(*ssa.Global); ok {
		own, below := u.e.stored("var:"+globalName(g), base)
		add("", own)
		for ext, t := range below {
			add(ext, t)
		}
	}
	if r.obj != v {
		add("", u.rootLabels(loc{r.obj, base}))
	}
	return out
}

// copyTo copies the labels of val, and of the memory it refers to, into
// the location dst, field by field. alias says the copy is a write
// through dst (a store), rather than dst taking val's value (a phi).
func (u *unit) copyTo(dst loc, val ssa.Value, alias bool) {
	if r := u.root(val); r.obj == dst.obj && r.path == dst.path {
		return // a location copied onto itself
	}
	for ext, t := range u.decompose(val, "", false, true) {
		l := loc{dst.obj, truncPath(dst.path + ext)}
		if alias {
			u.memAdd(l, t)
		} else {
			u.memPut(l, t)
		}
	}
}

// An anchor is a named struct field on the access path of an address,
// and the path below it: the package-level location a store through the
// address also writes to, and a load through it reads.
type anchor struct {
	id   string // "pkgpath.Type.Field"
	path string
}

// anchors lists the named struct fields on the access path of v, the
// innermost first.
func (u *unit) anchors(v ssa.Value) []anchor {
	var out []anchor
	path := ""
	for depth := 0; depth < 32 && len(out) <= maxPathDepth; depth++ {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			st := deref(x.X.Type())
			if id := fieldID(st, x.Field); id != "" {
				out = append(out, anchor{id, truncPath(path)})
			}
			path = "." + fieldName(st, x.Field) + path
			v = x.X
		case *ssa.Field:
			if id := fieldID(x.X.Type(), x.Field); id != "" {
				out = append(out, anchor{id, truncPath(path)})
			}
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
				return out
			}
			v = x.X
		case *ssa.FreeVar:
			b, ok := u.bound[x]
			if !ok {
				return out
			}
			v = b
		default:
			return out
		}
	}
	return out
}

// writeLabels adds labels to the memory v points to, at extra below it,
// and to the package-level locations of the named fields on the way.
func (u *unit) writeLabels(v ssa.Value, extra string, t *set) {
	if t.len() == 0 {
		return
	}
	r := u.root(v)
	u.memAdd(loc{r.obj, truncPath(r.path + extra)}, t)
	for _, a := range u.anchors(v) {
		u.e.store("field:"+a.id, a.path+extra, t)
	}
}

// writeValue stores val in the memory v points to, at extra below it,
// field by field, and in the package-level locations on the way.
func (u *unit) writeValue(v ssa.Value, extra string, val ssa.Value) {
	r := u.root(v)
	u.copyTo(loc{r.obj, truncPath(r.path + extra)}, val, true)
	anchors := u.anchors(v)
	if len(anchors) == 0 {
		return
	}
	for ext, t := range u.decompose(val, "", false, true) {
		for _, a := range anchors {
			u.e.store("field:"+a.id, a.path+extra+ext, t)
		}
	}
}

// ---------------------------------------------------------------- transfer

func (u *unit) transfer(instr ssa.Instruction) {
	u.fieldChannel(instr)
	switch x := instr.(type) {
	case *ssa.Store:
		u.writeValue(x.Addr, "", x.Val)
	case *ssa.MapUpdate:
		u.writeValue(x.Map, "[]", x.Value)
		u.writeLabels(x.Map, keysPath, u.value(x.Key))
	case *ssa.Send:
		u.writeValue(x.Chan, "[]", x.X)
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			u.load(x, x.X)
		case token.ARROW:
			r := u.root(x.X)
			t := u.enclosing(loc{r.obj, truncPath(r.path + "[]")})
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
		// The phi takes each edge's value field by field: its own labels
		// are the edges' own, the fields below are its memory.
		for _, edge := range x.Edges {
			if edge == x {
				continue
			}
			u.copyTo(loc{x, ""}, edge, false)
		}
	case *ssa.Extract:
		if ts := u.tuple[x.Tuple]; ts != nil && x.Index < len(ts) && ts[x.Index] != nil {
			u.setOwn(x, ts[x.Index])
		}
	case *ssa.Field:
		u.setOwn(x, u.enclosing(u.root(x)))
		u.fieldSource(x, x)
	case *ssa.Index:
		u.setOwn(x, u.enclosing(u.root(x)))
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
			// v, ok := x.(T): v's fields are x's, through root.
			var t set
			t.addAll(u.taint[x.X])
			t.addAll(u.enclosing(u.root(x.X)))
			u.setTuple(x, 0, &t)
		} else {
			u.setOwn(x, u.taint[x.X])
		}
	case *ssa.Next:
		rng := x.Iter.(*ssa.Range)
		r := u.root(rng.X)
		keys := u.enclosing(loc{r.obj, truncPath(r.path + keysPath)})
		keys.addAll(u.taint[rng.X])
		u.setTuple(x, 1, keys)
		elems := u.enclosing(loc{r.obj, truncPath(r.path + "[]")})
		elems.addAll(u.taint[rng.X])
		u.setTuple(x, 2, elems)
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
		u.fieldSource(v, a)
	case *ssa.Global:
		u.globalSource(v, a)
		u.writerSource(v, a)
	}
}

// fieldSource labels a field read (v, through the address or field value
// chain) that the policy says is a source, or that some code in this
// package or a dependency stored personal data in: in the field itself,
// or below it, or in a named field that encloses it on the access path.
func (u *unit) fieldSource(v, chain ssa.Value) {
	var structType types.Type
	var index int
	switch c := chain.(type) {
	case *ssa.FieldAddr:
		structType, index = deref(c.X.Type()), c.Field
	case *ssa.Field:
		structType, index = c.X.Type(), c.Field
	default:
		return
	}
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
	if len(cats) > 0 && (!deferrableField(structType) || !u.paramRooted(chain)) {
		desc := u.describe(v)
		entry := ""
		if deferrableField(structType) {
			entry = u.entryOf(chain)
		}
		for _, cat := range cats {
			l := u.source(cat, desc, v.Pos())
			l.entry = entry
			u.addLabel(v, l)
		}
	}
	anchors := u.anchors(chain)
	if len(anchors) == 0 {
		return
	}
	r := u.root(v)
	hop := u.e.step(v.Pos(), storedNote+shortField(anchors[0].id))
	for _, a := range anchors {
		own, below := u.e.stored("field:"+a.id, a.path)
		u.setOwn(v, withStep(own, hop))
		for ext, t := range below {
			if u.putIn(u.pmem, loc{r.obj, truncPath(r.path + ext)}, withStep(t, hop)) {
				u.changed = true
			}
		}
	}
}

// storedNote starts the note of the step where data is read from a
// package-level location.
const storedNote = "read from "

// shortField names a field "Type.Field" from its id "pkgpath.Type.Field".
func shortField(id string) string {
	if i := strings.LastIndex(id, "/"); i >= 0 {
		id = id[i+1:]
	}
	if i := strings.Index(id, "."); i >= 0 {
		return id[i+1:]
	}
	return id
}

// withStep returns the labels of t with one more step.
func withStep(t *set, st finding.Step) *set {
	var out set
	for _, l := range t.labels() {
		out.add(l.withStep(st))
	}
	return &out
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
	t.addAll(u.enclosing(loc{r.obj, truncPath(r.path + "[]")}))
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

// mayHaveFields reports whether a value of type t, at a field path below
// it, may have struct fields below it, for which a shallow read differs
// from a deep one. An unknown path may.
func mayHaveFields(t types.Type, path string) bool {
	t, ok := typeAtPath(t, path)
	if !ok {
		return true
	}
	for range 8 {
		switch x := t.Underlying().(type) {
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		case *types.Chan:
			t = x.Elem()
		case *types.Struct:
			return x.NumFields() > 0
		case *types.Interface, *types.TypeParam:
			return true
		default:
			return false
		}
	}
	return true
}

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
