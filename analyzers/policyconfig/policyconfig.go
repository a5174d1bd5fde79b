// Package policyconfig provides the analyzer through which every rule
// analyzer obtains its policy.
//
// It is a building block in the style of staticcheck's config analyzer: it
// reports nothing, and its Result is the *rules.Policy that governs the
// package being analysed. Rule analyzers list Analyzer in their Requires and
// read pass.ResultOf[policyconfig.Analyzer].
//
// The manifest is resolved per package, so that under go vet (where every
// package is a separate process) each package finds the nearest
// policylint.toml: the -policy flag (Path), then $POLICYLINT_POLICY, then the
// nearest policylint.toml up to the module root, then the embedded default.
// rules.LoadFor does the resolution and caches each manifest once per
// process.
//
// Drivers that already hold a policy (the standalone command, tests,
// golangci-lint) use New instead, which skips discovery altogether.
package policyconfig

import (
	"go/ast"
	"os"
	"path/filepath"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/rules"
)

// Name is the name of the analyzer, the same for Analyzer and New.
const Name = "policyconfig"

// Path is the manifest named by the driver's top-level -policy flag; empty
// means discovery. It is a plain variable rather than an analyzer flag so
// that go vet accepts -policy=FILE, not -policyconfig.policy=FILE.
var Path string

const doc = `policyconfig: resolve the privacy policy for each package

policyconfig reports nothing. Its result is the *rules.Policy that applies to
the package being analysed: the manifest named by -policy, else
$POLICYLINT_POLICY, else the nearest policylint.toml found walking up from
the package directory to its module root, else the embedded default policy.
A manifest that does not decode or validate fails the analysis with a
message that names its file, line and column.`

// Analyzer resolves and loads the manifest for each package it is run on.
var Analyzer = &analysis.Analyzer{
	Name:             Name,
	Doc:              doc,
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*rules.Policy](),
}

// New returns an analyzer, named like Analyzer, whose result is always p;
// a nil p stands for the embedded default policy. Rule analyzers built for
// a fixed policy require it instead of Analyzer, so that tests can run in
// parallel with different policies and golangci-lint can pass its settings.
func New(p *rules.Policy) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             Name,
		Doc:              doc,
		RunDespiteErrors: true,
		ResultType:       reflect.TypeFor[*rules.Policy](),
		Run: func(*analysis.Pass) (any, error) {
			if p == nil {
				return rules.Default(), nil
			}
			return p, nil
		},
	}
}

func run(pass *analysis.Pass) (any, error) {
	return For(pass)
}

// For resolves the policy of the package of pass as Analyzer does, for
// code that runs outside it (the command's per-package bookkeeping).
func For(pass *analysis.Pass) (*rules.Policy, error) {
	dir := packageDir(pass)
	if dir == "" && Path == "" && os.Getenv("POLICYLINT_POLICY") == "" {
		// Nothing to discover from: no files, no explicit manifest.
		return rules.Default(), nil
	}
	p, err := rules.LoadFor(Path, dir)
	if err != nil {
		// The error already reads file:line:col: message.
		return nil, err
	}
	return p, nil
}

// packageDir returns the directory of the package's first source file, or
// "" for a package without files. The position is taken at the package
// clause with //line directives applied, so that for cgo packages, whose
// compiled files live in the build cache, it is the user's source file.
func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		if name := fileName(pass, f); name != "" {
			return filepath.Dir(name)
		}
	}
	return ""
}

func fileName(pass *analysis.Pass, f *ast.File) string {
	if name := pass.Fset.Position(f.Package).Filename; name != "" {
		return name
	}
	if tf := pass.Fset.File(f.Pos()); tf != nil {
		return tf.Name()
	}
	return ""
}
