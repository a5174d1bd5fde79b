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
	// impls are the concrete methods a call through an interface may
	// run, when the package sees few enough of them (nil otherwise).
	impls []*types.Func
	// cbs are the functions a call of a callback parameter (cbName)
	// runs.
	cbs    []callback
	cbName string
}

// target resolves a call: static calls, interface method calls, bound
// method values (f := c.Send; f(m)), method expressions and closures.
// Calls of other function values are not resolved.
func (c *checker) target(call *ssa.CallCommon) (target, bool) {
	if call.IsInvoke() {
		obj := call.Method
		t := target{obj: obj, sig: obj.Signature(), args: append([]ssa.Value{call.Value}, call.Args...), shift: 1}
		if fns, ok := c.callees.Methods(call.Value.Type(), obj.Name()); ok {
			t.impls = fns
		}
		return t, true
	}
	switch v := call.Value.(type) {
	case *ssa.Parameter:
		if cbs := c.cbArgs[v]; len(cbs) > 0 {
			return target{sig: call.Signature(), args: call.Args, cbs: cbs, cbName: v.Name()}, true
		}
		return target{}, false
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
	if len(t.impls) > 0 {
		return c.merged(t.impls)
	}
	if len(t.cbs) > 0 {
		return c.mergedCallbacks(t.cbs)
	}
	return c.summaryOfObj(t.obj)
}

// mergedCallbacks is the summary of a call of a callback parameter: the
// sends of the functions passed to it, their parameters counted as the
// call's arguments (a bound method's receiver is not one).
func (c *checker) mergedCallbacks(cbs []callback) *Summary {
	out := &Summary{}
	for _, cb := range cbs {
		obj, _ := cb.fn.Object().(*types.Func)
		if c.transactionalObj(obj) || c.transactionalChain(cb.fn) {
			continue
		}
		s := c.summaries[cb.fn]
		if s == nil {
			continue
		}
		for _, snd := range s.Sends {
			if snd.Param >= 0 {
				snd.Param -= cb.shift
				if snd.Param < 0 {
					continue
				}
			}
			out.Sends = append(out.Sends, snd)
		}
	}
	if len(out.Sends) == 0 {
		return nil
	}
	normalize(out)
	return out
}

// summaryOfObj returns the summary of a declared function or method.
func (c *checker) summaryOfObj(obj *types.Func) *Summary {
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	if obj.Pkg() == c.pass.Pkg {
		if fn := c.byObj[obj]; fn != nil {
			return c.summaries[fn]
		}
		return nil
	}
	if s, ok := c.imported[obj]; ok {
		return s
	}
	s := new(Summary)
	if !c.pass.ImportObjectFact(obj, s) {
		s = nil
	}
	c.imported[obj] = s
	return s
}

// merged is the summary of a call through an interface: the union of
// the sends of the implementations it may run (a catalogued sender among
// them sends to its recipient argument), a consent answer only when they
// all give the same one, consented recipients only when all return them.
// Transactional implementations send nothing that needs consent.
func (c *checker) merged(impls []*types.Func) *Summary {
	out := &Summary{}
	consented, n := true, 0
	var answer *Answer
	sameAnswer := true
	for _, impl := range impls {
		if c.transactionalObj(impl) {
			continue
		}
		n++
		if snd, ok := c.senders[impl.FullName()]; ok {
			to := snd.To
			if to < 0 {
				to = guessRecipientArg(target{obj: impl, sig: impl.Signature()})
			}
			out.Sends = append(out.Sends, Send{Param: to, Via: []string{shortName(impl)}})
		}
		s := c.summaryOfObj(impl)
		if s == nil {
			consented, sameAnswer = false, false
			continue
		}
		for _, snd := range s.Sends {
			snd.Via = append([]string{shortName(impl)}, snd.Via...)
			snd.owner = impl.Origin().FullName()
			out.Sends = append(out.Sends, snd)
		}
		consented = consented && s.Consented
		switch {
		case s.Answer == nil:
			sameAnswer = false
		case answer == nil:
			answer = s.Answer
		case *answer != *s.Answer:
			sameAnswer = false
		}
	}
	if n == 0 {
		return nil
	}
	out.Consented = consented
	if sameAnswer {
		out.Answer = answer
	}
	normalize(out)
	return out
}

// calleeFuncs returns the functions of this package a call may run: its
// static callee, or the implementations of an interface method.
func (c *checker) calleeFuncs(t target) []*ssa.Function {
	if t.fn != nil {
		return []*ssa.Function{t.fn}
	}
	var out []*ssa.Function
	if t.obj != nil && t.obj.Pkg() == c.pass.Pkg {
		if fn := c.byObj[t.obj]; fn != nil {
			out = append(out, fn)
		}
	}
	for _, impl := range t.impls {
		if fn := c.byObj[impl]; fn != nil {
			out = append(out, fn)
		}
	}
	for _, cb := range t.cbs {
		out = append(out, cb.fn)
	}
	return out
}

// name says what a target is called in messages.
func (t target) name() string {
	if t.obj != nil {
		return shortName(t.obj)
	}
	if t.fn != nil {
		return funcDisplay(t.fn)
	}
	if len(t.cbs) == 1 {
		return funcDisplay(t.cbs[0].fn)
	}
	if t.cbName != "" {
		return t.cbName
	}
	return "a function value"
}
