package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// jsonFindings runs the command with -format json and returns the
// findings as "file:line" and the exit status.
func jsonFindings(t *testing.T, dir string, args ...string) ([]string, result) {
	t.Helper()
	res := policylint(t, dir, append([]string{"-format", "json"}, args...)...)
	rep, _ := decodeReport(t, []byte(res.stdout))
	var out []string
	for _, f := range rep.Findings {
		out = append(out, filepath.ToSlash(f.Pos.File)+":"+itoa(f.Pos.Line))
	}
	return out, res
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestBaselineRoundTrip(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "svc")
	all, res := jsonFindings(t, dir)
	if len(all) == 0 || res.code != exitFindings {
		t.Fatalf("svc has no findings to record: %v", res)
	}

	// Record them.
	res = policylint(t, dir, "-baseline", "policylint-baseline.json", "-write-baseline")
	if res.code != exitClean || !strings.Contains(res.stderr, "recorded ") {
		t.Fatalf("-write-baseline: %v", res)
	}
	got, res := jsonFindings(t, dir, "-baseline", "policylint-baseline.json")
	if len(got) != 0 || res.code != exitClean {
		t.Fatalf("with the baseline nothing is new, got %q: %v", got, res)
	}

	// Lines added above a finding move it; it stays known.
	main := filepath.Join(dir, "main.go")
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(src), "func serve(c net.Conn) {\n", "// serve handles one connection.\n//\n// It logs, then hands over.\nfunc serve(c net.Conn) {\n\tdefer log.Println(\"done\")\n", 1)
	writeFile(t, main, moved)
	got, res = jsonFindings(t, dir, "-baseline", "policylint-baseline.json")
	if len(got) != 0 || res.code != exitClean {
		t.Fatalf("an edit above a known finding brought it back: %q: %v", got, res)
	}

	// A new violation is exactly one new finding.
	added := strings.Replace(moved, "\thandler.Handle(c)\n", "\thandler.Handle(c)\n\tlog.Println(\"bye\", c.RemoteAddr().String())\n", 1)
	writeFile(t, main, added)
	got, res = jsonFindings(t, dir, "-baseline", "policylint-baseline.json")
	if len(got) != 1 || res.code != exitFindings {
		t.Fatalf("want exactly the new finding, got %q: %v", got, res)
	}
}

func TestFailOn(t *testing.T) {
	t.Parallel()
	dir := withManifests(t, "svc")
	for _, tt := range []struct {
		failOn string
		want   int
	}{{"error", exitClean}, {"warning", exitFindings}, {"info", exitFindings}} {
		res := policylint(t, dir, "-policy", "warn.toml", "-fail-on", tt.failOn)
		if res.code != tt.want {
			t.Errorf("-fail-on %s with warning findings: want exit %d, got %v", tt.failOn, tt.want, res)
		}
	}
	if res := policylint(t, dir, "-fail-on", "fatal"); res.code != exitError || !strings.Contains(res.stderr, "-fail-on") {
		t.Errorf("-fail-on fatal: want a usage error, got %v", res)
	}
	if res := policylint(t, dir, "-write-baseline"); res.code != exitError || !strings.Contains(res.stderr, "-baseline") {
		t.Errorf("-write-baseline alone: want a usage error, got %v", res)
	}
}
