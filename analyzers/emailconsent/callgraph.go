package emailconsent

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Paths from entry points. A send needs a consent check somewhere on
// every path that reaches it from an entry point: in its own function or
// in a caller. The package's call graph answers "who calls this
// function": static calls, go and defer statements, method values called
// in place, and calls through an interface resolved to the package's
// implementations. Entry points are the functions whose callers are not
// all known:
//
//   - main and init;
//   - functions used as values (handlers, jobs, callbacks registered
//     somewhere): whoever calls them is not resolved;
//   - exported functions and methods that nothing in the package calls
//     (outside package main): other packages may.
//
// A go statement is a call site like any other: a function started in a
// goroutine is judged by the guard of the path that starts it. A cycle of
// calls counts as unguarded.
//
// An unexported function nobody calls is dead code here (or called from
// tests only): it is no entry point, so a wrapper that sends to its
// parameter and has no callers reports nothing.
//
// Calls from _test.go files do not count for functions of the package's
// other files: a test calling a function does not make it safe, and the
// package and its test variant must decide alike.

// buildCallGraph records the callers of the package's functions and the
// functions used as values.
func (c *checker) buildCallGraph() {
	resolved := c.resolveCallbacks()
	var ops []*ssa.Value
	for _, fn := range c.funcs {
		test := c.inTestFile(fn)
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var callValue ssa.Value
				if call, ok := instr.(ssa.CallInstruction); ok {
					common := call.Common()
					callValue = common.Value
					if t, ok := c.target(common); ok {
						for _, callee := range c.calleeFuncs(t) {
							if callee.Parent() == nil && (!test || c.inTestFile(callee)) {
								c.callers[callee] = append(c.callers[callee], call)
							}
						}
					}
				}
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if op == nil || *op == nil || *op == callValue || resolved[op] {
						continue
					}
					if mc, ok := instr.(*ssa.MakeClosure); ok && resolved[&mc.Fn] {
						continue
					}
					obj := valueFuncObj(*op, instr)
					if obj == nil {
						continue
					}
					if test {
						if fn := c.byObj[obj]; fn == nil || !c.inTestFile(fn) {
							continue
						}
					}
					c.valueRefs[obj] = true
				}
			}
		}
	}
}

// callback is a function passed to a callback parameter: the function,
// and how many arguments its parameters have beyond the call's (1 for a
// bound method value, whose receiver is bound).
type callback struct {
	fn    *ssa.Function
	shift int
}

// resolveCallbacks finds the callback parameters of the package's
// functions (parameters of function type that the function only calls,
// as forEachSubscriber(ctx, fn) calls fn(sub)) and, when every call in the
// package passes a function of the package to one, the functions that
// its calls run. A function passed only so is not a value with unknown
// callers: the calls of the parameter are its call sites. It returns the
// operands (arguments, and the bound methods of method values) used so.
func (c *checker) resolveCallbacks() map[*ssa.Value]bool {
	resolved := map[*ssa.Value]bool{}
	pure := map[*ssa.Parameter]bool{}
	for _, fn := range c.funcs {
		if fn.Parent() != nil {
			continue
		}
		for _, p := range fn.Params {
			if _, ok := p.Type().Underlying().(*types.Signature); !ok {
				continue
			}
			refs := referrers(p)
			only := len(refs) > 0
			for _, r := range refs {
				call, ok := r.(ssa.CallInstruction)
				if !ok || call.Common().Value != p || slices.Contains(call.Common().Args, ssa.Value(p)) {
					only = false
				}
			}
			if only {
				pure[p] = true
			}
		}
	}
	unknown := map[*ssa.Parameter]bool{}
	var uses []*ssa.Value
	var closures []*ssa.MakeClosure
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				callee, ok := call.Common().Value.(*ssa.Function)
				if !ok || call.Common().IsInvoke() || c.byObjFn(callee) == nil {
					continue
				}
				callee = c.byObjFn(callee)
				for k := range call.Common().Args {
					if k >= len(callee.Params) || !pure[callee.Params[k]] {
						continue
					}
					p := callee.Params[k]
					arg := &call.Common().Args[k]
					cb, mc, ok := c.callbackOf(*arg)
					if !ok {
						unknown[p] = true
						continue
					}
					c.cbArgs[p] = append(c.cbArgs[p], cb)
					uses = append(uses, arg)
					if mc != nil {
						closures = append(closures, mc)
					}
				}
			}
		}
	}
	for p := range unknown {
		delete(c.cbArgs, p)
	}
	for _, arg := range uses {
		resolved[arg] = true
	}
	// A method value whose every use is a resolved argument.
	for _, mc := range closures {
		all := true
		for _, r := range referrers(mc) {
			call, ok := r.(ssa.CallInstruction)
			if !ok {
				all = false
				break
			}
			for k := range call.Common().Args {
				if call.Common().Args[k] == ssa.Value(mc) && !resolved[&call.Common().Args[k]] {
					all = false
				}
			}
			if call.Common().Value == ssa.Value(mc) {
				all = false
			}
		}
		if all {
			resolved[&mc.Fn] = true
		}
	}
	return resolved
}

// byObjFn returns the package's function for a static callee (the
// origin of an instance), or nil.
func (c *checker) byObjFn(fn *ssa.Function) *ssa.Function {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if fn.Pkg == nil || fn.Pkg.Pkg != c.pass.Pkg || fn.Parent() != nil || len(fn.Blocks) == 0 {
		return nil
	}
	return fn
}

// callbackOf resolves a function value passed as an argument to a
// function of the package: a function, a method expression, a bound
// method value (with its closure) or a closure.
func (c *checker) callbackOf(v ssa.Value) (callback, *ssa.MakeClosure, bool) {
	switch x := v.(type) {
	case *ssa.Function:
		if fn := c.byObjFn(x); fn != nil {
			return callback{fn: fn}, nil, true
		}
		if obj, ok := x.Object().(*types.Func); ok && obj != nil && strings.HasPrefix(x.Synthetic, "thunk") {
			if fn := c.byObj[obj.Origin()]; fn != nil {
				return callback{fn: fn}, nil, true
			}
		}
	case *ssa.MakeClosure:
		fn, ok := x.Fn.(*ssa.Function)
		if !ok {
			break
		}
		if strings.HasPrefix(fn.Synthetic, "bound method wrapper") {
			if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
				if m := c.byObj[obj.Origin()]; m != nil {
					return callback{fn: m, shift: 1}, x, true
				}
			}
			break
		}
		if fn.Parent() != nil {
			return callback{fn: fn}, nil, true
		}
	}
	return callback{}, nil, false
}

// valueFuncObj returns the declared function that operand v of instr
// uses as a value rather than calls: a function named without calling it
// (q.Handle("x", send)), or a method value (q.Handle("x", w.send)) that
// is not only called in place.
func valueFuncObj(v ssa.Value, instr ssa.Instruction) *types.Func {
	fn, ok := v.(*ssa.Function)
	if !ok || fn.Parent() != nil {
		return nil
	}
	if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == v && calledOnly(mc, fn) {
		return nil
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return nil
	}
	return obj.Origin()
}

// inTestFile reports whether fn (or the function it is declared in) is
// in a _test.go file.
func (c *checker) inTestFile(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if v, ok := c.testFile[fn]; ok {
		return v
	}
	v := false
	if f := c.pass.Fset.File(fn.Pos()); f != nil {
		v = strings.HasSuffix(f.Name(), "_test.go")
	}
	c.testFile[fn] = v
	return v
}

// entry reports whether fn, a function declared at package level, is an
// entry point.
func (c *checker) entry(fn *ssa.Function) bool {
	if fn.Parent() != nil {
		return false // a closure belongs to the function that makes it
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return true
	}
	if c.valueRefs[obj] {
		return true
	}
	if obj.Signature().Recv() == nil && (obj.Name() == "init" || (obj.Name() == "main" && c.pass.Pkg.Name() == "main")) {
		return true
	}
	if len(c.callers[fn]) > 0 {
		return false
	}
	return c.exported(obj)
}

// exported reports whether other packages can call obj.
func (c *checker) exported(obj *types.Func) bool {
	return obj.Exported() && c.pass.Pkg.Name() != "main"
}

// ctxGuarded reports whether every path from an entry point to block b
// passes a consent check that said yes: in b's function, or in every
// caller.
func (c *checker) ctxGuarded(b *ssa.BasicBlock) bool {
	return c.guarded(b) || c.callersGuarded(b.Parent())
}

// callersGuarded reports whether fn is entered only from guarded places:
// it is no entry point, it has callers (for a closure: places that make
// or call it), and each of them is guarded in context.
func (c *checker) callersGuarded(fn *ssa.Function) bool {
	switch c.ctxMemo[fn] {
	case guardYes:
		return true
	case guardNo, guardBusy:
		return false
	}
	c.ctxMemo[fn] = guardBusy
	ok := c.computeCallersGuarded(fn)
	if ok {
		c.ctxMemo[fn] = guardYes
	} else {
		c.ctxMemo[fn] = guardNo
	}
	return ok
}

func (c *checker) computeCallersGuarded(fn *ssa.Function) bool {
	var sites []ssa.Instruction
	if fn.Parent() != nil {
		sites = c.sites[fn]
	} else {
		if c.entry(fn) {
			return false
		}
		for _, call := range c.callers[fn] {
			sites = append(sites, call)
		}
	}
	if len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if s.Block() == nil || !c.ctxGuarded(s.Block()) {
			return false
		}
	}
	return true
}

// delegates reports whether the sends of fn to recipients it finds
// itself are its callers' business: it is no entry point, and some of
// its callers check consent before calling it, which says it expects
// them to. Its unguarded callers are then where the findings go. A
// closure delegates as the function that makes it does.
func (c *checker) delegates(fn *ssa.Function) bool {
	fn = topLevel(fn)
	if c.entry(fn) {
		return false
	}
	for _, call := range c.callers[fn] {
		if b := call.Block(); b != nil && c.ctxGuarded(b) {
			return true
		}
	}
	return false
}

func topLevel(fn *ssa.Function) *ssa.Function {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn
}
