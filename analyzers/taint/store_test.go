package taint_test

import (
	"go/types"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/piiegress"
	"github.com/policylint/policylint/analyzers/piilog"
	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/rules"
)

var storePkgs = []string{"storage", "storageneg", "repo", "storageapp"}

// storeReporter reports every storage and cookie hit of the engine as
// "KIND HOST CATEGORY", for the fixtures' // want comments.
func storeReporter() *analysis.Analyzer {
	engine := taint.New(policyconfig.New(rules.Default()))
	return &analysis.Analyzer{
		Name:     "storetest",
		Doc:      "storetest: report the engine's storage and cookie hits",
		Requires: []*analysis.Analyzer{engine},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, h := range pass.ResultOf[engine].(*taint.Result).Hits {
				if h.Kind == taint.Storage || h.Kind == taint.Cookie {
					pass.Reportf(h.Pos, "%s %s %s", h.Kind, h.Host, h.Cat)
				}
			}
			return nil, nil
		},
	}
}

func TestStorageAndCookieSinks(t *testing.T) {
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, abs, storeReporter(), storePkgs...)
}

// TestRulesIgnoreStorageAndCookies: an address stored in the database or
// a cookie is neither a log nor an egress, so piilog and piiegress stay
// quiet on the storage fixtures (the one request in storageneg goes to
// localhost).
func TestRulesIgnoreStorageAndCookies(t *testing.T) {
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []*analysis.Analyzer{piilog.New(rules.Default()), piiegress.New(rules.Default())} {
		for _, r := range analysistest.Run(quiet{t}, abs, a, storePkgs...) {
			for _, d := range r.Diagnostics {
				t.Errorf("%s: %v: %s", a.Name, r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// TestStoreCatalogueResolves checks every entry of rules.BuiltinStoreSinks
// whose package the fixtures stub: each must name a function or method
// exactly as go/types prints it.
func TestStoreCatalogueResolves(t *testing.T) {
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	names := map[string]bool{}
	pkgs := map[string]bool{}
	collect := &analysis.Analyzer{
		Name: "storenames",
		Doc:  "storenames: collect the functions of the imported packages",
		Run: func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			seen := map[string]bool{}
			var visit func(p *types.Package)
			visit = func(p *types.Package) {
				if seen[p.Path()] {
					return
				}
				seen[p.Path()] = true
				pkgs[p.Path()] = true
				collectNames(p, names)
				for _, q := range p.Imports() {
					visit(q)
				}
			}
			visit(pass.Pkg)
			return nil, nil
		},
	}
	analysistest.Run(quiet{t}, abs, collect, "storage", "storageneg")
	checked := 0
	for _, s := range rules.BuiltinStoreSinks {
		pkg := refPackage(s.Func)
		if !pkgs[pkg] {
			continue // not stubbed
		}
		checked++
		if !names[s.Func] {
			t.Errorf("%s: no such function or method in the stub of %s", s.Func, pkg)
		}
	}
	for _, f := range rules.ResponseHeaderMakers {
		if pkgs[refPackage(f)] && !names[f] {
			t.Errorf("ResponseHeaderMakers: %s: no such method", f)
		}
	}
	if checked < 50 {
		t.Errorf("only %d catalogue entries checked against stubs", checked)
	}
	t.Logf("%d of %d entries checked", checked, len(rules.BuiltinStoreSinks))
}

// collectNames adds the FullName of every function and method of p,
// interface methods included.
func collectNames(p *types.Package, names map[string]bool) {
	scope := p.Scope()
	for _, n := range scope.Names() {
		switch obj := scope.Lookup(n).(type) {
		case *types.Func:
			names[obj.FullName()] = true
		case *types.TypeName:
			T := obj.Type()
			for _, t := range []types.Type{T, types.NewPointer(T)} {
				ms := types.NewMethodSet(t)
				for i := 0; i < ms.Len(); i++ {
					names[ms.At(i).Obj().(*types.Func).FullName()] = true
				}
			}
			if it, ok := T.Underlying().(*types.Interface); ok {
				for i := 0; i < it.NumMethods(); i++ {
					names[it.Method(i).FullName()] = true
				}
			}
		}
	}
}

// refPackage returns the package path of a FullName reference.
func refPackage(ref string) string {
	if rest, ok := strings.CutPrefix(ref, "("); ok {
		recv, _, _ := strings.Cut(rest, ").")
		ref = strings.TrimPrefix(recv, "*")
	}
	i := strings.LastIndexByte(ref, '.')
	return ref[:i]
}
