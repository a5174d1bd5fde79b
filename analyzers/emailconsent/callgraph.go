package emailconsent

import (
	"go/types"
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
					if op == nil || *op == nil || *op == callValue {
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
