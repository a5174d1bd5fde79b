package policyconfig

import (
	"go/types"
	"strings"

	"github.com/policylint/policylint/rules"
)

// Resolved returns the keys of the manifest references of p (see
// rules.Policy.References) that name a declaration of pkg or of a package
// it imports, directly or not. A driver that sees every analysed package
// reports the references no package resolved: a misspelt function name
// in a manifest would otherwise silently match nothing.
func Resolved(p *rules.Policy, pkg *types.Package) []string {
	refs := p.References()
	if len(refs) == 0 || pkg == nil {
		return nil
	}
	pkgs := map[string]*types.Package{}
	var visit func(q *types.Package)
	visit = func(q *types.Package) {
		if pkgs[q.Path()] != nil {
			return
		}
		pkgs[q.Path()] = q
		for _, imp := range q.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	var keys []string
	for _, r := range refs {
		ok := false
		switch r.Kind {
		case rules.RefFunc:
			// Consent checks may name a boolean field, too.
			ok = resolvesFunc(pkgs, r.Name) || (strings.HasPrefix(r.Key, "rules.emailconsent.consent[") && resolvesField(pkgs, r.Name))
		case rules.RefField:
			ok = resolvesField(pkgs, r.Name)
		case rules.RefType:
			_, ok = lookupType(pkgs, r.Name)
		}
		if ok {
			keys = append(keys, r.Key)
		}
	}
	return keys
}

// splitQualified splits "pkg/path.Name" at its last dot.
func splitQualified(s string) (pkgPath, name string, ok bool) {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || i == len(s)-1 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

func lookupType(pkgs map[string]*types.Package, qualified string) (types.Type, bool) {
	pkgPath, name, ok := splitQualified(qualified)
	if !ok || pkgs[pkgPath] == nil {
		return nil, false
	}
	tn, ok := pkgs[pkgPath].Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil, false
	}
	return tn.Type(), true
}

// resolvesFunc resolves "pkg/path.F", "(pkg/path.T).M" and
// "(*pkg/path.T).M"; type parameters in brackets are ignored.
func resolvesFunc(pkgs map[string]*types.Package, ref string) bool {
	if i := strings.IndexByte(ref, '['); i >= 0 {
		ref = ref[:i]
	}
	if !strings.HasPrefix(ref, "(") {
		pkgPath, name, ok := splitQualified(ref)
		if !ok || pkgs[pkgPath] == nil {
			return false
		}
		_, isFunc := pkgs[pkgPath].Scope().Lookup(name).(*types.Func)
		return isFunc
	}
	recv, method, ok := strings.Cut(ref[1:], ").")
	if !ok {
		return false
	}
	ptr := strings.HasPrefix(recv, "*")
	t, ok := lookupType(pkgs, strings.TrimPrefix(recv, "*"))
	if !ok {
		return false
	}
	if ptr {
		t = types.NewPointer(t)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, method)
	_, isFunc := obj.(*types.Func)
	return isFunc
}

// resolvesField resolves "pkg/path.Type.Field".
func resolvesField(pkgs map[string]*types.Package, ref string) bool {
	typeName, field, ok := splitQualified(ref)
	if !ok {
		return false
	}
	t, ok := lookupType(pkgs, typeName)
	if !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, field)
	_, isVar := obj.(*types.Var)
	return isVar
}
