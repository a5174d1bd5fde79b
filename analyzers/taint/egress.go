package taint

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/rules"
)

// Egress sinks: calls that send data out of the process. What a request
// carries is tracked by the ordinary propagation (a request absorbs its
// URL, body, headers and cookies); this file adds what is peculiar to
// sending: the destination, and the fields of a struct that a serializer
// writes out although the code never reads them one by one.

// dest is where an egress sink sends its data.
type dest struct {
	host  string   // "" when it cannot be resolved; with ref, the default
	ref   *dref    // the URL a parameter holds: the callers decide
	funcs []string // wrapper functions below the call, for allow entries naming a function
}

// key identifies a destination among a function's sinks.
func (d dest) key() string {
	if d.ref == nil {
		return d.host
	}
	k := d.host + "\x00" + itoa(d.ref.param) + d.ref.path
	if d.ref.hostOnly {
		k += "#host"
	}
	return k
}

// refFor returns the summary's form of the destination's reference, when
// it is to a parameter of fn (the function whose summary gets the sink).
func (d dest) refFor(fn *ssa.Function) *DestRef {
	if d.ref == nil || d.ref.fn != fn {
		return nil
	}
	return &DestRef{Param: d.ref.param, Path: d.ref.path, HostOnly: d.ref.hostOnly}
}

// maxPayloadDepth bounds the nesting of struct fields a serializer is
// followed into.
const maxPayloadDepth = 3

// egressCall records what reaches an egress sink of the catalogue.
func (u *unit) egressCall(instr ssa.CallInstruction, ce callee, s rules.EgressSink) {
	d := dest{host: s.Host}
	switch {
	case s.URL >= 0:
		if s.URL >= len(ce.args) {
			return
		}
		var base ssa.Value
		if s.Base >= 0 && s.Base < len(ce.args) {
			base = ce.args[s.Base]
		}
		d = u.e.sinkDest(instr.Parent(), ce.args[s.URL], base)
		if d.host == "" && d.ref == nil && ce.obj != nil && ce.obj.Signature().Recv() != nil && len(ce.args) > 0 && u.e.isTestClient(ce.args[0], 0) {
			d.host = "127.0.0.1" // a test server's client
		}
	case s.SDK != "":
		d.host = u.e.sdkHost(s, ce)
	}
	data := s.Data
	if data == nil {
		first := 0
		if ce.obj != nil && ce.obj.Signature().Recv() != nil {
			first = 1
		}
		for i := first; i < len(ce.args); i++ {
			data = append(data, i)
		}
	}
	name := shortName(ce.obj)
	for _, i := range data {
		if i < len(ce.args) {
			t := u.value(ce.args[i])
			if s.Host != "" {
				// An SDK serializes the structs it is given.
				t = u.payloadAt(instr, ce.args[i], "", u.visibleAt(ce.args[i], ""))
			}
			u.sinkReached(instr, Egress, name, name, nil, i, t, d)
		}
	}
}

// serializers write every exported field of an argument (its index).
var serializers = map[string]int{
	"encoding/json.Marshal":           0,
	"encoding/json.MarshalIndent":     0,
	"encoding/xml.Marshal":            0,
	"encoding/xml.MarshalIndent":      0,
	"(*encoding/json.Encoder).Encode": 1,
	"(*encoding/xml.Encoder).Encode":  1,
	// go-resty serializes a struct body when it sends the request.
	"(*github.com/go-resty/resty/v2.Request).SetBody": 1,
}

// writerMakers return a writer (encoder, multipart writer, compressor)
// that writes into their first argument.
var writerMakers = map[string]bool{
	"encoding/json.NewEncoder":     true,
	"encoding/xml.NewEncoder":      true,
	"mime/multipart.NewWriter":     true,
	"compress/gzip.NewWriter":      true,
	"compress/gzip.NewWriterLevel": true,
	"bufio.NewWriter":              true,
	"encoding/csv.NewWriter":       true,
}

// partMakers return a writer for one part of a multipart body: what is
// written to it goes where the multipart writer writes.
var partMakers = map[string]bool{
	"(*mime/multipart.Writer).CreateFormField": true,
	"(*mime/multipart.Writer).CreateFormFile":  true,
	"(*mime/multipart.Writer).CreatePart":      true,
}

// writerFuncs write their other arguments into the writer that is their
// first: into a multipart part, the body it belongs to.
var writerFuncs = map[string]bool{
	"fmt.Fprint":     true,
	"fmt.Fprintf":    true,
	"fmt.Fprintln":   true,
	"io.Copy":        true,
	"io.CopyN":       true,
	"io.CopyBuffer":  true,
	"io.WriteString": true,
}

// requestSetters put their arguments into the request (the receiver).
var requestSetters = map[string]bool{
	"(*net/http.Request).AddCookie":    true,
	"(*net/http.Request).SetBasicAuth": true,
}

// egressEffects models what calls do to the data a request will carry:
// serializers write a struct's personal fields, writers write into their
// buffer, requests absorb cookies.
func (u *unit) egressEffects(instr ssa.CallInstruction, result *ssa.Call, ce callee) {
	if len(ce.args) == 0 {
		return
	}
	if i, ok := serializers[ce.name]; ok && i < len(ce.args) {
		t := u.payloadAt(instr, ce.args[i], "", u.visibleAt(ce.args[i], ""))
		if i > 0 {
			u.memAdd(u.root(ce.args[0]), t)
		}
		if result != nil {
			u.resultsFrom(result, t)
		}
	}
	if requestSetters[ce.name] {
		u.memAdd(u.root(ce.args[0]), u.unionArgs(ce.args[1:]))
	}
	if writerFuncs[ce.name] && len(ce.args) > 1 {
		if dst := u.writerTarget(ce.args[0], 0); dst != nil {
			u.memAdd(u.root(dst), u.unionArgs(ce.args[1:]))
		}
	}
	u.sdkBuilder(ce)
	// A method of a writer that writes into a buffer: the buffer gets the
	// data too.
	if ce.obj != nil && ce.obj.Signature().Recv() != nil && len(ce.args) > 1 {
		if dst := u.writerTarget(ce.args[0], 0); dst != nil {
			t := u.unionArgs(ce.args[1:])
			if i, ok := serializers[ce.name]; ok && i < len(ce.args) {
				t = u.payloadAt(instr, ce.args[i], "", t)
			}
			u.memAdd(u.root(dst), t)
		}
	}
}

// sdkBuilder models the builders of the modelled SDKs, whose code is not
// analysed: a method with a pointer or map receiver (a request's
// params.SetTo(phone), a property map's props.Set("ip", ip), a message's
// AddTos) keeps its arguments in the receiver, which is sent later.
func (u *unit) sdkBuilder(ce callee) {
	if ce.obj == nil || ce.obj.Pkg() == nil || len(ce.args) < 2 || !egressModule(ce.obj.Pkg().Path()) {
		return
	}
	recv := ce.obj.Signature().Recv()
	if recv == nil {
		return
	}
	if _, sink := u.e.cat.egressSink(ce.name); sink {
		return
	}
	switch recv.Type().Underlying().(type) {
	case *types.Pointer:
		u.memAdd(u.root(ce.args[0]), u.unionArgs(ce.args[1:]))
	case *types.Map:
		r := u.root(ce.args[0])
		r.path = truncPath(r.path + "[]")
		u.memAdd(r, u.unionArgs(ce.args[1:]))
	}
}

// egressModule reports whether a package belongs to an SDK or HTTP
// library the catalogue models.
func egressModule(pkgPath string) bool {
	return memoBool(&egressMem, pkgPath, func(p string) bool { return rules.InModules(p, rules.BuiltinEgressModules) })
}

// fieldChannel models a channel held in a struct field as a queue that
// another goroutine reads (a background sender's run loop): what is sent
// on it goes to a package-level location ("ctx:chan pkg.T.f", with the
// context keys), through the summaries of the functions that send, and
// what is received comes from there.
func (u *unit) fieldChannel(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Send:
		if key := chanKey(x.Chan); key != "" {
			u.ctxStore(key, u.decompose(x.X, "", false, true))
		}
	case *ssa.UnOp:
		if x.Op != token.ARROW {
			return
		}
		if key := chanKey(x.X); key != "" {
			u.received(x, 0, x.X, key)
		}
	case *ssa.Select:
		for i, st := range x.States {
			key := chanKey(st.Chan)
			if key == "" {
				continue
			}
			if st.Dir == types.SendOnly {
				u.ctxStore(key, u.decompose(st.Send, "", false, true))
			} else {
				u.received(x, 2+i, st.Chan, key)
			}
		}
	}
}

// received gives what was sent on a field's channel to the value a
// receive yields (result i of a tuple), a struct's fields included.
func (u *unit) received(v ssa.Value, i int, ch ssa.Value, key string) {
	own, below := u.e.stored("ctx:"+key, "")
	pown, pbelow := u.e.paramStored("ctx:" + key)
	own.addAll(pown)
	for ext, t := range pbelow {
		if below == nil {
			below = map[string]*set{}
		}
		if below[ext] == nil {
			below[ext] = &set{}
		}
		below[ext].addAll(t)
	}
	if _, ok := v.Type().(*types.Tuple); ok {
		u.setTuple(v, i, own)
	} else {
		u.setOwn(v, own)
	}
	// The engine reads a received value's fields from the channel's
	// elements.
	r := u.root(ch)
	for ext, t := range below {
		if u.putIn(u.pmem, loc{r.obj, truncPath(r.path + "[]" + ext)}, t) {
			u.changed = true
		}
	}
}

// chanKey names the channel held in a struct field that ch is read from,
// or "".
func chanKey(ch ssa.Value) string {
	ld, ok := ch.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return ""
	}
	fa, ok := ld.X.(*ssa.FieldAddr)
	if !ok {
		return ""
	}
	if id := fieldID(deref(fa.X.Type()), fa.Field); id != "" {
		return "chan " + id
	}
	return ""
}

// writerTarget returns the buffer a writer value writes into, or nil.
func (u *unit) writerTarget(v ssa.Value, depth int) ssa.Value {
	if depth > 4 {
		return nil
	}
	c, ok := u.root(v).obj.(*ssa.Call)
	if !ok {
		return nil
	}
	ce := resolve(&c.Call)
	switch {
	case writerMakers[ce.name] && len(ce.args) > 0:
		// A writer over a writer (csv.NewWriter(part)) writes where
		// the inner one does.
		if inner := u.writerTarget(ce.args[0], depth+1); inner != nil {
			return inner
		}
		return ce.args[0]
	case partMakers[ce.name] && len(ce.args) > 0:
		return u.writerTarget(ce.args[0], depth+1)
	}
	return nil
}

// payloadAt returns t and the categories of the struct fields a
// serializer would write from v (at a field path below it). A value that
// comes from the function's parameters is left to the caller, which sees
// its type too: otherwise a wrapper would report what its callers pass.
func (u *unit) payloadAt(instr ssa.Instruction, v ssa.Value, path string, t *set) *set {
	var out set
	out.addAll(t)
	x := v
	for {
		if mi, ok := x.(*ssa.MakeInterface); ok {
			x = mi.X
			continue
		}
		if ct, ok := x.(*ssa.ChangeType); ok {
			x = ct.X
			continue
		}
		break
	}
	r := u.root(x)
	if _, zero := r.obj.(*ssa.Const); zero || fromParam(r.obj) {
		return &out // a zero value carries nothing
	}
	typ, ok := typeAtPath(x.Type(), path)
	if !ok || !serializable(typ) {
		return &out
	}
	desc := valueName(x)
	if desc == "" {
		desc = shortTypeName(typ)
	}
	desc += path
	var only map[int]ssa.Value
	if r.path == "" && path == "" {
		only = u.builtFields(r.obj)
	}
	// The field recognisers only add categories the value does not
	// already carry with a real origin.
	var typed set
	u.typeLabels(typ, desc, instr.Pos(), 0, only, &typed)
	have := map[string]bool{}
	for _, l := range out.sorted() {
		have[l.cat] = l.concrete()
	}
	for _, l := range typed.sorted() {
		if !have[l.cat] {
			out.add(l)
		}
	}
	return &out
}

// initializedFields returns the fields stored into a local struct that is
// built in place (a composite literal) and then only read, serialized or
// sent, so that fields left out of the literal are not counted; nil when
// the value may be filled some other way (decoded into, passed on).
func (u *unit) initializedFields(a *ssa.Alloc) map[int]ssa.Value {
	return u.initializedFieldsOf(a, map[*ssa.Alloc]bool{})
}

// builtFields is initializedFields for a value that is a local struct, or
// one of several (a phi of literals and zero values), or nil.
func (u *unit) builtFields(v ssa.Value) map[int]ssa.Value {
	switch x := v.(type) {
	case *ssa.Alloc:
		return u.initializedFields(x)
	case *ssa.Phi:
		only := map[int]ssa.Value{}
		for _, ed := range x.Edges {
			if c, ok := ed.(*ssa.Const); ok && c.Value == nil {
				continue
			}
			a := loadedAlloc(ed)
			if a == nil {
				return nil
			}
			fields := u.initializedFields(a)
			if fields == nil {
				return nil
			}
			for i, fv := range fields {
				only[i] = fv
			}
		}
		return only
	}
	return nil
}

// loadedAlloc returns the local a value is loaded from (*a), or nil.
func loadedAlloc(v ssa.Value) *ssa.Alloc {
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		a, _ := ld.X.(*ssa.Alloc)
		return a
	}
	return nil
}

func (u *unit) initializedFieldsOf(a *ssa.Alloc, visited map[*ssa.Alloc]bool) map[int]ssa.Value {
	visited[a] = true
	if _, ok := deref(a.Type()).Underlying().(*types.Struct); !ok {
		return nil
	}
	only := map[int]ssa.Value{}
	var ok func(v ssa.Value, depth int) bool
	ok = func(v ssa.Value, depth int) bool {
		if depth > 3 || v.Referrers() == nil {
			return false
		}
		for _, ref := range *v.Referrers() {
			switch r := ref.(type) {
			case *ssa.FieldAddr:
				if depth == 0 {
					for _, fr := range *r.Referrers() {
						st, isStore := fr.(*ssa.Store)
						if !isStore || st.Addr != r {
							continue
						}
						only[r.Field] = st.Val
					}
				}
			case *ssa.UnOp, *ssa.DebugRef:
			case *ssa.Store:
				// ev := event{...}: the literal built elsewhere and
				// copied in whole; its fields count.
				if depth != 0 || r.Addr != v {
					return false
				}
				if c, isConst := r.Val.(*ssa.Const); isConst && c.Value == nil {
					continue // the zero value
				}
				lit := loadedAlloc(r.Val)
				if lit == nil || lit == v || visited[lit] {
					return false
				}
				fields := u.initializedFieldsOf(lit, visited)
				if fields == nil {
					return false
				}
				for i, fv := range fields {
					only[i] = fv
				}
			case *ssa.MakeInterface:
				if !ok(r, depth+1) {
					return false
				}
			case ssa.CallInstruction:
				ce := resolve(r.Common())
				if _, ser := serializers[ce.name]; !ser {
					if _, sink := u.e.cat.egressSink(ce.name); !sink && !u.sendsArg(ce, v) {
						return false
					}
				}
			default:
				return false
			}
		}
		return true
	}
	if !ok(a, 0) {
		return nil
	}
	return only
}

// sendsArg reports whether a call hands v to a wrapper that sends it
// whole (an API client's CreateTicket(ctx, &Ticket{...})): the literal is
// then built to be sent, like one given to a serializer.
func (u *unit) sendsArg(ce callee, v ssa.Value) bool {
	s, _ := u.e.summaryOf(ce.fn, ce.obj)
	if s == nil {
		return false
	}
	for i, a := range ce.args {
		if a != v {
			continue
		}
		for _, k := range s.Sinks {
			if k.Param == i && k.Path == "" && k.Kind == Egress {
				return true
			}
		}
	}
	return false
}

// literalFields returns the initialized fields of a struct literal stored
// into a field of another, or nil.
func (u *unit) literalFields(v ssa.Value) map[int]ssa.Value {
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		v = ld.X
	}
	if a, ok := v.(*ssa.Alloc); ok {
		return u.initializedFields(a)
	}
	return nil
}

// visibleAt is valueAt less what is stored in the fields a serializer
// leaves out (unexported, json:"-"): the data of a value as it is sent.
func (u *unit) visibleAt(v ssa.Value, path string) *set {
	typ, ok := typeAtPath(v.Type(), path)
	if !ok {
		return u.valueAt(v, path, false)
	}
	var s set
	for ext, t := range u.decompose(v, path, false, true) {
		if ext != "" && hiddenPath(typ, ext) {
			continue
		}
		s.addAll(t)
	}
	return &s
}

// hiddenPath reports whether a field path below a value of type t passes
// through a field that encoding/json does not write.
func hiddenPath(t types.Type, path string) bool {
	for path != "" {
		t = deref(t)
		if rest, ok := strings.CutPrefix(path, "[]"); ok {
			switch e := t.Underlying().(type) {
			case *types.Slice:
				t = e.Elem()
			case *types.Array:
				t = e.Elem()
			case *types.Map:
				t = e.Elem()
			default:
				return false
			}
			path = rest
			continue
		}
		if !strings.HasPrefix(path, ".") {
			return false
		}
		name := path[1:]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name, path = name[:i], name[i:]
		} else {
			path = ""
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if f.Name() != name {
				continue
			}
			if reflect.StructTag(st.Tag(i)).Get("json") == "-" || (!f.Exported() && !f.Anonymous()) {
				return true
			}
			t, found = f.Type(), true
			break
		}
		if !found {
			return false
		}
	}
	return false
}

// serializable reports whether a value of type t is data that a
// serializer or SDK writes out, rather than a request or URL object whose
// fields describe the exchange (an outgoing request's RemoteAddr is empty).
func serializable(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return true
	}
	switch n.Obj().Pkg().Path() {
	case "net/http", "net/url", "github.com/go-resty/resty/v2", "github.com/hashicorp/go-retryablehttp":
		return false
	}
	return true
}

// typeLabels adds the categories of the fields of typ that encoding/json
// would write: exported or embedded, not tagged json:"-".
func (u *unit) typeLabels(typ types.Type, desc string, pos token.Pos, depth int, only map[int]ssa.Value, out *set) {
	if depth > maxPayloadDepth {
		return
	}
	typ = deref(typ)
	switch t := typ.Underlying().(type) {
	case *types.Slice:
		u.typeLabels(t.Elem(), desc, pos, depth+1, nil, out)
	case *types.Array:
		u.typeLabels(t.Elem(), desc, pos, depth+1, nil, out)
	case *types.Map:
		u.typeLabels(t.Elem(), desc, pos, depth+1, nil, out)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			var stored ssa.Value
			if only != nil {
				if stored = only[i]; stored == nil {
					continue
				}
				if fromParam(u.root(stored).obj) {
					continue // a field set from a parameter is the caller's to judge
				}
			}
			tag := t.Tag(i)
			if reflect.StructTag(tag).Get("json") == "-" { // but "-," names a field "-"
				continue
			}
			if !f.Exported() && !f.Anonymous() {
				continue
			}
			fdesc := desc + "." + f.Name()
			if carrier(f.Type()) {
				cats, ok := u.e.fieldMemo[f]
				if !ok {
					cats = u.e.cat.fieldCats(fieldID(typ, i), f.Name(), tag, typeName(f.Type()))
					u.e.fieldMemo[f] = cats
				}
				for _, cat := range cats {
					out.add(u.source(cat, fdesc, pos))
				}
			}
			u.typeLabels(f.Type(), fdesc, pos, depth+1, u.literalFields(stored), out)
		}
	}
}

// typeAtPath walks a field path (".A.B[]") down a type.
func typeAtPath(t types.Type, path string) (types.Type, bool) {
	for path != "" {
		t = deref(t)
		if rest, ok := strings.CutPrefix(path, "[]"); ok {
			switch e := t.Underlying().(type) {
			case *types.Slice:
				t = e.Elem()
			case *types.Array:
				t = e.Elem()
			case *types.Map:
				t = e.Elem()
			default:
				return nil, false
			}
			path = rest
			continue
		}
		if !strings.HasPrefix(path, ".") {
			return nil, false
		}
		name := path[1:]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name, path = name[:i], name[i:]
		} else {
			path = ""
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil, false
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() == name {
				t, found = st.Field(i).Type(), true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return t, true
}

// shortTypeName names a value by its type, a container by its elements':
// the leads of a map[string]lead are "lead".
func shortTypeName(t types.Type) string {
	for range 4 {
		t = deref(t)
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name()
		}
		switch c := t.(type) {
		case *types.Slice:
			t = c.Elem()
		case *types.Array:
			t = c.Elem()
		case *types.Map:
			t = c.Elem()
		default:
			return "a value"
		}
	}
	return "a value"
}

// topFuncName names the source-level function enclosing fn, as
// types.Func.FullName does.
func topFuncName(fn *ssa.Function) string {
	for fn != nil && fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn == nil {
		return ""
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return obj.FullName()
	}
	return fn.String()
}

// FuncName names the source-level function enclosing fn (an anonymous
// function is named by the function it is written in), as
// types.Func.FullName does; the notation of allow entries with func.
func FuncName(fn *ssa.Function) string { return topFuncName(fn) }
