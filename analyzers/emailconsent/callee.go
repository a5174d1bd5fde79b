package emailconsent

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// target is what a call calls: a declared function or method (obj), code
// of this package (fn, also for closures), or both.
type target struct {
	obj  *types.Func
	fn   *ssa.Function
	sig  *types.Signature
	args []ssa.Value // with the receiver first for methods
	// shift is how many of args the call's source argument list lacks
	// (1 when the receiver is written before the dot).
	shift int
}

// target resolves a call: static calls, interface method calls, bound
// method values (f := c.Send; f(m)), method expressions and closures.
// Calls of other function values are not resolved.
func (c *checker) target(call *ssa.CallCommon) (target, bool) {
	if call.IsInvoke() {
		obj := call.Method
		return target{obj: obj, sig: obj.Signature(), args: append([]ssa.Value{call.Value}, call.Args...), shift: 1}, true
	}
	switch v := call.Value.(type) {
	case *ssa.Function:
		return c.funcTarget(v, call.Args)
	case *ssa.MakeClosure:
		fn, ok := v.Fn.(*ssa.Function)
		if !ok {
			return target{}, false
		}
		if strings.HasPrefix(fn.Synthetic, "bound method wrapper") && len(v.Bindings) == 1 {
			obj, _ := fn.Object().(*types.Func)
			if obj == nil {
				return target{}, false
			}
			return target{obj: obj, sig: obj.Signature(), args: append([]ssa.Value{v.Bindings[0]}, call.Args...), shift: 1}, true
		}
		return c.funcTarget(fn, call.Args)
	}
	return target{}, false
}

func (c *checker) funcTarget(fn *ssa.Function, args []ssa.Value) (target, bool) {
	t := target{fn: fn, sig: fn.Signature, args: args}
	if o := fn.Origin(); o != nil {
		t.fn = o
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
		t.obj = obj.Origin()
		t.sig = obj.Signature()
		switch {
		case strings.HasPrefix(fn.Synthetic, "thunk"):
			// (*T).M(recv, args): the receiver is written as an argument.
		case obj.Signature().Recv() != nil:
			t.shift = 1
		}
	}
	if t.fn.Synthetic != "" || t.fn.Pkg == nil || t.fn.Pkg.Pkg != c.pass.Pkg || len(t.fn.Blocks) == 0 {
		t.fn = nil
		if t.obj == nil {
			return target{}, false
		}
	}
	return t, true
}

// summaryOf returns what is known of a call target's behaviour: the
// summary computed in this run for the package's own code, or the fact of
// a dependency.
func (c *checker) summaryOf(t target) *Summary {
	if t.fn != nil {
		return c.summaries[t.fn]
	}
	if t.obj == nil || t.obj.Pkg() == nil {
		return nil
	}
	if t.obj.Pkg() == c.pass.Pkg {
		if fn := c.byObj[t.obj]; fn != nil {
			return c.summaries[fn]
		}
		return nil
	}
	if s, ok := c.imported[t.obj]; ok {
		return s
	}
	s := new(Summary)
	if !c.pass.ImportObjectFact(t.obj, s) {
		s = nil
	}
	c.imported[t.obj] = s
	return s
}

// name says what a target is called in messages.
func (t target) name() string {
	if t.obj != nil {
		return shortName(t.obj)
	}
	if t.fn != nil {
		return funcDisplay(t.fn)
	}
	return "a function value"
}
