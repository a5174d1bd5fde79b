package taint

import (
	"go/constant"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// varargElems returns the indices, within the slice that packs a call's
// variadic arguments, of the elements that carry category cat, when
// argument arg of instr is such a slice (the SSA form of f(a, b, c) for
// a variadic f); nil otherwise. A key/value logger call such as
// slog.Info("msg", "user_id", id, "client_ip", ip) passes its pairs in
// one slice: the driver's fix must wrap the element that holds the data,
// not the first one.
func (u *unit) varargElems(instr ssa.CallInstruction, arg int, cat string) []int {
	ce := resolve(instr.Common())
	args := ce.args
	if arg < 0 || arg >= len(args) {
		return nil
	}
	sl, ok := args[arg].(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok || alloc.Comment != "varargs" {
		return nil
	}
	var out []int
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
			continue
		}
		idx, exact := constant.Int64Val(c.Value)
		if !exact {
			continue
		}
		for _, r := range *ia.Referrers() {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != ia {
				continue
			}
			for _, l := range u.rendered(st.Val, pkgPathOf(ce.obj)).sorted() {
				if l.concrete() && l.cat == cat {
					out = append(out, int(idx))
					break
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
