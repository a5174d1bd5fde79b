package rules

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// stubRoot is the GOPATH-style tree of signature stubs of third-party
// libraries that the piilog fixtures import.
const stubRoot = "../analyzers/piilog/testdata/src"

// unstubbed are the packages the catalogue names that have no stub: their
// entries cannot be checked here. Any other package that is neither in the
// standard library nor stubbed is an error, so a misspelt package path
// cannot pass as "unstubbed".
var unstubbed = map[string]bool{
	"github.com/labstack/echo/v5/middleware":        true,
	"github.com/gofiber/fiber/v3/middleware/logger": true,
}

// TestBuiltinLogEntriesResolve checks that every entry of the log
// catalogue names a real function or method, in exactly the notation
// go/types prints for it, so that a typo, a wrong receiver ("(T)" for
// "(*T)") or a method named by an embedding type cannot hide.
func TestBuiltinLogEntriesResolve(t *testing.T) {
	im := stubs(t)
	lists := []struct {
		name    string
		entries []string
		vars    bool // a package-level variable may stand for a function
	}{
		{"BuiltinLogSinks", BuiltinLogSinks, false},
		{"BuiltinAccessLogMiddleware", BuiltinAccessLogMiddleware, true},
		{"BuiltinConditionalAccessLog", BuiltinConditionalAccessLog, false},
	}
	skipped := 0
	for _, l := range lists {
		for _, ref := range l.entries {
			pkgPath, err := im.resolve(ref, l.vars)
			if pkgPath != "" && unstubbed[pkgPath] {
				skipped++
				continue
			}
			if err != nil {
				t.Errorf("%s: %v", l.name, err)
			}
		}
	}
	if skipped > 0 {
		t.Logf("%d entries of unstubbed packages not checked", skipped)
	}
}

// TestBuiltinLogListsAreDisjoint checks that no entry is listed twice, and
// that no middleware is both unconditional and conditional.
func TestBuiltinLogListsAreDisjoint(t *testing.T) {
	seen := map[string]string{}
	for _, l := range []struct {
		name    string
		entries []string
	}{
		{"BuiltinLogSinks", BuiltinLogSinks},
		{"BuiltinAccessLogMiddleware", BuiltinAccessLogMiddleware},
		{"BuiltinConditionalAccessLog", BuiltinConditionalAccessLog},
	} {
		for _, ref := range l.entries {
			if prev, ok := seen[ref]; ok {
				t.Errorf("%q is in %s and in %s", ref, prev, l.name)
			}
			seen[ref] = l.name
		}
	}
}

// TestLogStubsTypeCheck type-checks every third-party stub package, so a
// stub that no catalogue entry names still has to compile.
func TestLogStubsTypeCheck(t *testing.T) {
	im := stubs(t)
	n := 0
	err := filepath.WalkDir(stubRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(stubRoot, p)
		if err != nil {
			return err
		}
		pkgPath := filepath.ToSlash(rel)
		// Only import paths with a domain are library stubs; the rest
		// are fixtures.
		if !strings.Contains(strings.SplitN(pkgPath, "/", 2)[0], ".") || !hasGoFiles(p) {
			return nil
		}
		n++
		if _, err := im.Import(pkgPath); err != nil {
			t.Errorf("stub %s: %v", pkgPath, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("no stub packages under %s", stubRoot)
	}
}

// stubImporter type-checks the stub packages from source and imports the
// standard library from its export data (as go vet does), so the test
// runs offline and never sees the real third-party modules.
type stubImporter struct {
	fset *token.FileSet
	std  types.Importer

	mu   sync.Mutex
	pkgs map[string]*types.Package
	errs map[string]error
}

var (
	stubsOnce sync.Once
	stubsImp  *stubImporter
)

func stubs(t *testing.T) *stubImporter {
	t.Helper()
	if _, err := os.Stat(stubRoot); err != nil {
		t.Fatalf("stub tree: %v", err)
	}
	stubsOnce.Do(func() {
		fset := token.NewFileSet()
		stubsImp = &stubImporter{
			fset: fset,
			std:  importer.ForCompiler(fset, "gc", nil),
			pkgs: map[string]*types.Package{},
			errs: map[string]error{},
		}
	})
	return stubsImp
}

func hasGoFiles(dir string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			return true
		}
	}
	return false
}

func isStd(pkgPath string) bool {
	return !strings.Contains(strings.SplitN(pkgPath, "/", 2)[0], ".")
}

// stubbed reports whether the stub tree has a package for pkgPath.
func stubbed(pkgPath string) bool {
	return hasGoFiles(filepath.Join(stubRoot, filepath.FromSlash(pkgPath)))
}

func (im *stubImporter) Import(pkgPath string) (*types.Package, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	return im.load(pkgPath)
}

func (im *stubImporter) load(pkgPath string) (*types.Package, error) {
	if p, ok := im.pkgs[pkgPath]; ok {
		return p, nil
	}
	if err, ok := im.errs[pkgPath]; ok {
		return nil, err
	}
	var p *types.Package
	var err error
	switch {
	case stubbed(pkgPath):
		p, err = im.check(pkgPath)
	case isStd(pkgPath):
		p, err = im.std.Import(pkgPath)
	default:
		err = fmt.Errorf("no stub for package %s under %s", pkgPath, stubRoot)
	}
	if err != nil {
		im.errs[pkgPath] = err
		return nil, err
	}
	im.pkgs[pkgPath] = p
	return p, nil
}

// check type-checks one stub package; its imports come back through load
// (the lock is already held).
func (im *stubImporter) check(pkgPath string) (*types.Package, error) {
	dir := filepath.Join(stubRoot, filepath.FromSlash(pkgPath))
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(im.fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	var errs []string
	conf := types.Config{
		Importer: importerFunc(im.load),
		Error:    func(err error) { errs = append(errs, err.Error()) },
	}
	p, _ := conf.Check(pkgPath, im.fset, files, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("type-checking stub %s:\n\t%s", pkgPath, strings.Join(errs, "\n\t"))
	}
	return p, nil
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(p string) (*types.Package, error) { return f(p) }

// resolve looks ref up and checks that the object it names prints as ref.
// It returns the package path of ref (once it could be parsed), so that
// the caller can tell an unstubbed package from a broken entry.
func (im *stubImporter) resolve(ref string, allowVar bool) (string, error) {
	if rest, ok := strings.CutPrefix(ref, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		if !ok {
			return "", fmt.Errorf("%q: not in FullName notation", ref)
		}
		ptr := strings.HasPrefix(recv, "*")
		pkgPath, typeName, ok := splitQualified(strings.TrimPrefix(recv, "*"))
		if !ok {
			return "", fmt.Errorf("%q: receiver is not pkg/path.Type", ref)
		}
		if unstubbed[pkgPath] {
			return pkgPath, nil
		}
		pkg, err := im.Import(pkgPath)
		if err != nil {
			return pkgPath, fmt.Errorf("%q: %w", ref, err)
		}
		tn, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
		if !ok {
			return pkgPath, fmt.Errorf("%q: %s has no type %s", ref, pkgPath, typeName)
		}
		T := tn.Type()
		if ptr {
			T = types.NewPointer(T)
		}
		obj, _, _ := types.LookupFieldOrMethod(T, true, pkg, method)
		fn, ok := obj.(*types.Func)
		if !ok {
			return pkgPath, fmt.Errorf("%q: %s has no method %s", ref, recv, method)
		}
		if got := fn.FullName(); got != ref {
			return pkgPath, fmt.Errorf("%q: go/types names this method %q", ref, got)
		}
		return pkgPath, nil
	}

	pkgPath, name, ok := splitQualified(ref)
	if !ok {
		return "", fmt.Errorf("%q: not pkg/path.Func", ref)
	}
	if unstubbed[pkgPath] {
		return pkgPath, nil
	}
	pkg, err := im.Import(pkgPath)
	if err != nil {
		return pkgPath, fmt.Errorf("%q: %w", ref, err)
	}
	switch obj := pkg.Scope().Lookup(name).(type) {
	case *types.Func:
		if got := obj.FullName(); got != ref {
			return pkgPath, fmt.Errorf("%q: go/types names this function %q", ref, got)
		}
	case *types.Var:
		if !allowVar {
			return pkgPath, fmt.Errorf("%q is a variable, not a function", ref)
		}
		if _, ok := obj.Type().Underlying().(*types.Signature); !ok {
			return pkgPath, fmt.Errorf("%q is a variable of type %s, not of a function type", ref, obj.Type())
		}
	case nil:
		return pkgPath, fmt.Errorf("%q: %s has no %s", ref, pkgPath, name)
	default:
		return pkgPath, fmt.Errorf("%q is a %T, not a function", ref, obj)
	}
	return pkgPath, nil
}

// splitQualified splits "pkg/path.Name" at the last dot: a package path
// may hold dots (go.uber.org/zap), a Go identifier never does.
func splitQualified(s string) (pkgPath, name string, ok bool) {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || i == len(s)-1 || strings.Contains(s[i+1:], "/") {
		return "", "", false
	}
	pkgPath, name = s[:i], s[i+1:]
	return pkgPath, name, token.IsIdentifier(name) && path.Clean(pkgPath) == pkgPath
}
