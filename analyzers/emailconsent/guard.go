package emailconsent

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/rules"
)

// Guards. A block is guarded when every path from its function's entry to
// it crosses a branch edge that a consent check allowed: the "true" edge
// of `if prefs.AllowsEmail(u)`, the "false" edge of `if u.Unsubscribed`.
// The decision is made on the SSA control-flow graph, with dominance to
// tell loop back edges from entries, so `continue` in a subscriber loop,
// early returns, && and ||, and switch all reduce to the same question.

// maxCondDepth bounds the walk through !, == true, and the phis that &&
// and || build in value context.
const maxCondDepth = 12

// guarded reports whether every path from the entry of b's function to b
// passes an allowed consent edge. A closure's entry is guarded when every
// place that creates it is.
func (c *checker) guarded(b *ssa.BasicBlock) bool {
	switch c.guardMemo[b] {
	case guardYes:
		return true
	case guardNo, guardBusy:
		return false
	}
	c.guardMemo[b] = guardBusy
	ok := c.computeGuarded(b)
	if ok {
		c.guardMemo[b] = guardYes
	} else {
		c.guardMemo[b] = guardNo
	}
	return ok
}

const (
	guardUnknown = iota
	guardBusy
	guardYes
	guardNo
)

func (c *checker) computeGuarded(b *ssa.BasicBlock) bool {
	fn := b.Parent()
	if b.Index == 0 {
		return c.entryGuarded(fn)
	}
	entries := 0
	for _, pred := range b.Preds {
		if b.Dominates(pred) {
			continue // a loop's back edge: not a way in
		}
		entries++
		if !c.edgeAllows(pred, b) && !c.guarded(pred) {
			return false
		}
	}
	return entries > 0
}

// entryGuarded reports whether an anonymous function is created only in
// guarded places of its parent.
func (c *checker) entryGuarded(fn *ssa.Function) bool {
	if fn.Parent() == nil {
		return false
	}
	sites := c.sites[fn]
	if len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if s.Block() == nil || !c.guarded(s.Block()) {
			return false
		}
	}
	return true
}

// edgeAllows reports whether the edge pred -> succ is taken only when a
// consent check allowed the send.
func (c *checker) edgeAllows(pred, succ *ssa.BasicBlock) bool {
	if len(pred.Instrs) == 0 || len(pred.Succs) != 2 || pred.Succs[0] == pred.Succs[1] {
		return false
	}
	ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	switch succ {
	case pred.Succs[0]:
		return c.condAllows(ifInstr.Cond, true, 0)
	case pred.Succs[1]:
		return c.condAllows(ifInstr.Cond, false, 0)
	}
	return false
}

type condKey struct {
	v   ssa.Value
	val bool
}

// condAllows reports whether v == val implies that consent allowed the
// send. Results are memoized per round; a value met again while it is
// being decided (a loop's phi) does not allow.
func (c *checker) condAllows(v ssa.Value, val bool, depth int) bool {
	if depth > maxCondDepth {
		return false
	}
	k := condKey{v, val}
	if r, ok := c.condMemo[k]; ok {
		return r == guardYes
	}
	c.condMemo[k] = guardBusy
	ok := c.computeCondAllows(v, val, depth)
	if ok {
		c.condMemo[k] = guardYes
	} else {
		c.condMemo[k] = guardNo
	}
	return ok
}

func (c *checker) computeCondAllows(v ssa.Value, val bool, depth int) bool {
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.Bool {
			return constant.BoolVal(x.Value) != val // v can never equal val here
		}
		return false
	case *ssa.UnOp:
		if x.Op == token.NOT {
			return c.condAllows(x.X, !val, depth+1)
		}
	case *ssa.Phi:
		if len(x.Edges) == 0 {
			return false
		}
		for i, e := range x.Edges {
			pred := x.Block().Preds[i]
			if !c.condAllows(e, val, depth+1) && !c.edgeAllows(pred, x.Block()) && !c.guarded(pred) {
				return false
			}
		}
		return true
	case *ssa.BinOp:
		if x.Op == token.EQL || x.Op == token.NEQ {
			if b, other, ok := boolOperand(x); ok {
				want := b == val
				if x.Op == token.NEQ {
					want = b != val
				}
				return c.condAllows(other, want, depth+1)
			}
		}
	}
	if pol, ok := c.consentCheck(v); ok {
		return (pol == rules.Allows) == val
	}
	return false
}

// boolOperand splits `x == true` into (true, x).
func boolOperand(b *ssa.BinOp) (bool, ssa.Value, bool) {
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		if k, ok := pair[0].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Bool {
			return constant.BoolVal(k.Value), pair[1], true
		}
	}
	return false, nil, false
}

// consentCheck reports whether the boolean v is the answer of a consent
// check, and what its true value means.
func (c *checker) consentCheck(v ssa.Value) (rules.Polarity, bool) {
	switch x := v.(type) {
	case *ssa.Call:
		return c.callCheck(x.Common(), 0)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return c.callCheck(call.Common(), 0)
		}
	case *ssa.UnOp, *ssa.Field:
		if isBool(v.Type()) {
			return c.fieldCheck(v)
		}
	case *ssa.BinOp:
		return c.compareCheck(x)
	}
	return 0, false
}

// callCheck recognises a call whose result index res answers a consent
// question: a manifest consent function, a function whose summary says it
// answers one, or one named like it (AllowsEmail, IsUnsubscribed).
func (c *checker) callCheck(call *ssa.CallCommon, res int) (rules.Polarity, bool) {
	t, ok := c.target(call)
	if !ok {
		return 0, false
	}
	// (time.Time).IsZero on a consent-named field: "not set".
	if t.obj != nil && t.obj.FullName() == "(time.Time).IsZero" && len(t.args) == 1 {
		if pol, ok := c.fieldCheck(t.args[0]); ok {
			return pol.Flip(), true
		}
		return 0, false
	}
	results := t.sig.Results()
	if results.Len() <= res || !isBool(results.At(res).Type()) {
		return 0, false
	}
	if t.obj != nil {
		full := t.obj.FullName()
		if pol, ok := c.consentRefs[full]; ok {
			return pol, true
		}
	}
	if s := c.summaryOf(t); s != nil && s.Answer != nil && !s.Answer.Err {
		return s.Answer.Polarity, true
	}
	if t.obj != nil {
		if pol, ok := c.p.ConsentName(recvTypeName(t.obj), t.obj.Name()); ok {
			return pol, true
		}
	}
	return 0, false
}

// fieldCheck recognises a load of a consent field: u.Unsubscribed,
// prefs.Marketing, sub.OptedOutAt (a time or pointer: "set").
func (c *checker) fieldCheck(v ssa.Value) (rules.Polarity, bool) {
	f, typeName, ref, ok := fieldOf(v)
	if !ok {
		return 0, false
	}
	if pol, ok := c.consentRefs[ref]; ok {
		return pol, true
	}
	if pol, ok := c.consentRefs["*."+f.Name()]; ok {
		return pol, true
	}
	if pol, ok := c.p.ConsentName(typeName, f.Name()); ok {
		return pol, true
	}
	// sql.NullBool's Bool, sql.NullTime's Valid, of a consent field.
	if f.Name() == "Bool" || f.Name() == "Valid" {
		base, _, _, ok := fieldOf(baseOf(v))
		if !ok {
			return 0, false
		}
		if f.Name() == "Valid" && !isTimeish(base.Name()) {
			return 0, false
		}
		return c.fieldCheck(baseOf(v))
	}
	return 0, false
}

// compareCheck recognises comparisons that answer a consent question:
// u.UnsubscribedAt != nil, u.Status == "unsubscribed".
func (c *checker) compareCheck(b *ssa.BinOp) (rules.Polarity, bool) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return 0, false
	}
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		k, ok := pair[0].(*ssa.Const)
		if !ok {
			continue
		}
		var pol rules.Polarity
		switch {
		case k.IsNil():
			// pol is that of "x == nil". A pointer field that is set
			// means the event it names happened; an error answer that
			// is nil allows.
			if pol, ok = c.fieldCheck(pair[1]); ok {
				pol = pol.Flip()
			} else {
				pol, ok = c.errAnswer(pair[1])
			}
		case k.Value != nil && k.Value.Kind() == constant.String:
			pol, ok = c.p.ConsentName(constant.StringVal(k.Value))
		default:
			ok = false // len(users) == 0, n == 3: no consent question
		}
		if !ok {
			continue
		}
		if b.Op == token.EQL {
			return pol, true
		}
		return pol.Flip(), true
	}
	return 0, false
}

// errAnswer recognises an error that answers a consent question; the
// polarity is that of "err == nil".
func (c *checker) errAnswer(v ssa.Value) (rules.Polarity, bool) {
	var call *ssa.CallCommon
	switch x := v.(type) {
	case *ssa.Call:
		call = x.Common()
	case *ssa.Extract:
		if cl, ok := x.Tuple.(*ssa.Call); ok {
			call = cl.Common()
		}
	}
	if call == nil {
		return 0, false
	}
	t, ok := c.target(call)
	if !ok {
		return 0, false
	}
	if s := c.summaryOf(t); s != nil && s.Answer != nil && s.Answer.Err {
		return rules.Allows, true
	}
	res := t.sig.Results()
	if res.Len() == 0 || !isError(res.At(res.Len()-1).Type()) || t.obj == nil {
		return 0, false
	}
	if _, ok := c.consentRefs[t.obj.FullName()]; ok {
		return rules.Allows, true
	}
	if _, ok := c.p.ConsentName(recvTypeName(t.obj), t.obj.Name()); ok {
		return rules.Allows, true
	}
	return 0, false
}

// fieldOf returns the struct field that v loads, with its type's name and
// its manifest reference "pkgpath.Type.Field".
func fieldOf(v ssa.Value) (*types.Var, string, string, bool) {
	var st types.Type
	var idx int
	switch x := v.(type) {
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL {
			return nil, "", "", false
		}
		st, idx = deref(fa.X.Type()), fa.Field
	case *ssa.Field:
		st, idx = x.X.Type(), x.Field
	default:
		return nil, "", "", false
	}
	s, ok := st.Underlying().(*types.Struct)
	if !ok || idx >= s.NumFields() {
		return nil, "", "", false
	}
	f := s.Field(idx)
	typeName, ref := "", "*."+f.Name()
	if n, ok := types.Unalias(st).(*types.Named); ok {
		typeName = n.Obj().Name()
		if n.Obj().Pkg() != nil {
			ref = n.Obj().Pkg().Path() + "." + typeName + "." + f.Name()
		}
	}
	return f, typeName, ref, true
}

func baseOf(v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			// The base field's value: load through its address.
			if inner, ok := fa.X.(*ssa.FieldAddr); ok {
				return &ssa.UnOp{Op: token.MUL, X: inner}
			}
		}
	case *ssa.Field:
		return x.X
	}
	return nil
}

func isTimeish(name string) bool {
	ws := rules.Words(name)
	return len(ws) > 0 && slices.Contains([]string{"at", "on", "date", "time"}, ws[len(ws)-1])
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// recvTypeName is the name of a method's receiver type, "" for functions.
func recvTypeName(obj *types.Func) string {
	recv := obj.Signature().Recv()
	if recv == nil {
		return ""
	}
	if n, ok := types.Unalias(deref(recv.Type())).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// shortName names a function as a reader knows it: "smtp.SendMail",
// "gomail.Dialer.DialAndSend".
func shortName(obj *types.Func) string {
	name := obj.Name()
	if r := recvTypeName(obj); r != "" {
		name = r + "." + name
	}
	if obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return name
}

// funcDisplay names an SSA function, anonymous ones by their parent.
func funcDisplay(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
		return shortName(obj)
	}
	if fn.Parent() != nil {
		return "a closure in " + funcDisplay(fn.Parent())
	}
	return strings.TrimPrefix(fn.String(), fn.Pkg.Pkg.Path()+".")
}
