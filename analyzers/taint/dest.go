package taint

import (
	"go/token"
	"go/types"
	"net/url"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/rules"
)

// Destination resolution: the host an egress sink sends to. A URL is
// followed back through constants, package variables, string building
// (+, fmt.Sprintf, url.JoinPath, path.Join, strings.Trim*), url.Parse,
// url.URL values (literals, copies, fields set one by one), requests
// (NewRequest, request literals, WithContext), struct fields (a client's
// base URL), and calls: into the package's own functions, with their
// parameters bound to the call's arguments, and through the summaries of
// other packages' functions (ResultDest: "NewClient's result's BaseURL is
// api.example.com", "NewRequest's request goes to its receiver's
// BaseURL").
//
// What the function being analysed receives from its callers becomes a
// reference to a parameter (dref): the destination is then decided at
// each call, by the caller's argument, and travels in the function's
// summary (ParamSink.HostFrom). A field of a client that the package sets
// both from a constant and from a parameter (a default base URL and an
// override) is such a reference, with the constant as the default for
// callers that cannot tell. Anything else is unknown: "".

// maxDestDepth bounds the steps followed back from a sink to its URL, and
// maxDestSteps the steps of one resolution.
const (
	maxDestDepth = 16
	maxDestSteps = 400
)

// dref says that a destination is the URL (or bare host, or request)
// parameter param of fn holds, at field path path below it.
type dref struct {
	fn       *ssa.Function
	param    int
	path     string
	hostOnly bool
}

func (r *dref) same(o *dref) bool {
	return r != nil && o != nil && *r == *o
}

// uval is what the tracer knows of a URL: a constant prefix (complete:
// the whole value), or a reference to what a parameter holds, with the
// default host def for a caller that cannot tell.
type uval struct {
	prefix   string
	complete bool
	ref      *dref
	def      string
}

func known(host string) uval {
	if host == "" {
		return uval{}
	}
	return uval{prefix: "https://" + host + "/"}
}

// host is the destination host of a constant URL, or "".
func (v uval) host() string {
	if v.ref != nil {
		return ""
	}
	return hostOf(v.prefix, v.complete)
}

// asHost turns a value that is a bare host name ("api.example.com:443",
// url.URL's Host) into a URL.
func (v uval) asHost() uval {
	if v.ref != nil {
		r := *v.ref
		r.hostOnly = true
		return uval{ref: &r, def: v.def}
	}
	if !v.complete || v.prefix == "" {
		return uval{}
	}
	return uval{prefix: "//" + v.prefix, complete: true}
}

// destIndex lists the package's stores into struct fields and package
// variables, where a base URL is usually set.
type destIndex struct {
	fields       map[*types.Var][]ssa.Value
	globals      map[*ssa.Global][]ssa.Value
	globalFields map[*ssa.Global]map[string][]ssa.Value // var u = url.URL{Host: ...}
	resultDests  map[*ssa.Function][]ResultDest
	busy         map[*ssa.Function]bool
	sdkHosts     map[string]string // Global SDKs and untraceable clients, by SDK name
}

func (e *engine) destIndex() *destIndex {
	if e.dests != nil {
		return e.dests
	}
	idx := &destIndex{
		fields:       map[*types.Var][]ssa.Value{},
		globals:      map[*ssa.Global][]ssa.Value{},
		globalFields: map[*ssa.Global]map[string][]ssa.Value{},
		resultDests:  map[*ssa.Function][]ResultDest{},
		busy:         map[*ssa.Function]bool{},
		sdkHosts:     map[string]string{},
	}
	for _, fn := range e.destFuncs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				st, ok := instr.(*ssa.Store)
				if !ok {
					continue
				}
				switch a := st.Addr.(type) {
				case *ssa.FieldAddr:
					s, ok := deref(a.X.Type()).Underlying().(*types.Struct)
					if !ok || a.Field >= s.NumFields() {
						continue
					}
					f := s.Field(a.Field)
					idx.fields[f] = append(idx.fields[f], st.Val)
					if g, ok := a.X.(*ssa.Global); ok {
						m := idx.globalFields[g]
						if m == nil {
							m = map[string][]ssa.Value{}
							idx.globalFields[g] = m
						}
						m[f.Name()] = append(m[f.Name()], st.Val)
					}
				case *ssa.Global:
					idx.globals[a] = append(idx.globals[a], st.Val)
				}
			}
		}
	}
	e.dests = idx
	return idx
}

// destFuncs are the functions whose code the destination index covers:
// the package's and its initializer.
func (e *engine) destFuncs() []*ssa.Function {
	fns := append([]*ssa.Function{}, e.allFuncs...)
	if init := e.pkg.Func("init"); init != nil {
		fns = append(fns, init)
	}
	return fns
}

// A frame binds the parameters of a function the tracer stepped into to
// the arguments of the call it stepped through.
type frame struct {
	fn   *ssa.Function
	args []ssa.Value // the call's arguments, for fn's parameters
	free []ssa.Value // or the closure's bindings, for fn's free variables
	up   *frame
}

// A tracer resolves destinations as seen from inside root: root's
// parameters become references.
type tracer struct {
	e     *engine
	root  *ssa.Function
	depth int
	steps int
}

func (e *engine) tracer(root *ssa.Function) *tracer {
	return &tracer{e: e, root: root}
}

// enter counts a step; it reports false when the budget is spent.
func (t *tracer) enter() bool {
	t.steps++
	t.depth++
	return t.depth <= maxDestDepth && t.steps <= maxDestSteps
}

func (t *tracer) leave() { t.depth-- }

// dest turns what the tracer found into a sink's destination; def is the
// destination when it found nothing at all.
func (t *tracer) dest(v uval, def string) dest {
	if v.ref != nil {
		return dest{ref: v.ref, host: v.def}
	}
	if h := v.host(); h != "" {
		return dest{host: h}
	}
	return dest{host: def}
}

// sinkDest is the destination of a sink's URL argument v (a string, a
// *url.URL or a request) in fn. base, when not nil, is a go-resty
// request whose client's base URL a relative URL is resolved against.
func (e *engine) sinkDest(fn *ssa.Function, v, base ssa.Value) dest {
	t := e.tracer(fn)
	uv := t.val(v, nil)
	if base != nil && uv.ref == nil && uv.host() == "" && (strings.HasPrefix(uv.prefix, "/") || (uv.prefix == "" && uv.complete)) {
		return dest{host: e.restyBase(base, 0)}
	}
	return t.dest(uv, "")
}

// calleeDest resolves, at a call of a wrapper, the destination its
// summary leaves to the caller.
func (u *unit) calleeDest(instr ssa.CallInstruction, ce callee, k ParamSink) dest {
	d := dest{host: k.Host, funcs: k.Funcs}
	if k.HostFrom == nil || k.HostFrom.Param >= len(ce.args) {
		return d
	}
	t := u.e.tracer(instr.Parent())
	r := t.resolveRef(ce.args[k.HostFrom.Param], k.HostFrom.Path, k.HostFrom.HostOnly, nil)
	if r.ref != nil && r.def == "" && k.HostFrom.Path != "" && strings.HasSuffix(r.ref.path, k.HostFrom.Path) {
		// The caller passes on a client it received: the client's
		// default stays the default.
		r.def = k.Host
	}
	out := t.dest(r, k.Host)
	out.funcs = k.Funcs
	return out
}

// resolveRef resolves what a reference names, given the argument arg the
// caller passes for its parameter.
func (t *tracer) resolveRef(arg ssa.Value, path string, hostOnly bool, ctx *frame) uval {
	var v uval
	if path != "" {
		v = t.field(arg, path, ctx)
	} else {
		v = t.val(arg, ctx)
	}
	if hostOnly {
		v = v.asHost()
	}
	return v
}

// val resolves a URL string or an object that carries a URL.
func (t *tracer) val(v ssa.Value, ctx *frame) uval {
	if isStringType(v.Type()) {
		return t.str(v, ctx)
	}
	return t.obj(v, ctx)
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// hostOf extracts the host from the constant prefix of a URL; complete
// says whether the prefix is the whole URL.
func hostOf(prefix string, complete bool) string {
	i := strings.Index(prefix, "//")
	if i < 0 || (i > 0 && !strings.HasSuffix(prefix[:i], ":")) {
		return ""
	}
	rest := prefix[i+2:]
	j := strings.IndexAny(rest, "/?#")
	if j < 0 {
		if !complete {
			return "" // the host may go on: "https://" + tenant + ".example.com"
		}
		j = len(rest)
	}
	host := rest[:j]
	if wild, ok := strings.CutPrefix(host, wildLabel); ok {
		// A chosen subdomain under a named host: "*.example.com", which
		// only a wildcard allow entry covers. A bare or unnamed parent
		// is no destination at all.
		if !strings.HasPrefix(wild, ".") || strings.Count(wild, ".") < 2 || strings.Contains(wild, wildLabel) {
			return ""
		}
		host = "x" + wild
		u, err := url.Parse("//" + host)
		if err != nil {
			return ""
		}
		return wildLabel + strings.ToLower(strings.TrimPrefix(u.Hostname(), "x"))
	}
	u, err := url.Parse("//" + host)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// wildLabel stands for a host label the code computes.
const wildLabel = "*"

// afterScheme reports whether a URL prefix ends right after its scheme.
func afterScheme(prefix string) bool {
	scheme, ok := strings.CutSuffix(prefix, "://")
	return ok && scheme != "" && !strings.ContainsAny(scheme, "/?#:")
}

// param resolves a parameter: through the frame that bound it, or as a
// reference when it is the root's.
func (t *tracer) param(p *ssa.Parameter, path string, ctx *frame, resolve func(ssa.Value, *frame) uval) uval {
	for f := ctx; f != nil; f = f.up {
		if f.fn == p.Parent() {
			for i, q := range f.fn.Params {
				if q == p && i < len(f.args) {
					return resolve(f.args[i], f.up)
				}
			}
			return uval{}
		}
	}
	if p.Parent() != t.root || t.root == nil {
		return uval{}
	}
	for i, q := range t.root.Params {
		if q == p {
			return uval{ref: &dref{fn: t.root, param: i, path: path}}
		}
	}
	return uval{}
}

// freeVar resolves a closure's free variable through the frame that
// bound it.
func (t *tracer) freeVar(x *ssa.FreeVar, ctx *frame, resolve func(ssa.Value, *frame) uval) uval {
	for f := ctx; f != nil; f = f.up {
		if f.fn != x.Parent() {
			continue
		}
		for i, fv := range f.fn.FreeVars {
			if fv == x && i < len(f.free) {
				return resolve(f.free[i], f.up)
			}
		}
		return uval{}
	}
	return uval{}
}

// str resolves a string.
func (t *tracer) str(v ssa.Value, ctx *frame) uval {
	if !t.enter() {
		t.leave()
		return uval{}
	}
	defer t.leave()
	switch x := v.(type) {
	case *ssa.Const:
		s, ok := constString(x)
		return uval{prefix: s, complete: ok}
	case *ssa.Parameter:
		return t.param(x, "", ctx, t.str)
	case *ssa.FreeVar:
		return t.freeVar(x, ctx, t.str)
	case *ssa.BinOp:
		if x.Op != token.ADD {
			return uval{}
		}
		return t.concat(t.str(x.X, ctx), func() uval { return t.str(x.Y, ctx) })
	case *ssa.ChangeType:
		return t.str(x.X, ctx)
	case *ssa.Convert:
		if isStringType(x.X.Type()) {
			return t.str(x.X, ctx)
		}
	case *ssa.MakeInterface:
		return t.str(x.X, ctx)
	case *ssa.TypeAssert:
		return t.str(x.X, ctx)
	case *ssa.Phi:
		return t.agree(phiEdges(x), ctx, t.str)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return uval{}
		}
		switch a := x.X.(type) {
		case *ssa.Global:
			return t.agree(t.e.destIndex().globals[a], nil, t.str)
		case *ssa.FieldAddr:
			return t.fieldLoad(a.X, deref(a.X.Type()), a.Field, ctx, t.str)
		}
		return t.str(x.X, ctx) // *string
	case *ssa.Alloc:
		return t.agree(storedInto(x), ctx, t.str) // a captured variable
	case *ssa.Field:
		return t.fieldLoad(x.X, x.X.Type(), x.Field, ctx, t.str)
	case *ssa.Call:
		return t.callString(x, ctx)
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return t.callString(c, ctx)
		}
	}
	return uval{}
}

// concat resolves l + r, where r is only looked at when needed.
func (t *tracer) concat(l uval, right func() uval) uval {
	if l.ref != nil {
		if !l.ref.hostOnly {
			return l
		}
		r := right()
		if r.ref == nil && strings.HasPrefix(r.prefix, ".") {
			// scheme + a parameter + ".example.com": a subdomain.
			return uval{prefix: "https://" + wildLabel + r.prefix, complete: r.complete}
		}
		if r.ref == nil && (r.prefix == "" && r.complete || strings.IndexAny(r.prefix[:min(1, len(r.prefix))], "/?#:") == 0) {
			return l // "https://" + host + "/path"
		}
		return uval{}
	}
	if !l.complete {
		return l
	}
	r := right()
	if r.ref == nil && !r.complete && r.prefix == "" && afterScheme(l.prefix) {
		// "https://" + tenant + ".example.com": a subdomain the code
		// chooses, under a host it names (*.example.com).
		return uval{prefix: l.prefix + wildLabel, complete: true}
	}
	if r.ref != nil {
		switch {
		case l.prefix == "":
			return r
		case strings.HasSuffix(l.prefix, "://") && !strings.Contains(strings.TrimSuffix(l.prefix, "://"), "/") && !r.ref.hostOnly:
			return hostRef(r)
		}
		return uval{prefix: l.prefix}
	}
	return uval{prefix: l.prefix + r.prefix, complete: r.complete}
}

func phiEdges(x *ssa.Phi) []ssa.Value {
	vals := make([]ssa.Value, 0, len(x.Edges))
	for _, ed := range x.Edges {
		if ed != x {
			vals = append(vals, ed)
		}
	}
	return vals
}

// agree resolves several values that one place may hold: the same
// reference, or their common constant prefix, complete if they are all
// the same constant.
func (t *tracer) agree(vals []ssa.Value, ctx *frame, resolve func(ssa.Value, *frame) uval) uval {
	if len(vals) == 0 {
		return uval{}
	}
	var out uval
	n := 0
	for _, v := range vals {
		if c, ok := v.(*ssa.Const); ok && c.Value == nil && !isStringType(c.Type()) {
			continue // return nil, err
		}
		r := resolve(v, ctx)
		if n == 0 {
			out = r
		} else {
			out = merge(out, r)
		}
		n++
	}
	return out
}

func merge(a, b uval) uval {
	if a.ref != nil || b.ref != nil {
		if a.ref.same(b.ref) && a.def == b.def {
			return a
		}
		return uval{}
	}
	if a.prefix == b.prefix && a.complete == b.complete {
		return a
	}
	n := 0
	for n < len(a.prefix) && n < len(b.prefix) && a.prefix[n] == b.prefix[n] {
		n++
	}
	return uval{prefix: a.prefix[:n]}
}

// fieldLoad resolves the value of field index of base (of struct type
// st): from what every store in the package puts there when they agree on
// a host, else from what the base object is, with the stores' common host
// as the default.
func (t *tracer) fieldLoad(base ssa.Value, st types.Type, index int, ctx *frame, resolve func(ssa.Value, *frame) uval) uval {
	s, ok := st.Underlying().(*types.Struct)
	if !ok || index >= s.NumFields() {
		return uval{}
	}
	f := s.Field(index)
	if typeName(st) == "net/http/httptest.Server" && f.Name() == "URL" {
		// A test server listens on the loopback interface.
		return uval{prefix: "http://127.0.0.1/"}
	}
	stores := t.e.destIndex().fields[f]
	if all := t.agree(stores, nil, resolve); all.host() != "" {
		return all
	}
	def := t.defaultOf(stores, resolve).host()
	v := t.field(base, "."+f.Name(), ctx)
	if v.ref != nil && v.def == "" {
		v.def = def
	}
	if v.ref == nil && v.host() == "" {
		return known(def)
	}
	return v
}

// defaultOf is what the stores that resolve to a host agree on, ignoring
// those that do not: the constructor's constant beside an override taken
// from a parameter.
func (t *tracer) defaultOf(stores []ssa.Value, resolve func(ssa.Value, *frame) uval) uval {
	var out uval
	n := 0
	for _, v := range stores {
		r := resolve(v, nil)
		if r.host() == "" {
			continue
		}
		if n == 0 {
			out = r
		} else if r.host() != out.host() {
			return uval{}
		}
		n++
	}
	return out
}

// field resolves the URL held at a field path (".BaseURL", ".cfg.URL")
// below an object.
func (t *tracer) field(base ssa.Value, path string, ctx *frame) uval {
	if !t.enter() {
		t.leave()
		return uval{}
	}
	defer t.leave()
	first, rest := splitPath(path)
	switch x := base.(type) {
	case *ssa.Parameter:
		return t.param(x, path, ctx, func(v ssa.Value, f *frame) uval { return t.field(v, path, f) })
	case *ssa.FreeVar:
		return t.freeVar(x, ctx, func(v ssa.Value, f *frame) uval { return t.field(v, path, f) })
	case *ssa.MakeInterface:
		return t.field(x.X, path, ctx)
	case *ssa.ChangeType:
		return t.field(x.X, path, ctx)
	case *ssa.TypeAssert:
		return t.field(x.X, path, ctx)
	case *ssa.Phi:
		return t.agree(phiEdges(x), ctx, func(v ssa.Value, f *frame) uval { return t.field(v, path, f) })
	case *ssa.Alloc:
		return t.localField(x, first, rest, ctx)
	case *ssa.Global:
		idx := t.e.destIndex()
		if vals := idx.globalFields[x][first]; len(vals) > 0 {
			return t.atField(vals, rest, nil, x.Type(), first)
		}
		return t.agree(idx.globals[x], nil, func(v ssa.Value, f *frame) uval { return t.field(v, path, f) })
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return uval{}
		}
		switch a := x.X.(type) {
		case *ssa.FieldAddr:
			return t.fieldOfField(a.X, deref(a.X.Type()), a.Field, path, ctx)
		case *ssa.Global:
			return t.field(a, path, ctx)
		}
		return t.field(x.X, path, ctx)
	case *ssa.FieldAddr:
		return t.fieldOfField(x.X, deref(x.X.Type()), x.Field, path, ctx)
	case *ssa.Field:
		return t.fieldOfField(x.X, x.X.Type(), x.Field, path, ctx)
	case *ssa.Call:
		if hostPaths[typeName(deref(x.Type()))] == path {
			return t.obj(x, ctx) // the URL of sendgrid.GetRequest(...)
		}
		return t.callField(x, 0, path, ctx)
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			if hostPaths[typeName(deref(x.Type()))] == path {
				return t.obj(x, ctx)
			}
			return t.callField(c, x.Index, path, ctx)
		}
	}
	return uval{}
}

// fieldOfField resolves path below the value of field index of base: the
// client held in a service's field.
func (t *tracer) fieldOfField(base ssa.Value, st types.Type, index int, path string, ctx *frame) uval {
	s, ok := st.Underlying().(*types.Struct)
	if !ok || index >= s.NumFields() {
		return uval{}
	}
	f := s.Field(index)
	stores := t.e.destIndex().fields[f]
	sub := func(v ssa.Value, fr *frame) uval { return t.field(v, path, fr) }
	if len(stores) > 0 {
		if all := t.agree(stores, nil, sub); all.host() != "" {
			return all
		}
	}
	v := t.field(base, "."+f.Name()+path, ctx)
	if v.ref == nil && v.host() == "" {
		if def := t.defaultOf(stores, sub); def.host() != "" {
			return known(def.host())
		}
	}
	return v
}

// localField resolves a field path below a local struct: what is stored
// into the field, or into the whole value (a copy: u := *base).
func (t *tracer) localField(a *ssa.Alloc, first, rest string, ctx *frame) uval {
	if a.Referrers() == nil {
		return uval{}
	}
	var direct, whole []ssa.Value
	st := deref(a.Type())
	for _, ref := range *a.Referrers() {
		switch r := ref.(type) {
		case *ssa.FieldAddr:
			if fieldName(st, r.Field) != first || r.Referrers() == nil {
				continue
			}
			for _, r2 := range *r.Referrers() {
				if s, ok := r2.(*ssa.Store); ok && s.Addr == r {
					direct = append(direct, s.Val)
				}
			}
		case *ssa.Store:
			if r.Addr == a {
				whole = append(whole, r.Val)
			}
		}
	}
	if len(direct) > 0 {
		return t.atField(direct, rest, ctx, st, first)
	}
	path := "." + first + rest
	return t.agree(whole, ctx, func(v ssa.Value, f *frame) uval { return t.field(v, path, f) })
}

// atField resolves the values stored into field name of a struct of type
// st, and the path below them.
func (t *tracer) atField(vals []ssa.Value, rest string, ctx *frame, st types.Type, name string) uval {
	if rest != "" {
		return t.agree(vals, ctx, func(v ssa.Value, f *frame) uval { return t.field(v, rest, f) })
	}
	v := t.agree(vals, ctx, t.val)
	if typeName(deref(st)) == "net/url.URL" && name == "Host" {
		return v.asHost()
	}
	return v
}

func splitPath(path string) (first, rest string) {
	path = strings.TrimPrefix(path, ".")
	if i := strings.IndexByte(path, '.'); i >= 0 {
		return path[:i], path[i:]
	}
	return path, ""
}

// hostPaths says where the destination of an object is: the field of a
// url.URL that is its host, of a request that is its URL.
var hostPaths = map[string]string{
	"net/url.URL":                                   ".Host",
	"net/http.Request":                              ".URL",
	"github.com/sendgrid/rest.Request":              ".BaseURL",
	"github.com/hashicorp/go-retryablehttp.Request": ".Request",
}

// obj resolves a *url.URL, url.URL or request (a pointer or a value).
func (t *tracer) obj(v ssa.Value, ctx *frame) uval {
	if !t.enter() {
		t.leave()
		return uval{}
	}
	defer t.leave()
	switch x := v.(type) {
	case *ssa.Parameter:
		return t.param(x, "", ctx, t.obj)
	case *ssa.FreeVar:
		return t.freeVar(x, ctx, t.obj)
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return t.callObj(c, x.Index, ctx)
		}
	case *ssa.Call:
		return t.callObj(x, 0, ctx)
	case *ssa.MakeInterface:
		return t.obj(x.X, ctx)
	case *ssa.ChangeType:
		return t.obj(x.X, ctx)
	case *ssa.TypeAssert:
		return t.obj(x.X, ctx)
	case *ssa.Phi:
		return t.agree(phiEdges(x), ctx, t.obj)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return uval{}
		}
		switch a := x.X.(type) {
		case *ssa.FieldAddr:
			return t.fieldLoad(a.X, deref(a.X.Type()), a.Field, ctx, t.obj)
		case *ssa.Global:
			if p, ok := hostPaths[typeName(deref(a.Type()))]; ok {
				return t.field(a, p, ctx)
			}
			return t.agree(t.e.destIndex().globals[a], nil, t.obj)
		}
		return t.obj(x.X, ctx)
	case *ssa.Field:
		return t.fieldLoad(x.X, x.X.Type(), x.Field, ctx, t.obj)
	case *ssa.FieldAddr:
		return t.fieldLoad(x.X, deref(x.X.Type()), x.Field, ctx, t.obj)
	case *ssa.Alloc:
		if p, ok := hostPaths[typeName(deref(x.Type()))]; ok {
			return t.field(x, p, ctx)
		}
		return t.agree(storedInto(x), ctx, t.obj) // a captured variable
	case *ssa.Global:
		if p, ok := hostPaths[typeName(deref(x.Type()))]; ok {
			return t.field(x, p, ctx)
		}
	}
	return uval{}
}

// storedInto lists the values stored into a local variable as a whole.
func storedInto(a *ssa.Alloc) []ssa.Value {
	if a.Referrers() == nil {
		return nil
	}
	var vals []ssa.Value
	for _, r := range *a.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a {
			vals = append(vals, st.Val)
		}
	}
	return vals
}

// requestMakers build a request or URL from a URL argument (index).
var requestMakers = map[string]int{
	"net/http.NewRequest":                                         1,
	"net/http.NewRequestWithContext":                              2,
	"github.com/hashicorp/go-retryablehttp.NewRequest":            1,
	"github.com/hashicorp/go-retryablehttp.NewRequestWithContext": 2,
	"github.com/hashicorp/go-retryablehttp.FromRequest":           0,
	"net/url.Parse":                              0,
	"net/url.ParseRequestURI":                    0,
	"(*net/http.Request).WithContext":            0,
	"(*net/http.Request).Clone":                  0,
	"(*net/url.URL).JoinPath":                    0,
	"(*net/url.URL).ResolveReference":            0,
	"(*net/url.URL).Parse":                       0,
	"github.com/sendgrid/sendgrid-go.GetRequest": 2,
}

// callObj resolves result i of a call that returns a URL or a request.
func (t *tracer) callObj(c *ssa.Call, i int, ctx *frame) uval {
	ce := resolve(&c.Call)
	if n, ok := requestMakers[ce.name]; ok && n < len(ce.args) && i == 0 {
		v := t.val(ce.args[n], ctx)
		if ce.name == "github.com/sendgrid/sendgrid-go.GetRequest" && v.ref == nil && v.complete && v.prefix == "" {
			return known(rules.SendGridHost)
		}
		return v
	}
	return t.callResult(c, ce, i, "", ctx, t.obj)
}

// callString resolves the string result of a call.
func (t *tracer) callString(c *ssa.Call, ctx *frame) uval {
	ce := resolve(&c.Call)
	args := ce.args
	switch ce.name {
	case "fmt.Sprintf":
		if len(args) < 2 {
			return uval{}
		}
		format, ok := constString(args[0])
		if !ok {
			return uval{}
		}
		return t.sprintf(format, args[1], ctx)
	case "net/url.JoinPath", "strings.TrimRight", "strings.TrimSuffix", "strings.TrimSpace", "strings.ToLower":
		if len(args) == 0 {
			return uval{}
		}
		p := t.str(args[0], ctx)
		if p.ref != nil || !p.complete {
			return p
		}
		switch ce.name {
		case "net/url.JoinPath":
			return uval{prefix: p.prefix + "/"}
		case "strings.TrimSpace":
			return uval{prefix: strings.TrimSpace(p.prefix), complete: true}
		case "strings.ToLower":
			return uval{prefix: strings.ToLower(p.prefix), complete: true}
		}
		cut, ok := constString(args[1])
		if !ok {
			return uval{prefix: p.prefix}
		}
		if ce.name == "strings.TrimRight" {
			return uval{prefix: strings.TrimRight(p.prefix, cut), complete: true}
		}
		return uval{prefix: strings.TrimSuffix(p.prefix, cut), complete: true}
	case "path.Join":
		if len(args) == 1 {
			if first := varArg(args[0], 0); first != nil {
				p := t.str(first, ctx)
				if p.ref == nil && p.complete {
					p = uval{prefix: p.prefix + "/"}
				}
				return p
			}
		}
		return uval{}
	case "(*net/url.URL).String", "(*net/url.URL).Redacted":
		if len(args) > 0 {
			return t.obj(args[0], ctx)
		}
	}
	if stringPointers[rules.Unversioned(ce.name)] && len(args) == 1 {
		return t.str(args[0], ctx)
	}
	return t.callResult(c, ce, 0, "", ctx, t.str)
}

// stringPointers return a pointer to their string argument.
var stringPointers = map[string]bool{
	"github.com/aws/aws-sdk-go-v2/aws.String": true,
	"github.com/aws/aws-sdk-go/aws.String":    true,
	"github.com/stripe/stripe-go.String":      true,
}

// callResult resolves result i (at a field path) of a call of the
// package's own function, through its code with the parameters bound to
// the call's arguments, or of another package's, through its summary.
func (t *tracer) callResult(c *ssa.Call, ce callee, i int, path string, ctx *frame, resolve func(ssa.Value, *frame) uval) uval {
	if fn := ce.fn; fn != nil && fn.Pkg == t.e.pkg && fn.Blocks != nil {
		inner := &frame{fn: fn, args: ce.args, up: ctx}
		if path == "" {
			return t.agree(returned(fn, i), inner, resolve)
		}
		return t.agree(returned(fn, i), inner, func(v ssa.Value, f *frame) uval { return t.field(v, path, f) })
	}
	if ce.obj == nil || ce.fn == nil && c.Call.IsInvoke() {
		return uval{}
	}
	s, _ := t.e.summaryOf(nil, ce.obj)
	if s == nil {
		return uval{}
	}
	for _, d := range s.Dests {
		if d.Option || d.Result != i || d.Path != path {
			continue
		}
		return t.fromSummary(d.Host, d.From, ce.args, ctx)
	}
	return uval{}
}

// fromSummary resolves a destination a summary states, given the call's
// arguments.
func (t *tracer) fromSummary(host string, from *DestRef, args []ssa.Value, ctx *frame) uval {
	if from == nil {
		return known(host)
	}
	if from.Param >= len(args) {
		return known(host)
	}
	v := t.resolveRef(args[from.Param], from.Path, from.HostOnly, ctx)
	if v.ref != nil && v.def == "" {
		v.def = host
	}
	if v.ref == nil && v.host() == "" {
		return known(host)
	}
	return v
}

// callField resolves the URL at a field path below result i of a call: a
// client made by a constructor, with the options passed to it.
func (t *tracer) callField(c *ssa.Call, i int, path string, ctx *frame) uval {
	ce := resolve(&c.Call)
	if v, ok := t.optionOverride(ce.args, path, ctx); ok {
		return v
	}
	return t.callResult(c, ce, i, path, ctx, nil)
}

// optionOverride looks among a constructor's arguments for options that
// set the field at path (WithBaseURL(u)); the last one wins.
func (t *tracer) optionOverride(args []ssa.Value, path string, ctx *frame) (uval, bool) {
	var found uval
	ok := false
	var look func(a ssa.Value)
	look = func(a ssa.Value) {
		if mi, isMI := a.(*ssa.MakeInterface); isMI {
			a = mi.X
		}
		if s, isSlice := a.(*ssa.Slice); isSlice {
			for _, el := range varArgs(s) {
				if el != nil {
					look(el)
				}
			}
			return
		}
		oc, isCall := a.(*ssa.Call)
		if !isCall {
			return
		}
		oce := resolve(&oc.Call)
		for _, d := range t.e.destsOf(oce) {
			if d.Option && d.Path == path {
				found, ok = t.fromSummary(d.Host, d.From, oce.args, ctx), true
			}
		}
	}
	for _, a := range args {
		look(a)
	}
	return found, ok
}

// destsOf returns the destinations a called function's results hold.
func (e *engine) destsOf(ce callee) []ResultDest {
	if fn := ce.fn; fn != nil && fn.Pkg == e.pkg && fn.Blocks != nil {
		return e.resultDests(fn)
	}
	if ce.obj == nil {
		return nil
	}
	if s, _ := e.summaryOf(nil, ce.obj); s != nil {
		return s.Dests
	}
	return nil
}

// sprintf resolves fmt.Sprintf(format, args...).
func (t *tracer) sprintf(format string, args ssa.Value, ctx *frame) uval {
	// Substitute %s and %v verbs left to right ("https://%s/v1/users/%s"
	// with a constant host); the URL is known up to the first verb that
	// is not constant. A leading verb, or one right after the scheme, may
	// be a parameter: the URL or the host the caller passes.
	var b strings.Builder
	for n := 0; ; n++ {
		i := strings.IndexByte(format, '%')
		if i < 0 {
			b.WriteString(format)
			return uval{prefix: b.String(), complete: n == len(varArgs(args))}
		}
		b.WriteString(format[:i])
		format = format[i:]
		if !strings.HasPrefix(format, "%s") && !strings.HasPrefix(format, "%v") {
			return uval{prefix: b.String()}
		}
		arg := varArg(args, n)
		if arg == nil {
			return uval{prefix: b.String()}
		}
		p := t.str(arg, ctx)
		if (p.ref != nil || !p.complete && p.prefix == "") && afterScheme(b.String()) && strings.HasPrefix(format[2:], ".") {
			b.WriteString(wildLabel) // "https://%s.rest.example.com/"
			format = format[2:]
			continue
		}
		if p.ref != nil {
			next := format[2:]
			switch {
			case b.Len() == 0 && !p.ref.hostOnly:
				return p
			case strings.HasSuffix(b.String(), "://") && !strings.Contains(strings.TrimSuffix(b.String(), "://"), "/") &&
				(next == "" || strings.IndexAny(next[:1], "/?#:") == 0):
				return hostRef(p)
			}
			return uval{prefix: b.String()}
		}
		b.WriteString(p.prefix)
		if !p.complete {
			return uval{prefix: b.String()}
		}
		format = format[2:]
	}
}

// hostRef is scheme + a reference: the reference is the host.
func hostRef(v uval) uval {
	r := *v.ref
	r.hostOnly = true
	return uval{ref: &r, def: v.def}
}

// varArg returns the i'th element stored into the slice of a variadic call.
func varArg(slice ssa.Value, i int) ssa.Value {
	vs := varArgs(slice)
	if i < len(vs) {
		return vs[i]
	}
	return nil
}

func varArgs(slice ssa.Value) []ssa.Value {
	s, ok := slice.(*ssa.Slice)
	if !ok {
		return nil
	}
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *a.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		n := int(c.Int64())
		for _, r2 := range *ia.Referrers() {
			if st, ok := r2.(*ssa.Store); ok && st.Addr == ia {
				for len(out) <= n {
					out = append(out, nil)
				}
				v := st.Val
				if mi, ok := v.(*ssa.MakeInterface); ok {
					v = mi.X
				}
				out[n] = v
			}
		}
	}
	return out
}

// returned lists the values fn returns as result i.
func returned(fn *ssa.Function, i int) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			out = append(out, ret.Results[i])
		}
	}
	return out
}

// restyBase returns the host of the base URL of the go-resty client a
// request was made from, or "".
func (e *engine) restyBase(v ssa.Value, depth int) string {
	if depth > maxDestDepth {
		return ""
	}
	depth++
	switch x := v.(type) {
	case *ssa.Call:
		ce := resolve(&x.Call)
		if ce.obj == nil || ce.obj.Pkg() == nil || ce.obj.Pkg().Path() != "github.com/go-resty/resty/v2" || len(ce.args) == 0 {
			return ""
		}
		switch ce.obj.Name() {
		case "SetBaseURL", "SetHostURL":
			if len(ce.args) > 1 {
				return e.tracer(nil).str(ce.args[1], nil).host()
			}
			return ""
		case "New", "NewWithClient":
			return ""
		}
		if ce.obj.Signature().Recv() != nil {
			return e.restyBase(ce.args[0], depth) // R() and the builder methods
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return ""
		}
		var vals []ssa.Value
		switch a := x.X.(type) {
		case *ssa.Global:
			vals = e.destIndex().globals[a]
		case *ssa.FieldAddr:
			if s, ok := deref(a.X.Type()).Underlying().(*types.Struct); ok && a.Field < s.NumFields() {
				vals = e.destIndex().fields[s.Field(a.Field)]
			}
		}
		host := ""
		for i, val := range vals {
			h := e.restyBase(val, depth)
			if h == "" || (i > 0 && h != host) {
				return ""
			}
			host = h
		}
		return host
	case *ssa.Phi:
		host := ""
		for i, ed := range x.Edges {
			h := e.restyBase(ed, depth)
			if h == "" || (i > 0 && h != host) {
				return ""
			}
			host = h
		}
		return host
	}
	return ""
}

// resultDests computes what a function's results hold as destinations,
// for its summary: a URL or request result, the URL fields of a client it
// constructs, the field an option function it returns sets. It depends
// on the code only, so it is computed once.
func (e *engine) resultDests(fn *ssa.Function) []ResultDest {
	idx := e.destIndex()
	if d, ok := idx.resultDests[fn]; ok {
		return d
	}
	if idx.busy[fn] || fn.Blocks == nil {
		return nil
	}
	idx.busy[fn] = true
	defer delete(idx.busy, fn)
	var out []ResultDest
	res := fn.Signature.Results()
	for i := 0; i < res.Len(); i++ {
		typ := res.At(i).Type()
		rets := returned(fn, i)
		if len(rets) == 0 {
			continue
		}
		if urlCarrier(typ) {
			if isStringType(typ) && !urlish(res.At(i).Name()) && allTrivial(rets) {
				continue // a getter of some string, not a URL builder
			}
			t := e.tracer(fn)
			out = appendDest(out, fn, ResultDest{Result: i}, t.agree(rets, nil, t.val))
			continue
		}
		if st := optionTarget(typ); st != nil {
			out = append(out, e.optionDests(fn, i, rets, st)...)
			continue
		}
		st, ok := deref(typ).Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for j := 0; j < st.NumFields() && j < 24; j++ {
			f := st.Field(j)
			if !urlCarrier(f.Type()) || isStringType(f.Type()) && !urlish(f.Name()) {
				continue
			}
			t := e.tracer(fn)
			path := "." + f.Name()
			v := t.agree(rets, nil, func(r ssa.Value, fr *frame) uval { return t.field(r, path, fr) })
			out = appendDest(out, fn, ResultDest{Result: i, Path: path}, v)
		}
	}
	idx.resultDests[fn] = out
	return out
}

// urlish reports whether the name of a string field or result says it
// holds a URL or host. Strings are everywhere: a summary records the
// destinations of those only, and of strings a function builds (base +
// path), so that facts stay small.
func urlish(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"url", "uri", "endpoint", "host", "base", "addr", "domain", "server", "dsn", "api"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// allTrivial reports whether every returned value is passed through
// unchanged: a parameter or a field read.
func allTrivial(rets []ssa.Value) bool {
	for _, r := range rets {
		switch x := r.(type) {
		case *ssa.Parameter, *ssa.FreeVar, *ssa.Field:
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// appendDest adds d with what v says, when it says something.
func appendDest(out []ResultDest, fn *ssa.Function, d ResultDest, v uval) []ResultDest {
	switch {
	case v.ref != nil && v.ref.fn == fn:
		d.From = &DestRef{Param: v.ref.param, Path: v.ref.path, HostOnly: v.ref.hostOnly}
		d.Host = v.def
	case v.host() != "":
		d.Host = v.host()
	default:
		return out
	}
	return append(out, d)
}

// urlCarrier reports whether values of type t are URLs, requests, or
// hold them: what a destination can be read from.
func urlCarrier(t types.Type) bool {
	if isStringType(t) {
		return true
	}
	_, ok := hostPaths[typeName(deref(t))]
	return ok
}

// optionTarget returns the struct an option function type applies to
// (func(*Client), or func(*Client) option as intercom-go has it), or nil.
func optionTarget(t types.Type) *types.Struct {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return nil
	}
	p, ok := sig.Params().At(0).Type().Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	st, _ := p.Elem().Underlying().(*types.Struct)
	return st
}

// optionDests are the fields an option function's result sets when
// applied: "WithBaseURL(u) sets .baseURL to u".
func (e *engine) optionDests(fn *ssa.Function, result int, rets []ssa.Value, st *types.Struct) []ResultDest {
	var out []ResultDest
	for _, r := range rets {
		var anon *ssa.Function
		var free []ssa.Value
		switch x := r.(type) {
		case *ssa.MakeClosure:
			anon, _ = x.Fn.(*ssa.Function)
			free = x.Bindings
		case *ssa.Function:
			anon = x
		case *ssa.ChangeType:
			if mc, ok := x.X.(*ssa.MakeClosure); ok {
				anon, _ = mc.Fn.(*ssa.Function)
				free = mc.Bindings
			}
		}
		if anon == nil || len(anon.Params) == 0 {
			continue
		}
		target := anon.Params[0]
		for _, b := range anon.Blocks {
			for _, instr := range b.Instrs {
				store, ok := instr.(*ssa.Store)
				if !ok {
					continue
				}
				fa, ok := store.Addr.(*ssa.FieldAddr)
				if !ok || fa.X != target || fa.Field >= st.NumFields() || !urlCarrier(st.Field(fa.Field).Type()) {
					continue
				}
				t := e.tracer(fn)
				v := t.val(store.Val, &frame{fn: anon, free: free})
				out = appendDest(out, fn, ResultDest{Result: result, Path: "." + st.Field(fa.Field).Name(), Option: true}, v)
			}
		}
	}
	return out
}

// isTestClient reports whether an *http.Client is a test server's
// (httptest.Server.Client): it talks to the test server on this machine.
func (e *engine) isTestClient(v ssa.Value, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Call:
		return resolve(&x.Call).name == "(*net/http/httptest.Server).Client"
	case *ssa.Phi:
		for _, ed := range phiEdges(x) {
			if !e.isTestClient(ed, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			if s, ok := deref(fa.X.Type()).Underlying().(*types.Struct); ok && fa.Field < s.NumFields() {
				stores := e.destIndex().fields[s.Field(fa.Field)]
				for _, st := range stores {
					if !e.isTestClient(st, depth+1) {
						return false
					}
				}
				return len(stores) > 0
			}
		}
	}
	return false
}

// sdkHost is the host an SDK call sends to: where the code that made the
// client points it (an option, a configuration field, a setter, in the
// function that calls the SDK's constructor), or, for an SDK whose
// settings are process-wide, where the package points it; the SDK's
// default host otherwise, a client made in another package included.
func (e *engine) sdkHost(s rules.EgressSink, ce callee) string {
	sdk, ok := rules.BuiltinSDKs[s.SDK]
	if !ok {
		return s.Host
	}
	if !sdk.Global {
		if ce.obj == nil || ce.obj.Signature().Recv() == nil || len(ce.args) == 0 {
			return sdk.Host
		}
		origin := e.sdkOrigin(ce.args[0], 0)
		if origin == nil {
			return sdk.Host // made elsewhere: another package decides, unseen
		}
		fns := []*ssa.Function{origin}
		if u := e.unitOf[origin]; u != nil {
			fns = u.fns
		}
		return e.overrideHost(sdk, fns)
	}
	idx := e.destIndex()
	if h, ok := idx.sdkHosts[sdk.Name]; ok {
		return h
	}
	h := e.overrideHost(sdk, e.destFuncs())
	idx.sdkHosts[sdk.Name] = h
	return h
}

// sdkOrigin returns the function where an SDK client was made, or nil.
func (e *engine) sdkOrigin(v ssa.Value, depth int) *ssa.Function {
	if depth > 8 {
		return nil
	}
	depth++
	switch x := v.(type) {
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return e.sdkOrigin(c, depth)
		}
	case *ssa.Call:
		ce := resolve(&x.Call)
		if ce.obj == nil || ce.obj.Pkg() == nil {
			return nil
		}
		if fn := ce.fn; fn != nil && fn.Pkg == e.pkg && fn.Blocks != nil {
			return e.agreeOrigin(returned(fn, 0), depth)
		}
		if !modeled(ce.obj.Pkg().Path()) {
			return nil
		}
		if ce.obj.Signature().Recv() != nil && len(ce.args) > 0 {
			return e.sdkOrigin(ce.args[0], depth) // app.Messaging(ctx): where app was made
		}
		return x.Parent()
	case *ssa.MakeInterface:
		return e.sdkOrigin(x.X, depth)
	case *ssa.ChangeType:
		return e.sdkOrigin(x.X, depth)
	case *ssa.Phi:
		return e.agreeOrigin(phiEdges(x), depth)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil
		}
		return e.sdkOrigin(x.X, depth)
	case *ssa.FieldAddr:
		st := deref(x.X.Type())
		if n, ok := types.Unalias(st).(*types.Named); ok && n.Obj().Pkg() != nil && modeled(n.Obj().Pkg().Path()) {
			return e.sdkOrigin(x.X, depth) // client.Api, ic.Contacts
		}
		if s, ok := st.Underlying().(*types.Struct); ok && x.Field < s.NumFields() {
			return e.agreeOrigin(e.destIndex().fields[s.Field(x.Field)], depth)
		}
	case *ssa.Global:
		return e.agreeOrigin(e.destIndex().globals[x], depth)
	case *ssa.Alloc:
		if x.Referrers() == nil {
			return nil
		}
		var vals []ssa.Value
		for _, r := range *x.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == x {
				vals = append(vals, st.Val)
			}
		}
		return e.agreeOrigin(vals, depth)
	}
	return nil
}

func (e *engine) agreeOrigin(vals []ssa.Value, depth int) *ssa.Function {
	var out *ssa.Function
	for i, v := range vals {
		o := e.sdkOrigin(v, depth)
		if o == nil || (i > 0 && o != out) {
			return nil
		}
		out = o
	}
	return out
}

// overrideHost is the host an SDK's client is pointed at by the overrides
// in fns: the SDK's default when there are none, "" when they disagree or
// one cannot be resolved.
func (e *engine) overrideHost(sdk rules.SDK, fns []*ssa.Function) string {
	// An endpoint (a URL) beats a region: a client pointed at LocalStack
	// in eu-west-1 talks to LocalStack.
	var byURL, byRegion overrideVote
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var key string
				var val ssa.Value
				var args []ssa.Value
				switch x := instr.(type) {
				case *ssa.Call:
					ce := resolve(&x.Call)
					key, args = rules.Unversioned(ce.name), ce.args
				case *ssa.Store:
					fa, ok := x.Addr.(*ssa.FieldAddr)
					if !ok {
						continue
					}
					key, val = rules.Unversioned(fieldID(deref(fa.X.Type()), fa.Field)), x.Val
				default:
					continue
				}
				for _, o := range e.cat.overrides[key] {
					if o.sdk != sdk.Name {
						continue
					}
					v := val
					if o.o.Func != "" && o.o.Host == "" {
						if o.o.Arg >= len(args) {
							continue
						}
						v = args[o.o.Arg]
					}
					h := o.o.Host
					if h == "" {
						uv := e.tracer(nil).str(v, nil)
						if o.o.Kind == rules.OverrideRegion {
							if uv.complete {
								h = rules.SDKHost(sdk, o.o, uv.prefix)
							}
						} else {
							h = uv.host()
						}
					}
					switch {
					case h == "" && o.o.Kind == rules.OverrideDSN:
					case o.o.Kind == rules.OverrideRegion:
						byRegion.add(h)
					default:
						byURL.add(h)
					}
				}
			}
		}
	}
	switch {
	case byURL.found:
		return byURL.host
	case byRegion.found:
		return byRegion.host
	}
	return sdk.Host
}

// overrideVote collects the hosts overrides select: "" when two disagree
// or one cannot be resolved.
type overrideVote struct {
	host  string
	found bool
}

func (v *overrideVote) add(h string) {
	if v.found && h != v.host {
		h = ""
	}
	v.host, v.found = h, true
}
