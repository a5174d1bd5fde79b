package taint_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/rules"
)

// The piilog fixtures exercise every kind of flow the engine follows,
// wrappers across packages included; these tests run the engine alone on
// them.
var fixtureDir = filepath.Join("..", "piilog", "testdata")

var fixturePkgs = []string{"positive", "negative", "wrapper", "libs", "libsclean"}

// quiet is a testing.T that keeps analysistest from failing on the
// fixtures' "// want" comments, which are piilog's, not the engine's.
type quiet struct{ *testing.T }

func (quiet) Errorf(string, ...any) {}

func runEngine(t *testing.T, dir string, pkgs ...string) []*analysistest.Result {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return analysistest.Run(quiet{t}, abs, taint.New(policyconfig.New(rules.Default())), pkgs...)
}

// render describes everything the engine produced for some packages: its
// hits and its facts, in the order it produced them.
func render(results []*analysistest.Result) string {
	var b strings.Builder
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(&b, "%s: error %v\n", r.Pass.Pkg.Path(), r.Err)
			continue
		}
		res := r.Result.(*taint.Result)
		for _, h := range res.Hits {
			fmt.Fprintf(&b, "%s: hit %v %s %s <- %s via %d steps\n", r.Pass.Pkg.Path(), r.Pass.Fset.Position(h.Pos), h.Sink, h.Cat, h.Source, len(h.Flow))
		}
		var facts []string
		for obj, fs := range r.Facts {
			for _, f := range fs {
				facts = append(facts, fmt.Sprintf("%s: fact %v %v", r.Pass.Pkg.Path(), obj, f))
			}
		}
		slices.Sort(facts)
		b.WriteString(strings.Join(facts, "\n"))
		b.WriteString("\n")
	}
	return b.String()
}

func TestSameInputSameHitsAndFacts(t *testing.T) {
	first := render(runEngine(t, fixtureDir, fixturePkgs...))
	if !strings.Contains(first, "hit ") || !strings.Contains(first, "fact ") {
		t.Fatalf("the engine found nothing in the fixtures:\n%s", first)
	}
	for i := range 3 {
		if again := render(runEngine(t, fixtureDir, fixturePkgs...)); again != first {
			t.Fatalf("run %d differs from the first:\n%s\n---\n%s", i+2, first, again)
		}
	}
}

// Facts travel in every vetx file and through every nogo action: a summary
// must stay a few entries, not a graph.
const (
	maxFactBytes    = 4 << 10  // one function's summary, gob-encoded
	maxPackageBytes = 64 << 10 // all of a package's facts
)

func TestFactsAreSmall(t *testing.T) {
	results := runEngine(t, fixtureDir, fixturePkgs...)
	n := 0
	for _, r := range results {
		total := 0
		for obj, fs := range r.Facts {
			for _, f := range fs {
				size := gobSize(t, f)
				if size > maxFactBytes {
					t.Errorf("%v: fact of %d bytes (limit %d): %v", obj, size, maxFactBytes, f)
				}
				total += size
				n++
			}
		}
		if total > maxPackageBytes {
			t.Errorf("%s: facts of %d bytes in all (limit %d)", r.Pass.Pkg.Path(), total, maxPackageBytes)
		}
		t.Logf("%s: %d facts, %d bytes", r.Pass.Pkg.Path(), len(r.Facts), total)
	}
	if n == 0 {
		t.Fatal("no facts at all: the test measures nothing")
	}
}

func gobSize(t *testing.T, f analysis.Fact) int {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		t.Fatalf("fact %T does not gob-encode: %v", f, err)
	}
	return buf.Len()
}

// writeModule writes files (name -> source) as GOPATH-style packages
// under a temporary directory for analysistest, and returns it.
func writeModule(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		path := filepath.Join(dir, "src", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// hugeFunction is a function of n statements that moves an IP through n
// variables, branches and string builds before logging it.
func hugeFunction(n int) string {
	var b strings.Builder
	b.WriteString("package huge\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Handle(r *http.Request, flag bool) {\n\tv0 := r.RemoteAddr\n")
	for i := 1; i < n; i++ {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "\tv%d := v%d + \"-\"\n", i, i-1)
		case 1:
			fmt.Fprintf(&b, "\tv%d := v%d\n\tif flag {\n\t\tv%d = \"x\"\n\t}\n", i, i-1, i)
		default:
			fmt.Fprintf(&b, "\tv%d := []string{v%d}[0]\n", i, i-1)
		}
	}
	fmt.Fprintf(&b, "\tlog.Println(v%d)\n}\n", n-1)
	return b.String()
}

// deepChain is a chain of depth functions across one package, each
// passing the IP to the next, the last one logging it.
func deepChain(depth int) string {
	var b strings.Builder
	b.WriteString("package chain\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Handle(r *http.Request) { f0(r.RemoteAddr) }\n\n")
	for i := range depth - 1 {
		fmt.Fprintf(&b, "func f%d(s string) { f%d(s + \"\") }\n", i, i+1)
	}
	fmt.Fprintf(&b, "func f%d(s string) { log.Println(s) }\n", depth-1)
	return b.String()
}

// recursive is mutual recursion that passes the IP around a cycle.
const recursive = `package rec

import (
	"log"
	"net/http"
)

func Handle(r *http.Request) { ping(r.RemoteAddr, 10) }

func ping(s string, n int) {
	if n == 0 {
		log.Println(s)
		return
	}
	pong(s, n-1)
}

func pong(s string, n int) { ping(s+"", n) }
`

func hitsIn(t *testing.T, results []*analysistest.Result) int {
	t.Helper()
	n := 0
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Pass.Pkg.Path(), r.Err)
		}
		n += len(r.Result.(*taint.Result).Hits)
	}
	return n
}

func TestHugeFunctionFlowIsFound(t *testing.T) {
	dir := writeModule(t, map[string]string{"huge/huge.go": hugeFunction(2000)})
	if got := hitsIn(t, runEngine(t, dir, "huge")); got != 1 {
		t.Errorf("want the IP found at the end of a 2000-statement function once, got %d hits", got)
	}
}

func TestDeepCallChainIsFollowed(t *testing.T) {
	dir := writeModule(t, map[string]string{"chain/chain.go": deepChain(200)})
	// The summaries of a 200-deep chain take more rounds than the
	// package fixpoint allows; what matters is that the run ends, and
	// that what it reports is right.
	if got := hitsIn(t, runEngine(t, dir, "chain")); got > 1 {
		t.Errorf("want at most one hit, got %d", got)
	}
}

func TestRecursionTerminates(t *testing.T) {
	dir := writeModule(t, map[string]string{"rec/rec.go": recursive})
	if got := hitsIn(t, runEngine(t, dir, "rec")); got != 1 {
		t.Errorf("want the IP found through the recursive pair once, got %d hits", got)
	}
}

func BenchmarkHugeFunction(b *testing.B) {
	dir := writeModule(b, map[string]string{"huge/huge.go": hugeFunction(5000)})
	t := &testing.T{}
	for b.Loop() {
		analysistest.Run(quiet{t}, dir, taint.New(policyconfig.New(rules.Default())), "huge")
	}
}

func BenchmarkDeepChain(b *testing.B) {
	dir := writeModule(b, map[string]string{"chain/chain.go": deepChain(200)})
	t := &testing.T{}
	for b.Loop() {
		analysistest.Run(quiet{t}, dir, taint.New(policyconfig.New(rules.Default())), "chain")
	}
}

func BenchmarkFixtures(b *testing.B) {
	abs, _ := filepath.Abs(fixtureDir)
	t := &testing.T{}
	for b.Loop() {
		analysistest.Run(quiet{t}, abs, taint.New(policyconfig.New(rules.Default())), fixturePkgs...)
	}
}

// TestSourceStepIsTheReadOnThePath: two functions read r.RemoteAddr into
// the same field; the flow of the finding in one of them starts at its own
// read, not at the other function's.
func TestSourceStepIsTheReadOnThePath(t *testing.T) {
	results := runEngine(t, fixtureDir, "precision")
	src, err := os.ReadFile(filepath.Join(fixtureDir, "src", "precision", "positions.go"))
	if err != nil {
		t.Fatal(err)
	}
	readLine, sinkLine := 0, 0
	for i, line := range strings.Split(string(src), "\n") {
		switch {
		case strings.Contains(line, "// source: this read"):
			readLine = i + 1
		case readLine > 0 && sinkLine == 0 && strings.Contains(line, "log.Printf"):
			sinkLine = i + 1
		}
	}
	if readLine == 0 || sinkLine == 0 {
		t.Fatal("positions.go lost its markers")
	}
	found := false
	for _, r := range results {
		for _, h := range r.Result.(*taint.Result).Hits {
			pos := r.Pass.Fset.Position(h.Pos)
			if filepath.Base(pos.Filename) != "positions.go" || pos.Line != sinkLine {
				continue
			}
			found = true
			if first := h.Flow[0].Pos; first.Line != readLine {
				t.Errorf("flow starts at %s:%d (%s), want the read at line %d", first.File, first.Line, h.Flow[0].Note, readLine)
			}
		}
	}
	if !found {
		t.Fatalf("no hit at positions.go:%d", sinkLine)
	}
}

// A function whose analysis goes over the work budget is abandoned: its
// summary is opaque (callers treat it as code not analysed) and the
// package's other functions are analysed as before. The budget is lowered
// here so that the fixture's syntax-tree rewriter goes over it and a plain
// handler does not.
func TestUnitOverWorkBudgetIsAbandonedAlone(t *testing.T) {
	dir := "testdata"
	full := render(runEngine(t, dir, "budget"))
	for _, want := range []string{"budget.go:85:", "budget.go:93:", "fact func budget.simplify"} {
		if !strings.Contains(full, want) {
			t.Fatalf("with the default budget, want %q:\n%s", want, full)
		}
	}
	if strings.Contains(full, "opaque") {
		t.Fatalf("with the default budget, nothing is abandoned:\n%s", full)
	}
	defer taint.SetMaxWork(400)()
	cut := render(runEngine(t, dir, "budget"))
	if !strings.Contains(cut, "budget.go:93:") {
		t.Errorf("the handler is within the budget, yet its hit is gone:\n%s", cut)
	}
	simplify := ""
	for line := range strings.Lines(cut) {
		if strings.Contains(line, "fact func budget.simplify") {
			simplify = line
		}
	}
	if !strings.Contains(simplify, "opaque") || strings.Contains(simplify, "->") {
		t.Errorf("the rewriter went over the budget, yet its summary is %q:\n%s", simplify, cut)
	}
}
