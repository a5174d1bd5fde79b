package emailconsent

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Channels. A worker that reads its recipients from a channel sends to
// whatever the producers put there, so the send is judged on the paths
// that fed the channel: when every send on it is guarded (in its function
// or by every caller), the worker needs no check of its own; otherwise
// the recipients are what the unguarded producers sent.
//
// A channel is known by where it lives: a struct field (m.queue), a
// package variable, or the make that created it, followed through the
// locals, closures and parameters (of functions whose callers all pass
// the same channel) it is handed through.

// maxChanDepth bounds the walk from a channel value to its identity.
const maxChanDepth = 8

// producer is a send on a channel.
type producer struct {
	val   ssa.Value
	block *ssa.BasicBlock
	pos   token.Pos
}

// chanIndex lists the sends on each channel of the package.
type chanIndex struct {
	producers map[any][]producer
}

func (c *checker) producersOf(key any) []producer {
	if c.chans == nil {
		c.chans = &chanIndex{producers: map[any][]producer{}}
		for _, fn := range c.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch x := instr.(type) {
					case *ssa.Send:
						if k := c.chanKey(x.Chan, 0); k != nil {
							c.chans.producers[k] = append(c.chans.producers[k], producer{x.X, b, x.Pos()})
						}
					case *ssa.Select:
						for _, st := range x.States {
							if st.Dir != types.SendOnly {
								continue
							}
							if k := c.chanKey(st.Chan, 0); k != nil {
								c.chans.producers[k] = append(c.chans.producers[k], producer{st.Send, b, st.Pos})
							}
						}
					}
				}
			}
		}
	}
	return c.chans.producers[key]
}

// recv follows a value received from channel ch to what was sent on it.
func (w *walker) recv(ch ssa.Value) {
	key := w.c.chanKey(ch, 0)
	if key == nil {
		w.o.local = true
		return
	}
	prods := w.c.producersOf(key)
	if len(prods) == 0 {
		w.o.local = true
		return
	}
	far := w.far
	w.far = true
	defer func() { w.far = far }()
	for _, p := range prods {
		if w.c.ctxGuarded(p.block) {
			w.o.fed = true
			continue
		}
		if p.pos.IsValid() {
			w.o.feeds = append(w.o.feeds, p.pos)
		}
		w.value(p.val)
	}
}

// selectRecv follows value idx of a select's result tuple (index, ok,
// then one value per receiving case) to the channel of its case.
func (w *walker) selectRecv(sel *ssa.Select, idx int) {
	j := idx - 2
	for _, st := range sel.States {
		if st.Dir != types.RecvOnly {
			continue
		}
		if j == 0 {
			w.recv(st.Chan)
			return
		}
		j--
	}
	w.o.local = true
}

// chanKey identifies the channel a value holds: the *types.Var of a
// struct field, a *ssa.Global, or the *ssa.MakeChan that made it; nil
// when it cannot be told.
func (c *checker) chanKey(v ssa.Value, depth int) any {
	if depth > maxChanDepth {
		return nil
	}
	switch x := v.(type) {
	case *ssa.MakeChan:
		return x
	case *ssa.ChangeType:
		return c.chanKey(x.X, depth+1)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return c.chanAddrKey(x.X, depth+1)
		}
	case *ssa.Field:
		return fieldKey(x.X.Type(), x.Field)
	case *ssa.Phi:
		var key any
		for _, e := range x.Edges {
			k := c.chanKey(e, depth+1)
			if k == nil || (key != nil && k != key) {
				return nil
			}
			key = k
		}
		return key
	case *ssa.Parameter:
		return c.paramChanKey(x, depth)
	case *ssa.FreeVar:
		return c.freeVarKey(x, depth, c.chanKey)
	}
	return nil
}

// chanAddrKey identifies the channel stored at an address.
func (c *checker) chanAddrKey(a ssa.Value, depth int) any {
	if depth > maxChanDepth {
		return nil
	}
	switch x := a.(type) {
	case *ssa.FieldAddr:
		return fieldKey(x.X.Type(), x.Field)
	case *ssa.Global:
		return x
	case *ssa.Alloc:
		var key any
		for _, st := range storesTo(x) {
			k := c.chanKey(st.Val, depth+1)
			if k == nil || (key != nil && k != key) {
				return nil
			}
			key = k
		}
		return key
	case *ssa.FreeVar:
		return c.freeVarKey(x, depth, c.chanAddrKey)
	}
	return nil
}

// freeVarKey resolves a closure's captured variable through the values
// its creators bind to it; they must all agree.
func (c *checker) freeVarKey(x *ssa.FreeVar, depth int, resolve func(ssa.Value, int) any) any {
	fn := x.Parent()
	idx := -1
	for i, fv := range fn.FreeVars {
		if fv == x {
			idx = i
		}
	}
	var key any
	for _, s := range c.sites[fn] {
		mc, ok := s.(*ssa.MakeClosure)
		if !ok || idx < 0 || idx >= len(mc.Bindings) {
			continue
		}
		k := resolve(mc.Bindings[idx], depth+1)
		if k == nil || (key != nil && k != key) {
			return nil
		}
		key = k
	}
	return key
}

// paramChanKey resolves a channel parameter of a function that is no
// entry point through the arguments of its callers; they must agree.
func (c *checker) paramChanKey(x *ssa.Parameter, depth int) any {
	fn := x.Parent()
	if fn.Parent() != nil || c.entry(fn) {
		return nil
	}
	idx := -1
	for i, p := range fn.Params {
		if p == x {
			idx = i
		}
	}
	var key any
	for _, call := range c.callers[fn] {
		t, ok := c.target(call.Common())
		if !ok || idx < 0 || idx >= len(t.args) {
			return nil
		}
		k := c.chanKey(t.args[idx], depth+1)
		if k == nil || (key != nil && k != key) {
			return nil
		}
		key = k
	}
	return key
}

// fieldKey is the key of field i of the struct type t (or *t): its
// *types.Var, or nil.
func fieldKey(t types.Type, i int) any {
	s, ok := deref(t).Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}
