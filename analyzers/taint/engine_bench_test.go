package taint_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/rules"
)

// The Engine benchmarks load and type-check the package and its
// dependencies once, then time the engine alone: what one go vet unit
// spends on the package beyond type-checking (building its SSA form,
// propagation, summaries, facts). The benchmarks without "Engine" in
// their name include analysistest's loading from source.

func BenchmarkEngineHugeFunction(b *testing.B) {
	benchEngine(b, map[string]string{"huge/huge.go": hugeFunction(5000)}, "huge")
}

func BenchmarkEngineDeepChain(b *testing.B) {
	benchEngine(b, map[string]string{"chain/chain.go": deepChain(200)}, "chain")
}

func benchEngine(b *testing.B, files map[string]string, pkg string) {
	dir := writeModule(b, files)
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, pkg)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading %s: %v", pkg, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		engine := taint.New(policyconfig.New(rules.Default()))
		g, err := checker.Analyze([]*analysis.Analyzer{engine}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range g.All() {
			if act.Err != nil {
				b.Fatal(act.Err)
			}
		}
	}
}
