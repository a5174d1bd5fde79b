package policyconfig_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/rules"
)

const (
	manifest = "version = 1\n\n[rules.piilog]\nseverity = \"warning\"\n"
	// broken misspells a key on line 4.
	broken = "version = 1\n\n[rules.piilog]\nenabeld = false\n"
)

// module writes a module with the given files (path -> content) and
// returns its directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if files == nil {
		files = make(map[string]string)
	}
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// pass returns a pass over one file, parsed from a name in dir.
func pass(t *testing.T, dir string) *analysis.Pass {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "x.go"), "package x\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	return &analysis.Pass{Analyzer: policyconfig.Analyzer, Fset: fset, Files: []*ast.File{f}}
}

// setPath sets policyconfig.Path for one test, with $POLICYLINT_POLICY
// cleared. Tests that use it cannot run in parallel.
func setPath(t *testing.T, path string) {
	t.Setenv("POLICYLINT_POLICY", "")
	saved := policyconfig.Path
	policyconfig.Path = path
	t.Cleanup(func() { policyconfig.Path = saved })
}

func runAnalyzer(t *testing.T, p *analysis.Pass) (*rules.Policy, error) {
	t.Helper()
	res, err := policyconfig.Analyzer.Run(p)
	if err != nil {
		return nil, err
	}
	return res.(*rules.Policy), nil
}

func TestExplicitPathIsLoaded(t *testing.T) {
	dir := module(t, map[string]string{"custom.toml": manifest, "policylint.toml": broken})
	setPath(t, filepath.Join(dir, "custom.toml"))
	p, err := runAnalyzer(t, pass(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	if p.Path != filepath.Join(dir, "custom.toml") || p.PIILog.Severity != "warning" {
		t.Errorf("want custom.toml (severity warning), got %s (severity %q)", p.Path, p.PIILog.Severity)
	}
}

func TestNearestManifestIsDiscovered(t *testing.T) {
	dir := module(t, map[string]string{"policylint.toml": manifest})
	setPath(t, "")
	p, err := runAnalyzer(t, pass(t, filepath.Join(dir, "internal", "api")))
	if err != nil {
		t.Fatal(err)
	}
	if p.Path != filepath.Join(dir, "policylint.toml") {
		t.Errorf("want the module's policylint.toml, got %s", p.Path)
	}
}

func TestNoManifestMeansTheDefault(t *testing.T) {
	dir := module(t, nil)
	setPath(t, "")
	p, err := runAnalyzer(t, pass(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	if p.Path != rules.Default().Path {
		t.Errorf("want the embedded default, got %s", p.Path)
	}

	// A package without files has nothing to discover from.
	p, err = runAnalyzer(t, &analysis.Pass{Analyzer: policyconfig.Analyzer, Fset: token.NewFileSet()})
	if err != nil || p.Path != rules.Default().Path {
		t.Errorf("package without files: want the default, got %v, %v", p, err)
	}
}

func TestManifestErrorNamesFileLineAndColumn(t *testing.T) {
	dir := module(t, map[string]string{"policylint.toml": broken})
	setPath(t, "")
	_, err := runAnalyzer(t, pass(t, dir))
	want := regexp.MustCompile(`policylint\.toml:4:\d+: .*enabeld`)
	if err == nil || !want.MatchString(err.Error()) {
		t.Errorf("want an error matching %s, got %v", want, err)
	}
}

func TestNewReturnsItsPolicy(t *testing.T) {
	t.Parallel()
	p := &rules.Policy{Path: "given.toml"}
	a := policyconfig.New(p)
	if a.Name != policyconfig.Analyzer.Name || a.ResultType != policyconfig.Analyzer.ResultType {
		t.Errorf("New's analyzer differs from Analyzer: %s %v", a.Name, a.ResultType)
	}
	if got, err := a.Run(&analysis.Pass{}); got != p || err != nil {
		t.Errorf("want the given policy, got %v, %v", got, err)
	}
	if got, err := policyconfig.New(nil).Run(&analysis.Pass{}); err != nil || got.(*rules.Policy).Path != rules.Default().Path {
		t.Errorf("New(nil): want the default policy, got %v, %v", got, err)
	}
}

const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedTypesSizes

// TestRulesGetThePolicyThroughRequires runs the analyzer as rule analyzers
// use it, under the checker, on a package in a subdirectory of a module.
func TestRulesGetThePolicyThroughRequires(t *testing.T) {
	dir := module(t, map[string]string{
		"policylint.toml": manifest,
		"api/api.go":      "package api\n",
	})
	setPath(t, "")
	var got *rules.Policy
	rule := &analysis.Analyzer{
		Name:     "rule",
		Doc:      "rule: reads the policy",
		Requires: []*analysis.Analyzer{policyconfig.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			got = pass.ResultOf[policyconfig.Analyzer].(*rules.Policy)
			return nil, nil
		},
	}
	pkgs, err := packages.Load(&packages.Config{Mode: loadMode, Dir: dir, Env: append(os.Environ(), "GOWORK=off")}, "./api")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("loading: %v %v", err, pkgs)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{rule}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
	}
	if got == nil || got.Path != filepath.Join(dir, "policylint.toml") {
		t.Errorf("want the module's manifest, got %v", got)
	}
	if reflect.TypeOf(got) != policyconfig.Analyzer.ResultType {
		t.Errorf("result type %T", got)
	}
}
