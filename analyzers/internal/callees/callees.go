// Package callees resolves a call through an interface method to the
// concrete methods that may run, as far as the analysed package can see.
//
// It is class-hierarchy analysis limited to visible types: the candidates
// are the named, non-interface types declared in the package (at package
// level or inside its functions) and in the packages its type information
// reaches through imports, and a candidate is kept when its method set (T
// or *T) implements the interface. A type the package cannot see (declared
// in a package nothing it imports mentions) cannot be found, so an empty
// answer means "no visible implementation", not "nothing runs".
//
// The rules use it to merge the summaries (facts) of the implementations
// of a call such as n.Notify(u) on a Notifier: when every candidate is
// known and there are few of them, the call behaves like the union of
// their calls. When there are more than the bound, the call is unknown.
//
// It depends on go/types only, so that both the taint engine and the rule
// analyzers can use it; an Index is memoised per package and safe for
// concurrent use.
package callees

import (
	"cmp"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/types/typeutil"
)

// DefaultMax is the bound New uses: a call with more candidate methods is
// unknown. A handful of implementations (the real one, a no-op, a logging
// decorator) is what service interfaces have; io.Writer or error, called
// through with dozens of visible implementations, tell nothing useful.
const DefaultMax = 8

// Index answers callee questions for one analysed package.
type Index struct {
	pkg *types.Package
	max int

	mu        sync.Mutex
	built     bool
	types     []*types.Named            // every candidate, in a deterministic order
	order     map[*types.Named]int      // position of each in types
	byName    map[string][]*types.Named // types with a method of that name, declared or promoted
	embedders []*types.Named            // structs with embedded fields
	promoted  map[string]bool           // names whose promoted methods are in byName
	memo      typeutil.Map              // interface type -> map[method name]result
	msets     typeutil.MethodSetCache
}

type result struct {
	fns []*types.Func
	ok  bool
}

// New returns an Index for pkg with the bound DefaultMax.
func New(pkg *types.Package) *Index {
	return NewMax(pkg, DefaultMax)
}

// NewMax returns an Index for pkg whose answers list at most limit
// methods.
func NewMax(pkg *types.Package, limit int) *Index {
	return &Index{pkg: pkg, max: limit}
}

// Methods returns the concrete methods that a call of method name on a
// value of the interface type recv may run: for each visible named type T
// whose method set, or that of *T, implements recv, the method that
// selector resolves to (a promoted method is its embedded type's). The
// order is deterministic: by package path, type name, then position. ok
// is false when recv is not an interface, has no such method, or more
// than the bound of methods would be returned: the call is then unknown.
// ok with no methods means no implementation is visible. The slice is
// shared by every caller that asks the same question: do not modify it.
//
// For an SSA dynamic call c (c.IsInvoke()), recv is c.Value.Type() and
// name c.Method.Name().
func (ix *Index) Methods(recv types.Type, name string) (fns []*types.Func, ok bool) {
	if recv == nil {
		return nil, false
	}
	iface, isIface := recv.Underlying().(*types.Interface)
	if !isIface || methodByName(iface, name) == nil {
		return nil, false
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.build()
	byIface, _ := ix.memo.At(recv).(map[string]result)
	if r, found := byIface[name]; found {
		return r.fns, r.ok
	}
	r := ix.compute(iface, name)
	if byIface == nil {
		byIface = map[string]result{}
		ix.memo.Set(recv, byIface)
	}
	byIface[name] = r
	return r.fns, r.ok
}

func methodByName(iface *types.Interface, name string) *types.Func {
	for i := range iface.NumMethods() {
		if m := iface.Method(i); m.Name() == name {
			return m
		}
	}
	return nil
}

func (ix *Index) compute(iface *types.Interface, name string) result {
	ix.promote(name)
	var out []*types.Func
	seen := map[*types.Func]bool{}
	for _, t := range ix.byName[name] {
		var impl types.Type
		switch {
		case types.Implements(t, iface):
			impl = t
		case types.Implements(types.NewPointer(t), iface):
			impl = types.NewPointer(t)
		default:
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(impl, false, methodPkg(iface, name, ix.pkg), name)
		fn, isFunc := obj.(*types.Func)
		if !isFunc || fn == nil || seen[fn] {
			continue
		}
		if sig, _ := fn.Type().(*types.Signature); sig == nil || sig.Recv() == nil || types.IsInterface(sig.Recv().Type()) {
			// Promoted from an embedded interface field: the method
			// that runs is another implementation's, found on its own
			// if it is visible.
			continue
		}
		seen[fn] = true
		out = append(out, fn)
		if len(out) > ix.max {
			return result{}
		}
	}
	// By the type that declares each method, not the one it was found
	// through (a promoted method is its embedded type's).
	slices.SortFunc(out, func(a, b *types.Func) int { return compareNamed(recvNamed(a), recvNamed(b)) })
	return result{fns: out, ok: true}
}

// methodPkg is the package that qualifies an unexported method name.
func methodPkg(iface *types.Interface, name string, def *types.Package) *types.Package {
	if m := methodByName(iface, name); m != nil && m.Pkg() != nil {
		return m.Pkg()
	}
	return def
}

// build collects the candidate types once.
func (ix *Index) build() {
	if ix.built {
		return
	}
	ix.built = true
	ix.byName = map[string][]*types.Named{}
	ix.order = map[*types.Named]int{}
	ix.promoted = map[string]bool{}
	seenPkg := map[*types.Package]bool{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if p == nil || seenPkg[p] {
			return
		}
		seenPkg[p] = true
		ix.scope(p.Scope(), p == ix.pkg)
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(ix.pkg)
	slices.SortFunc(ix.types, compareNamed)
	for i, t := range ix.types {
		ix.order[t] = i
		for j := range t.NumMethods() {
			m := t.Method(j).Name()
			ix.byName[m] = append(ix.byName[m], t)
		}
		if st, ok := t.Underlying().(*types.Struct); ok && hasEmbedded(st) {
			ix.embedders = append(ix.embedders, t)
		}
	}
}

// scope adds the named types of a scope and, for the analysed package,
// of the scopes inside it (types declared in function bodies).
func (ix *Index) scope(s *types.Scope, deep bool) {
	if s == nil {
		return
	}
	for _, name := range s.Names() {
		tn, ok := s.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue // an alias's type is declared, and found, elsewhere
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue
		}
		ix.types = append(ix.types, n)
	}
	if deep {
		for i := range s.NumChildren() {
			ix.scope(s.Child(i), true)
		}
	}
}

// promote adds to byName[name] the structs whose embedded fields give
// them a method of that name, the first time name is asked for.
func (ix *Index) promote(name string) {
	if len(ix.embedders) == 0 || ix.promoted[name] {
		return
	}
	ix.promoted[name] = true
	list := ix.byName[name]
	for _, t := range ix.embedders {
		if slices.Contains(list, t) {
			continue
		}
		mset := ix.msets.MethodSet(types.NewPointer(t))
		for i := range mset.Len() {
			if mset.At(i).Obj().Name() == name {
				list = append(list, t)
				break
			}
		}
	}
	slices.SortFunc(list, func(a, b *types.Named) int { return ix.order[a] - ix.order[b] })
	ix.byName[name] = list
}

// recvNamed is the named type that declares method fn.
func recvNamed(fn *types.Func) *types.Named {
	t := fn.Type().(*types.Signature).Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

func hasEmbedded(st *types.Struct) bool {
	for i := range st.NumFields() {
		if st.Field(i).Embedded() {
			return true
		}
	}
	return false
}

// compareNamed orders types by package path, name, then declaration
// position (local types of one package may share a name).
func compareNamed(a, b *types.Named) int {
	if a == nil || b == nil {
		return cmp.Compare(b2i(a != nil), b2i(b != nil))
	}
	ap, bp := "", ""
	if p := a.Obj().Pkg(); p != nil {
		ap = p.Path()
	}
	if p := b.Obj().Pkg(); p != nil {
		bp = p.Path()
	}
	return cmp.Or(
		cmp.Compare(ap, bp),
		cmp.Compare(a.Obj().Name(), b.Obj().Name()),
		cmp.Compare(a.Obj().Pos(), b.Obj().Pos()),
	)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
