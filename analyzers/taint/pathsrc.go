package taint

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"
)

// Recognised fields of parameters. A field that the policy recognises by
// its name, tag or type (ev.UserIP, c.Email) read through a parameter of a
// function that code calls is data of the caller: the caller knows which
// struct it passes. The field read is then no source in the function; its
// summary says "param N at .UserIP reaches the sink", and the caller, which
// sees the argument's type, turns the recognised fields on that path into
// sources at its call. So a wrapper that logs a parameter's IP field is
// reported once, at the call where the struct is not a parameter any more,
// as a wrapper that logs its string parameter is.
//
// A function nothing calls (a handler passed as a value, a callback)
// keeps the field as a source in place: no caller will report it. So do
// the fields of the standard library's and the modelled frameworks' types
// (a request's RemoteAddr): the framework makes those structs, not the
// code that calls the handler.

// deferrableField reports whether the recognised fields of a struct type
// are left to the callers of the functions that read them through a
// parameter: the type is not the standard library's nor a modelled
// library's.
func deferrableField(structType types.Type) bool {
	n, ok := types.Unalias(deref(structType)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return true
	}
	path := n.Obj().Pkg().Path()
	return !modeled(path) && !isStd(path)
}

var stdPkgs sync.Map // import path -> bool

// isStd reports whether an import path names a package of the standard
// library: its first element has no dot and GOROOT/src holds its
// directory. It does not ask go/build: in module mode Context.Import runs
// `go list` for any path outside GOROOT, which cost a unit of a
// real-shaped bench module a tenth of a second per package path
// (bench/README.md).
func isStd(path string) bool {
	if v, ok := stdPkgs.Load(path); ok {
		return v.(bool)
	}
	first, _, _ := strings.Cut(path, "/")
	std := false
	if goroot := build.Default.GOROOT; goroot != "" && !strings.Contains(first, ".") {
		fi, err := os.Stat(filepath.Join(goroot, "src", filepath.FromSlash(path)))
		std = err == nil && fi.IsDir()
	}
	stdPkgs.Store(path, std)
	return std
}

// An exported function that nothing in its package calls keeps the field
// as a source too, but the finding names it (Hit.Entry): other packages
// may call it and report the flow at their calls, which only a run that
// sees them all can tell (the standalone command drops the finding then).

// deferParamFields reports whether recognised fields read through the
// parameters of fn are left to its callers: fn is a named function or
// method called in the package.
func (e *engine) deferParamFields(fn *ssa.Function) bool {
	if fn == nil || fn.Parent() != nil {
		return false
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	return e.calledFuncs()[fn]
}

// entryOf returns the exported function whose (non-receiver) parameter
// the access path of v starts at, when the function is not called in the
// package, or "".
func (u *unit) entryOf(v ssa.Value) string {
	p := asParam(u.root(v).obj)
	if p == nil {
		return ""
	}
	fn := p.Parent()
	if fn.Parent() != nil || (fn.Signature.Recv() != nil && fn.Params[0] == p) {
		return ""
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj.Exported() {
		return topFuncName(fn)
	}
	return ""
}

// calledFuncs returns the package's functions that a call in the package
// reaches, statically or through an interface or function value.
func (e *engine) calledFuncs() map[*ssa.Function]bool {
	if e.called != nil {
		return e.called
	}
	e.called = map[*ssa.Function]bool{}
	for _, fn := range e.allFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				c := call.Common()
				if callee := c.StaticCallee(); callee != nil {
					if o := callee.Origin(); o != nil {
						callee = o
					}
					e.called[callee] = true
					continue
				}
				_, fns, _ := e.candidates(c)
				for _, f := range fns {
					if f != nil {
						e.called[f] = true
					}
				}
			}
		}
	}
	return e.called
}

// paramRooted reports whether the access path of v starts at a parameter
// of a function whose recognised parameter fields are its callers'.
//
// A method's receiver is not such a parameter: its fields are the
// object's own state (a session store's sessions), which its callers
// neither build nor know.
func (u *unit) paramRooted(v ssa.Value) bool {
	p := asParam(u.root(v).obj)
	if p == nil {
		return false
	}
	fn := p.Parent()
	if fn.Signature.Recv() != nil && len(fn.Params) > 0 && fn.Params[0] == p {
		return false
	}
	return u.e.deferParamFields(fn)
}

// argAt is the labels of an argument at a field path a callee reads it
// at, with the fields on that path that the policy recognises as sources
// (see above), unless the argument is itself such a parameter.
//
// recv says the argument is the receiver of a method, whose fields are
// its own state and stay sources in the method.
func (u *unit) argAt(v ssa.Value, path string, shallow, recv bool, pos token.Pos) *set {
	t := u.valueAt(v, path, shallow)
	if path == "" || recv || u.paramRooted(v) {
		return t
	}
	// A recogniser only adds what the argument does not already carry
	// with a real origin (the r.RemoteAddr stored in the field).
	have := map[string]bool{}
	for _, l := range t.labels() {
		if l.concrete() {
			have[l.cat] = true
		}
	}
	typ := v.Type()
	desc := u.e.exprText(v)
	entry := u.entryOf(v)
	walked := ""
	// A struct literal built here sets some fields only: the others are
	// zero, whatever they are named.
	var only map[int]ssa.Value
	if r := u.root(v); r.path == "" {
		only = u.builtFields(r.obj)
	}
	for rest := path; rest != ""; {
		if after, ok := strings.CutPrefix(rest, "[]"); ok {
			next, ok := typeAtPath(typ, "[]")
			if !ok {
				break
			}
			typ, rest, walked = next, after, walked+"[]"
			continue
		}
		name := rest[1:]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name, rest = name[:i], name[i:]
		} else {
			rest = ""
		}
		st, ok := deref(typ).Underlying().(*types.Struct)
		if !ok {
			break
		}
		idx := -1
		for i := range st.NumFields() {
			if st.Field(i).Name() == name {
				idx = i
				break
			}
		}
		if idx < 0 {
			break
		}
		if only != nil {
			stored, set := only[idx]
			if !set {
				break // a field the literal leaves zero
			}
			only = u.literalFields(stored)
		}
		f := st.Field(idx)
		walked += "." + name
		if carrier(f.Type()) && deferrableField(typ) {
			for _, cat := range u.e.fieldCatsOf(deref(typ), idx) {
				if !have[cat] {
					l := u.source(cat, joinName(desc, strings.TrimPrefix(walked, ".")), pos)
					l.entry = entry
					t.add(l)
				}
			}
		}
		typ = f.Type()
	}
	return t
}

// fieldCatsOf returns the categories field i of a struct type is a source
// of, memoised.
func (e *engine) fieldCatsOf(structType types.Type, i int) []string {
	st, ok := structType.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	f := st.Field(i)
	cats, ok := e.fieldMemo[f]
	if !ok {
		cats = e.cat.fieldCats(fieldID(structType, i), f.Name(), st.Tag(i), typeName(f.Type()))
		e.fieldMemo[f] = cats
	}
	return cats
}

// exprText names an argument as the code writes it, for messages.
func (e *engine) exprText(v ssa.Value) string {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.UnOp:
			if x.Op == token.MUL {
				if fa, ok := x.X.(*ssa.FieldAddr); ok {
					if text := e.selectorText(fa.Pos()); text != "" {
						return text
					}
				}
			}
		}
		break
	}
	if n := valueName(v); n != "" {
		return n
	}
	if text := e.exprAt(v.Pos()); text != "" {
		return text
	}
	return shortTypeName(v.Type())
}

// exprAt returns the source text of a short expression that starts at
// pos (a composite literal's type, an identifier), or "". The identifiers
// of the package are indexed by position on first use: walking a file
// for each argument named took 90% of the engine's time on
// aws-sdk-go-v2's s3 (bench/README.md).
func (e *engine) exprAt(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	if e.idents == nil {
		e.idents = map[token.Pos]string{}
		for _, f := range e.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					e.idents[id.Pos()] = id.Name
				}
				return true
			})
		}
	}
	return e.idents[pos]
}

// addPathSources adds to the whole-value part of a decomposed argument the
// recognised fields on the path a callee reads it at.
func (u *unit) addPathSources(parts map[string]*set, v ssa.Value, path string, recv bool, pos token.Pos, removed []string) {
	if path == "" || recv || u.paramRooted(v) {
		return
	}
	src := minus(u.argAt(v, path, true, false, pos), removed)
	var concrete set
	for _, l := range src.labels() {
		if l.concrete() {
			concrete.add(l)
		}
	}
	if concrete.len() == 0 {
		return
	}
	if parts[""] == nil {
		parts[""] = &set{}
	}
	parts[""].addAll(&concrete)
}

// isRecv reports whether argument i of a call is the receiver of the
// method called.
func isRecv(ce callee, i int) bool {
	return i == 0 && ce.obj != nil && ce.obj.Signature().Recv() != nil
}

// asParam returns the parameter a root value is: the parameter itself, or
// the local it was spilled to (a struct parameter whose fields are
// assigned or whose address is taken), or nil.
func asParam(v ssa.Value) *ssa.Parameter {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x
	case *ssa.Alloc:
		if x.Heap && x.Parent() != nil && len(x.Parent().FreeVars) > 0 {
			return nil
		}
		for _, ref := range *x.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
				if p, ok := st.Val.(*ssa.Parameter); ok && p.Parent() == x.Parent() {
					return p
				}
			}
		}
	}
	return nil
}

// fromParam reports whether a root value holds what the caller passed: a
// parameter, the local it was spilled to, or a captured variable.
func fromParam(v ssa.Value) bool {
	if _, ok := v.(*ssa.FreeVar); ok {
		return true
	}
	return asParam(v) != nil
}

// noteCrossCall records a call of functions of other packages whose
// summary reads an argument at a field path: the callee may have left the
// recognised fields on that path to this call (Result.Calls).
func (e *engine) noteCrossCall(ce callee, cands []*types.Func, s *FuncSummary) {
	paths := false
	for _, k := range s.Sinks {
		paths = paths || k.Path != ""
	}
	for _, f := range s.Flows {
		paths = paths || f.Path != ""
	}
	if !paths {
		return
	}
	objs := cands
	if len(objs) == 0 && ce.obj != nil {
		objs = []*types.Func{ce.obj}
	}
	for _, obj := range objs {
		if obj != nil && obj.Pkg() != nil && obj.Pkg() != e.pass.Pkg {
			e.crossCalls[obj.Origin().FullName()] = true
		}
	}
}
