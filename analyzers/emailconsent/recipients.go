package emailconsent

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/rules"
)

// Recipients. Where the addresses a send goes to come from decides who
// should have checked consent:
//
//   - from a parameter of the enclosing function: its callers (the function
//     is a sending wrapper);
//   - from the result of a `consented` function (a query that already
//     filters opted-out people), however far they were copied: nobody;
//   - constants (the service's own mailboxes): nobody;
//   - anything else (a database row, a loop over all users, a receiver
//     field): the enclosing function, where the finding is reported.
//
// Messages of the mail libraries (a *gomail.Message, an SES input, a
// SendGrid personalization) carry their recipients in setter calls and
// fields, which the catalogue names; only those count, not the subject or
// the body.

// maxWalk bounds the values visited per recipient.
const maxWalk = 400

type paramRef struct {
	fn  *ssa.Function
	idx int
}

// origins is where a recipient value came from.
type origins struct {
	params    []paramRef
	local     bool
	consented bool
	consts    bool        // a constant (or zero value) is among them
	fed       bool        // received from a channel fed on guarded paths
	entries   []token.Pos // where recipients were put into a message, for the flow
	feeds     []token.Pos // unguarded channel sends they came through
	descs     []string    // the recipient expressions found there
}

// maxResultDepth bounds how deep the walk follows the results of the
// package's own functions (a constructor of a message struct).
const maxResultDepth = 3

type walker struct {
	c        *checker
	seen     map[ssa.Value]bool
	seenAddr map[ssa.Value]bool
	steps    *int
	o        *origins

	// In a walk of a callee's results: the callee, the walker of the
	// call site, and the call's arguments (receiver first), which its
	// parameters stand for.
	fn     *ssa.Function
	caller *walker
	args   []ssa.Value
	depth  int
	// far is set past a channel or a call: the recipient expressions
	// found there are not those the send names.
	far bool
}

// note records where recipients were put into a message, and their
// expression, for the message and the flow.
func (w *walker) note(pos token.Pos, desc string) {
	if w.far {
		return
	}
	w.o.entries = append(w.o.entries, pos)
	if desc != "" {
		w.o.descs = append(w.o.descs, desc)
	}
}

func (c *checker) recipients(v ssa.Value) *origins {
	w := &walker{c: c, seen: map[ssa.Value]bool{}, seenAddr: map[ssa.Value]bool{}, o: &origins{}, steps: new(int)}
	w.value(v)
	if !w.o.local && !w.o.consented && !w.o.consts && !w.o.fed && len(w.o.params) == 0 {
		w.o.local = true // nothing seen: do not assume the best
	}
	return w.o
}

func (w *walker) budget(v ssa.Value) bool {
	if v == nil || w.seen[v] {
		return false
	}
	w.seen[v] = true
	*w.steps++
	if *w.steps > maxWalk {
		w.o.local = true
		return false
	}
	return true
}

func (w *walker) addParam(fn *ssa.Function, idx int) {
	for _, p := range w.o.params {
		if p.fn == fn && p.idx == idx {
			return
		}
	}
	w.o.params = append(w.o.params, paramRef{fn, idx})
}

// value follows a value back to where it came from.
func (w *walker) value(v ssa.Value) {
	if !w.budget(v) {
		return
	}
	if w.c.isCarrier(v.Type()) {
		w.carrier(v)
		return
	}
	switch x := v.(type) {
	case *ssa.Const:
		// A nil a callee returns (on its error paths, or a stub's
		// only return) says nothing about the recipients.
		if w.caller == nil || !x.IsNil() {
			w.o.consts = true
		}
	case *ssa.Function, *ssa.MakeClosure, *ssa.Builtin:
		w.o.consts = true
	case *ssa.Parameter:
		w.param(x)
	case *ssa.FreeVar:
		w.freeVar(x)
	case *ssa.Global:
		w.o.local = true
	case *ssa.Call:
		w.call(x.Common(), 0)
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Call:
			w.call(t.Common(), x.Index)
		case *ssa.Select:
			w.selectRecv(t, x.Index)
		default:
			w.value(t)
		}
	case *ssa.Next:
		w.value(x.Iter)
	case *ssa.Range:
		w.value(x.X)
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			w.addr(x.X)
		case token.ARROW:
			w.recv(x.X)
		default:
			w.value(x.X)
		}
	case *ssa.FieldAddr, *ssa.IndexAddr, *ssa.Alloc:
		w.addr(x)
	case *ssa.Field:
		if configType(x.X.Type()) {
			w.o.consts = true // the operator's own address, set in the configuration
			return
		}
		w.value(x.X)
	case *ssa.Index:
		w.value(x.X)
	case *ssa.Lookup:
		w.value(x.X)
	case *ssa.Slice:
		w.addr(x.X)
	case *ssa.MakeSlice, *ssa.MakeMap:
		w.stores(x)
	case *ssa.Phi:
		for _, e := range x.Edges {
			w.value(e)
		}
	case *ssa.BinOp:
		w.value(x.X)
		w.value(x.Y)
	case *ssa.Convert:
		w.value(x.X)
	case *ssa.ChangeType:
		w.value(x.X)
	case *ssa.MakeInterface:
		w.value(x.X)
	case *ssa.ChangeInterface:
		w.value(x.X)
	case *ssa.TypeAssert:
		w.value(x.X)
	case *ssa.SliceToArrayPointer:
		w.value(x.X)
	case *ssa.MultiConvert:
		w.value(x.X)
	default:
		w.o.local = true
	}
}

func (w *walker) param(x *ssa.Parameter) {
	fn := x.Parent()
	for i, p := range fn.Params {
		if p != x {
			continue
		}
		if fn == w.fn && w.caller != nil {
			// A callee's parameter: what the call site passes.
			if i < len(w.args) {
				w.caller.value(w.args[i])
			} else {
				w.o.local = true
			}
			return
		}
		// A method's receiver is the object that decides to send (a
		// job, a campaign): what it holds is its own business.
		if i == 0 && fn.Signature.Recv() != nil && fn.Parent() == nil {
			w.o.local = true
			return
		}
		w.addParam(fn, i)
		return
	}
	w.o.local = true
}

// freeVar follows a closure's captured variable to the values its
// creators bound to it.
func (w *walker) freeVar(x *ssa.FreeVar) {
	fn := x.Parent()
	idx := -1
	for i, fv := range fn.FreeVars {
		if fv == x {
			idx = i
		}
	}
	found := false
	for _, s := range w.c.sites[fn] {
		if mc, ok := s.(*ssa.MakeClosure); ok && idx >= 0 && idx < len(mc.Bindings) {
			found = true
			w.addr(mc.Bindings[idx])
		}
	}
	if !found {
		w.o.local = true
	}
}

// call classifies result idx of a call.
func (w *walker) call(call *ssa.CallCommon, idx int) {
	if b, ok := call.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" {
			for _, a := range call.Args {
				w.value(a)
			}
		}
		return
	}
	t, ok := w.c.target(call)
	if !ok {
		w.o.local = true
		return
	}
	if t.obj != nil && w.c.consented[t.obj.FullName()] {
		w.o.consented = true
		return
	}
	if s := w.c.summaryOf(t); s != nil && s.Consented {
		w.o.consented = true
		return
	}
	if t.obj != nil {
		full := t.obj.FullName()
		if w.c.passThrough[full] {
			for _, a := range t.args {
				w.value(a)
			}
			return
		}
		if st, ok := w.c.setters[full]; ok && st.Msg < 0 && st.Arg < len(t.args) {
			w.value(t.args[st.Arg])
			return
		}
	}
	if t.fn != nil && len(t.fn.Blocks) > 0 && w.depth < maxResultDepth {
		w.results(t, idx)
		return
	}
	w.o.local = true
}

// results follows result idx of a function of this package to what its
// returns are made of: a constructor such as newMessage(c, s) returns the
// recipients its caller passed.
func (w *walker) results(t target, idx int) {
	sub := &walker{c: w.c, seen: map[ssa.Value]bool{}, seenAddr: map[ssa.Value]bool{}, steps: w.steps, o: w.o,
		fn: t.fn, caller: w, args: t.args, depth: w.depth + 1, far: true}
	before := *w.o
	for _, b := range t.fn.Blocks {
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(r.Results) {
			sub.value(r.Results[idx])
		}
	}
	o := w.o
	if o.local == before.local && o.consented == before.consented && o.consts == before.consts && o.fed == before.fed && len(o.params) == len(before.params) {
		w.o.local = true // nothing seen in the callee: do not assume the best
	}
}

// addr follows the memory at an address to the values stored there.
func (w *walker) addr(a ssa.Value) {
	switch x := a.(type) {
	case *ssa.Alloc:
		if w.seenAddr[x] {
			return
		}
		w.seenAddr[x] = true
		w.o.consts = true // the zero value, until something is stored
		w.stores(x)
	case *ssa.FieldAddr:
		if configType(x.X.Type()) {
			w.o.consts = true // the operator's own address, set in the configuration
			return
		}
		if alloc, ok := x.X.(*ssa.Alloc); ok {
			// Field-sensitive for local structs: only this field's stores.
			w.budget(x)
			w.stores(x)
			for _, r := range referrers(alloc) {
				if fa, ok := r.(*ssa.FieldAddr); ok && fa != x && fa.Field == x.Field {
					w.stores(fa)
				}
				if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
					w.value(st.Val)
				}
			}
			return
		}
		w.addr(x.X)
	case *ssa.IndexAddr:
		w.addr(x.X)
	case *ssa.Global:
		w.o.local = true
	default:
		w.value(a)
	}
}

// stores follows everything written into the memory of v: stores to it
// and its fields and elements, map updates, and calls that fill it in
// (rows.Scan(&email) takes its values from rows).
func (w *walker) stores(v ssa.Value) {
	w.storesDepth(v, 0)
}

func (w *walker) storesDepth(v ssa.Value, depth int) {
	if depth > 4 {
		return
	}
	only := recipientFields(v.Type())
	for _, r := range referrers(v) {
		switch x := r.(type) {
		case *ssa.Store:
			if x.Addr == v {
				w.value(x.Val)
			} else if x.Val == v {
				w.o.local = true // the address is kept elsewhere
			}
		case *ssa.FieldAddr:
			if only != nil && !only[x.Field] {
				continue // the subject or body of a message struct
			}
			if only != nil {
				for _, st := range storesTo(x) {
					w.note(st.Pos(), w.c.storeText(st))
				}
			}
			w.storesDepth(x, depth+1)
		case *ssa.IndexAddr:
			w.storesDepth(x, depth+1)
		case *ssa.MapUpdate:
			if x.Map == v {
				w.value(x.Key)
				w.value(x.Value)
			}
		case ssa.CallInstruction:
			w.filledBy(x, v)
		case *ssa.UnOp, *ssa.DebugRef, *ssa.Lookup, *ssa.Index, *ssa.Field, *ssa.Range, *ssa.BinOp, *ssa.Slice:
			// Reads: a slice of a local array is how a literal such as
			// []string{u.Email} reaches its sender.
		default:
			// The address escapes (into an interface for a variadic
			// Scan, into another variable): anything may write it.
			w.o.local = true
		}
	}
}

// filledBy handles memory passed to a call that may write it.
func (w *walker) filledBy(call ssa.CallInstruction, mem ssa.Value) {
	common := call.Common()
	if common.Value == mem {
		return
	}
	t, ok := w.c.target(common)
	if !ok {
		w.o.local = true
		return
	}
	if t.obj != nil && w.c.passThrough[t.obj.FullName()] {
		return // reads its arguments, writes nothing of ours
	}
	if len(w.c.requirements(t)) > 0 {
		return // a send (this one or another) reads the message it is given
	}
	if t.obj != nil && t.obj.Signature().Recv() != nil && len(t.args) > 0 && t.args[0] != mem {
		w.value(t.args[0])
		return
	}
	if t.obj != nil && t.obj.Pkg() != nil && t.obj.Pkg().Path() == "fmt" {
		return // Sprintf and friends read their arguments
	}
	w.o.local = true
}

// carrier follows a mail library message to the recipients put into it.
func (w *walker) carrier(v ssa.Value) {
	root := v
	for {
		switch x := root.(type) {
		case *ssa.MakeInterface:
			root = x.X
			continue
		case *ssa.ChangeType:
			root = x.X
			continue
		case *ssa.UnOp:
			if x.Op == token.MUL {
				if a, ok := x.X.(*ssa.Alloc); ok {
					root = a
					continue
				}
			}
		}
		break
	}
	switch x := root.(type) {
	case *ssa.Parameter:
		w.param(x)
	case *ssa.FreeVar:
		w.freeVar(x)
	case *ssa.Phi:
		for _, e := range x.Edges {
			w.carrierOnce(e)
		}
	case *ssa.Call:
		t, ok := w.c.target(x.Common())
		switch {
		case !ok:
			w.o.local = true
		case t.obj != nil && w.c.consented[t.obj.FullName()]:
			w.o.consented = true
		case t.obj != nil:
			if st, ok := w.c.setters[t.obj.FullName()]; ok && st.Msg < 0 && st.Arg < len(t.args) {
				w.entry(x, st.Arg, t)
			} else if t.obj.Pkg() == nil || !rules.IsMailLibrary(t.obj.Pkg().Path()) {
				w.o.local = true // built by code we do not follow
			}
		default:
			w.o.local = true
		}
	case *ssa.Alloc, *ssa.MakeSlice:
		// The message's fields, or the messages of a slice.
	case *ssa.UnOp, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.Field, *ssa.Index, *ssa.Lookup, *ssa.Extract, *ssa.Slice:
		w.valueAsPlain(root)
	default:
		w.o.local = true
	}
	w.messageWrites(root, 0)
}

func (w *walker) carrierOnce(v ssa.Value) {
	if w.budget(v) {
		w.carrier(v)
	}
}

// valueAsPlain follows a message value that was loaded from somewhere.
func (w *walker) valueAsPlain(v ssa.Value) {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op == token.MUL {
			w.addr(x.X)
			return
		}
	case *ssa.Slice:
		w.addr(x.X)
		return
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			w.call(call.Common(), x.Index)
			return
		}
	case *ssa.Field:
		w.value(x.X)
		return
	case *ssa.Index:
		w.value(x.X)
		return
	case *ssa.Lookup:
		w.value(x.X)
		return
	}
	w.addr(v)
}

// messageWrites finds the recipients written into a message: setter calls
// on it, stores to its recipient fields, and nested messages.
func (w *walker) messageWrites(m ssa.Value, depth int) {
	if depth > 4 {
		return
	}
	for _, r := range referrers(m) {
		switch x := r.(type) {
		case ssa.CallInstruction:
			t, ok := w.c.target(x.Common())
			if !ok || t.obj == nil {
				continue
			}
			st, ok := w.c.setters[t.obj.FullName()]
			if !ok || st.Msg < 0 || st.Msg >= len(t.args) || t.args[st.Msg] != m || st.Arg >= len(t.args) {
				continue
			}
			if st.Header > 0 && st.Header < len(t.args) && !recipientHeader(t.args[st.Header]) {
				continue
			}
			w.entry(x, st.Arg, t)
		case *ssa.FieldAddr:
			f, ref := fieldRef(x)
			switch {
			case f == nil:
			case w.c.recipFields[ref]:
				for _, st := range storesTo(x) {
					w.fieldEntry(st)
				}
			case w.c.isCarrier(f.Type()):
				for _, st := range storesTo(x) {
					w.carrierOnce(st.Val)
				}
				w.messageWrites(x, depth+1)
			}
		case *ssa.IndexAddr:
			// A slice of messages: each element.
			for _, st := range storesTo(x) {
				w.carrierOnce(st.Val)
			}
		case *ssa.Store:
			if x.Addr == m {
				w.carrierOnce(x.Val)
			}
		}
	}
}

// entry records a recipient argument of a setter call and follows it.
func (w *walker) entry(call ssa.Instruction, arg int, t target) {
	ci, ok := call.(ssa.CallInstruction)
	if !ok {
		return
	}
	w.note(ci.Pos(), w.c.argText(ci, arg, t))
	w.value(t.args[arg])
}

// fieldEntry records a store to a recipient field and follows it.
func (w *walker) fieldEntry(st *ssa.Store) {
	w.note(st.Pos(), w.c.storeText(st))
	w.value(st.Val)
}

// recipientFields returns, for a pointer to a struct that has fields
// named for recipients (To, Email, Recipients, Cc, Bcc), the indices of
// those fields; nil for other types. A service's own message struct is
// followed through its recipients only, not its subject or body.
func recipientFields(t types.Type) map[int]bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out map[int]bool
	for i := range st.NumFields() {
		if recipientName(st.Field(i).Name()) {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// configType reports whether t (or *t) is a configuration struct, by its
// name (Config, EmailConfig, Settings, Options): an address read from one
// is the service's own (an operator or admin mailbox), set by whoever
// runs it, like a constant.
func configType(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	for _, w := range rules.Words(n.Obj().Name()) {
		switch w {
		case "config", "configuration", "conf", "cfg", "settings", "options", "opts":
			return true
		}
	}
	return false
}

func recipientName(name string) bool {
	for _, w := range rules.Words(name) {
		switch w {
		case "to", "tos", "email", "emails", "recipient", "recipients", "rcpt", "rcpts", "address", "addresses", "addr", "cc", "bcc":
			return true
		}
	}
	return false
}

func recipientHeader(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return true // unknown header: assume it may be one
	}
	switch constant.StringVal(k.Value) {
	case "To", "Cc", "Bcc", "to", "cc", "bcc", "TO", "CC", "BCC":
		return true
	}
	return false
}

// isCarrier reports whether values of t are mail messages (or parts of
// them) whose recipients sit in setters and fields.
func (c *checker) isCarrier(t types.Type) bool {
	for range 4 {
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		}
		break
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	return rules.IsMailLibrary(n.Obj().Pkg().Path())
}

func fieldRef(fa *ssa.FieldAddr) (*types.Var, string) {
	st := deref(fa.X.Type())
	s, ok := st.Underlying().(*types.Struct)
	if !ok || fa.Field >= s.NumFields() {
		return nil, ""
	}
	f := s.Field(fa.Field)
	n, ok := types.Unalias(st).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return f, ""
	}
	return f, n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + f.Name()
}

func storesTo(addr ssa.Value) []*ssa.Store {
	var out []*ssa.Store
	for _, r := range referrers(addr) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == addr {
			out = append(out, st)
		}
	}
	return out
}

func referrers(v ssa.Value) []ssa.Instruction {
	if v == nil {
		return nil
	}
	if rs := v.Referrers(); rs != nil {
		return *rs
	}
	return nil
}

// ---------------------------------------------------------------- source text

// astIndex maps positions that SSA keeps to the source expressions at
// them, to name recipients as the code writes them.
type astIndex struct {
	calls  map[token.Pos]*ast.CallExpr // by Lparen
	kvs    map[token.Pos]ast.Expr      // composite literal values by the colon of their key
	assign map[token.Pos]ast.Expr      // assigned values by the position of the selector or name assigned
}

func buildASTIndex(files []*ast.File) *astIndex {
	ix := &astIndex{calls: map[token.Pos]*ast.CallExpr{}, kvs: map[token.Pos]ast.Expr{}, assign: map[token.Pos]ast.Expr{}}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				ix.calls[x.Lparen] = x
			case *ast.KeyValueExpr:
				ix.kvs[x.Colon] = x.Value
			case *ast.AssignStmt:
				if len(x.Lhs) != len(x.Rhs) {
					break
				}
				for i, lhs := range x.Lhs {
					switch l := ast.Unparen(lhs).(type) {
					case *ast.SelectorExpr:
						ix.assign[l.Sel.Pos()] = x.Rhs[i]
					case *ast.Ident:
						ix.assign[l.Pos()] = x.Rhs[i]
					}
				}
				if len(x.Rhs) == 1 {
					ix.assign[x.TokPos] = x.Rhs[0]
				}
			}
			return true
		})
	}
	return ix
}

// argText is the source of argument i (SSA numbering) of a call.
func (c *checker) argText(call ssa.CallInstruction, i int, t target) string {
	ce := c.ast.calls[callPos(call)]
	if ce == nil {
		return ""
	}
	j := i - t.shift
	if j < 0 {
		if sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr); ok {
			return exprText(sel.X)
		}
		return ""
	}
	if j >= len(ce.Args) {
		return ""
	}
	if t.sig.Variadic() && j == t.sig.Params().Len()-1 && !ce.Ellipsis.IsValid() {
		// A packed variadic argument: all of its arguments.
		s := ""
		for k, a := range ce.Args[j:] {
			if k > 0 {
				s += ", "
			}
			s += exprText(a)
		}
		return s
	}
	return exprText(ce.Args[j])
}

// storeText is the source of the value a store writes.
func (c *checker) storeText(st *ssa.Store) string {
	if e := c.ast.kvs[st.Pos()]; e != nil {
		return exprText(e)
	}
	if e := c.ast.assign[st.Pos()]; e != nil {
		return exprText(e)
	}
	return ""
}

// exprText prints an expression, looking through the wrapping that holds a
// single recipient: []string{u.Email}, aws.String(u.Email), &x.
func exprText(e ast.Expr) string {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.CompositeLit:
			if len(x.Elts) == 1 {
				e = x.Elts[0]
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					e = kv.Value
				}
				continue
			}
			// A message literal: its recipient field.
			var to ast.Expr
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && recipientName(id.Name) {
						if to != nil {
							to = nil
							break
						}
						to = kv.Value
					}
				}
			}
			if to != nil {
				e = to
				continue
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				e = x.X
				continue
			}
		case *ast.CallExpr:
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok && len(x.Args) == 1 && (sel.Sel.Name == "String" || sel.Sel.Name == "StringSlice") {
				e = x.Args[0]
				continue
			}
		}
		break
	}
	return types.ExprString(e)
}
