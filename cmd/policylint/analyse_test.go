package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestPanicInAnalyzerIsReportedAndOthersGoOn(t *testing.T) {
	t.Parallel()
	crashing := filepath.Join(t.TempDir(), "policylint-crash")
	build := exec.Command("go", "build", "-tags", "policylint_crashtest", "-o", crashing, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the crashing variant: %v\n%s", err, out)
	}
	const pkg = "example.com/svc/internal/handler"
	res := command(t, fixture(t, "svc"), testEnv("POLICYLINT_CRASH_PKG="+pkg), crashing, "-format", "json")
	if res.code != exitError {
		t.Errorf("want exit 2 after a panic, got %v", res)
	}
	const want = "internal error: analyzer bomb panicked on package " + pkg + ": assignment to entry in nil map"
	if !strings.Contains(res.stderr, want) || strings.Contains(res.stderr, "goroutine ") {
		t.Errorf("stderr does not say %q (without a stack):\n%s", want, res.stderr)
	}
	var rep struct {
		Findings []struct{ Pos struct{ File string } }
		Errors   []jsonProblem
	}
	if err := json.Unmarshal([]byte(res.stdout), &rep); err != nil {
		t.Fatalf("%v\n%v", err, res)
	}
	// The piilog findings of both packages survive the panic of the other
	// analyzer on one of them.
	files := map[string]bool{}
	for _, f := range rep.Findings {
		files[filepath.ToSlash(f.Pos.File)] = true
	}
	if !files["main.go"] || !files["internal/handler/handler.go"] {
		t.Errorf("want findings in main.go and internal/handler/handler.go, got %v", rep.Findings)
	}
	n := 0
	for _, e := range rep.Errors {
		if strings.Contains(e.Message, want) && e.Severity == "error" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want the panic once in the report's errors; got %q", rep.Errors)
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
