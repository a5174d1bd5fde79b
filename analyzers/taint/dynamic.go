package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Dynamic calls: a call through an interface, or through a function value
// held in a struct field or a package variable, is resolved to the
// functions that may run when the analysed package can see them all and
// they are few. The call then behaves like the union of their calls: their
// summaries are merged, so a service's own Notifier.Notify whose
// implementation logs, or a job handler registered in a field, is a sink
// like a direct call would be.

// maxDynamic bounds the candidates of a function value.
const maxDynamic = 8

// candidates returns the functions a dynamic call may run, and whether
// the list is complete (every candidate is known). A static call has none.
func (e *engine) candidates(c *ssa.CallCommon) (fns []*types.Func, ssaFns []*ssa.Function, complete bool) {
	if c.IsInvoke() {
		cands, ok := e.callees.Methods(c.Value.Type(), c.Method.Name())
		if !ok || len(cands) == 0 {
			return nil, nil, false
		}
		for _, m := range cands {
			var fn *ssa.Function
			if m.Pkg() == e.pass.Pkg {
				fn = e.pkg.Prog.FuncValue(m)
			}
			fns, ssaFns = append(fns, m), append(ssaFns, fn)
		}
		return fns, ssaFns, true
	}
	if c.StaticCallee() != nil {
		return nil, nil, false
	}
	vals, ok := e.funcValues(c.Value)
	if !ok {
		return nil, nil, false
	}
	for _, fn := range vals {
		obj, _ := fn.Object().(*types.Func)
		fns, ssaFns = append(fns, obj), append(ssaFns, fn)
	}
	return fns, ssaFns, true
}

// funcValues returns the functions a field or package variable of
// function type is ever set to in the package, when they are all known
// functions or closures and there are few of them.
func (e *engine) funcValues(v ssa.Value) ([]*ssa.Function, bool) {
	var stored []ssa.Value
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, false
		}
		switch a := x.X.(type) {
		case *ssa.Global:
			if a.Pkg != e.pkg {
				return nil, false
			}
			stored = e.destIndex().globals[a]
		case *ssa.FieldAddr:
			if f := structField(deref(a.X.Type()), a.Field); f != nil && f.Pkg() == e.pass.Pkg {
				stored = e.destIndex().fields[f]
			}
		}
	case *ssa.Field:
		if f := structField(x.X.Type(), x.Field); f != nil && f.Pkg() == e.pass.Pkg {
			stored = e.destIndex().fields[f]
		}
	}
	if len(stored) == 0 || len(stored) > maxDynamic {
		return nil, false
	}
	var out []*ssa.Function
	seen := map[*ssa.Function]bool{}
	for _, s := range stored {
		var fn *ssa.Function
		switch y := s.(type) {
		case *ssa.Function:
			fn = y
		case *ssa.MakeClosure:
			fn, _ = y.Fn.(*ssa.Function)
		}
		if fn == nil {
			return nil, false // a value from elsewhere: unknown
		}
		if !seen[fn] {
			seen[fn] = true
			out = append(out, fn)
		}
	}
	return out, true
}

func structField(t types.Type, i int) *types.Var {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st.Field(i)
}

// dynamicSummary merges the summaries of a dynamic call's candidates, and
// says whether every candidate's behaviour is known.
func (e *engine) dynamicSummary(fns []*types.Func, ssaFns []*ssa.Function) (*FuncSummary, bool) {
	merged := &FuncSummary{}
	known := true
	for i, obj := range fns {
		s, k := e.summaryOf(ssaFns[i], obj)
		known = known && k
		if s == nil {
			continue
		}
		merged.Sinks = append(merged.Sinks, s.Sinks...)
		merged.Results = append(merged.Results, s.Results...)
		merged.Flows = append(merged.Flows, s.Flows...)
		merged.Ctx = append(merged.Ctx, s.Ctx...)
	}
	if merged.empty() {
		return nil, known
	}
	return merged, known
}
