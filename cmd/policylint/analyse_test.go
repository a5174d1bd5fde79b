package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// fileFinder is a rule analyzer that reports one finding per file, at the
// package clause.
func fileFinder() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "piilog",
		Doc:        "piilog: test double",
		ResultType: reflect.TypeFor[*finding.List](),
		Run: func(pass *analysis.Pass) (any, error) {
			l := new(finding.List)
			for _, f := range pass.Files {
				pos := pass.Fset.Position(f.Package)
				if strings.HasSuffix(pos.Filename, "_test.go") {
					continue
				}
				l.Findings = append(l.Findings, finding.Finding{
					Rule: "piilog", Severity: "error", Message: "file " + pass.Pkg.Name(),
					Pos: finding.Position{File: pos.Filename, Line: pos.Line, Column: pos.Column},
				})
			}
			return l, nil
		},
	}
}

// bomb is a rule analyzer that panics on one package, after a prerequisite
// that panics nowhere.
func bomb(pkgPath string) *analysis.Analyzer {
	prereq := &analysis.Analyzer{
		Name:       "prereq",
		Doc:        "prereq: test double",
		ResultType: reflect.TypeFor[int](),
		Run:        func(*analysis.Pass) (any, error) { return 0, nil },
	}
	return &analysis.Analyzer{
		Name:       "emailconsent",
		Doc:        "emailconsent: test double",
		Requires:   []*analysis.Analyzer{prereq},
		ResultType: reflect.TypeFor[*finding.List](),
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Path() == pkgPath {
				var m map[string]int
				m["boom"]++ // a nil map write: a bug in an analyzer
			}
			return new(finding.List), nil
		},
	}
}

func TestPanicInAnalyzerIsReportedAndOthersGoOn(t *testing.T) {
	t.Chdir(fixture(t, "svc"))
	saved := ruleAnalyzers
	t.Cleanup(func() { ruleAnalyzers = saved })
	ruleAnalyzers = func(*rules.Policy, []string) []*analysis.Analyzer {
		return []*analysis.Analyzer{fileFinder(), bomb("example.com/svc/internal/handler")}
	}

	var stdout, stderr bytes.Buffer
	code := run([]string{"-format", "json"}, &stdout, &stderr)
	if code != exitError {
		t.Errorf("want exit 2 after a panic, got %d\n%s", code, stderr.String())
	}
	const want = "internal error: analyzer emailconsent panicked on package example.com/svc/internal/handler: assignment to entry in nil map"
	if !strings.Contains(stderr.String(), want) || strings.Contains(stderr.String(), "goroutine ") {
		t.Errorf("stderr does not say %q (without a stack):\n%s", want, stderr.String())
	}

	var rep struct {
		Findings []struct{ Message string }
		Errors   []string
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	var msgs []string
	for _, f := range rep.Findings {
		msgs = append(msgs, f.Message)
	}
	// main.go is analysed in package main and again in its test variant:
	// one finding. The handler package's finding survives the panic of
	// the other analyzer on it.
	if got := strings.Join(msgs, ","); got != "file handler,file main" {
		t.Errorf("want the findings of every package, once each; got %q", got)
	}
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0], want) {
		t.Errorf("want the panic, once, in the report's errors; got %q", rep.Errors)
	}
}

func TestGuardPassesResultsAndRecoversWithoutPackage(t *testing.T) {
	ok := guard([]*analysis.Analyzer{{Name: "ok", Run: func(*analysis.Pass) (any, error) { return 42, nil }}})[0]
	if res, err := ok.Run(&analysis.Pass{}); res != 42 || err != nil {
		t.Errorf("guard changed a normal run: %v, %v", res, err)
	}
	panicky := guard([]*analysis.Analyzer{{Name: "x", Run: func(*analysis.Pass) (any, error) { panic("no") }}})[0]
	if _, err := panicky.Run(&analysis.Pass{}); err == nil || !strings.Contains(err.Error(), "analyzer x panicked on package (unknown): no") {
		t.Errorf("want a panicError, got %v", err)
	}
}
