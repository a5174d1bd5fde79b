package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The testfiles fixture logs r.RemoteAddr in handler.go (line 11) and in
// handler_test.go (line 15).
const (
	prodFinding = "handler.go:11: piilog"
	testFinding = "handler_test.go:15: piilog"
)

// TestTestFileFindingsAreOffByDefault: a privacy policy governs production
// code; -test or [run] tests = true brings test-file findings back, and the
// flag wins over the manifest.
func TestTestFileFindingsAreOffByDefault(t *testing.T) {
	t.Parallel()
	both := []string{prodFinding, testFinding}
	tests := []struct {
		name     string
		manifest string // written as policylint.toml when not empty
		args     []string
		want     []string
	}{
		{"default", "", nil, []string{prodFinding}},
		{"-test", "", []string{"-test"}, both},
		{"-test=false", "", []string{"-test=false"}, []string{prodFinding}},
		{"manifest tests = true", "version = 1\n[run]\ntests = true\n", nil, both},
		{"manifest tests = false", "version = 1\n[run]\ntests = false\n", nil, []string{prodFinding}},
		{"-test=false wins over the manifest", "version = 1\n[run]\ntests = true\n", []string{"-test=false"}, []string{prodFinding}},
		{"-test wins over the manifest", "version = 1\n[run]\ntests = false\n", []string{"-test"}, both},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := fixture(t, "testfiles")
			if tt.manifest != "" {
				writeFile(t, filepath.Join(dir, "policylint.toml"), tt.manifest)
			}
			res := policylint(t, dir, append([]string{"-format", "json"}, tt.args...)...)
			if res.code != exitFindings {
				t.Fatalf("want exit 1, got %v", res)
			}
			if got := reportLines(t, res.stdout); !slices.Equal(got, tt.want) {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTestFileFindingsUnderGoVet: plain go vet follows the same default,
// and takes -test.
func TestTestFileFindingsUnderGoVet(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		args     []string
		withTest bool
	}{{nil, false}, {[]string{"-test"}, true}} {
		res := goVet(t, fixture(t, "testfiles"), testEnv(), append(tt.args, "./...")...)
		if res.code == 0 || !strings.Contains(res.stderr, "handler.go:11:") {
			t.Fatalf("%q: want the finding in handler.go, got %v", tt.args, res)
		}
		if got := strings.Contains(res.stderr, "handler_test.go:15:"); got != tt.withTest {
			t.Errorf("%q: finding in handler_test.go reported = %v, want %v: %v", tt.args, got, tt.withTest, res)
		}
	}
}

// TestTestFilesThatDoNotCompileDoNotStopTheRun: with test findings off, a
// type error in a _test.go file (which go vet meets in the package's test
// variant, and an external test package that imports it) is a warning, and
// the package's own finding is still reported. With -test it is an error.
func TestTestFilesThatDoNotCompileDoNotStopTheRun(t *testing.T) {
	t.Parallel()
	res := policylint(t, fixture(t, "brokentest"), "-format", "json")
	if res.code != exitFindings {
		t.Fatalf("want exit 1, got %v", res)
	}
	if got := reportLines(t, res.stdout); !slices.Equal(got, []string{prodFinding}) {
		t.Errorf("findings %q, want %q", got, []string{prodFinding})
	}
	rep, _ := decodeReport(t, []byte(res.stdout))
	if len(rep.Errors) != 1 || rep.Errors[0].Severity != "warning" || !strings.Contains(rep.Errors[0].String(), "handler_test.go:13:15:") {
		t.Errorf("want the type error as one warning, got %+v", rep.Errors)
	}

	strict := policylint(t, fixture(t, "brokentest"), "-test", "-format", "json")
	if strict.code != exitError || !strings.Contains(strict.stderr, "handler_test.go:13:15:") {
		t.Errorf("-test: want exit 2 for the type error, got %v", strict)
	}
}

// TestFindingsInCgoFilesAreReported: go vet hands the vet tool cgo's
// rewrite of a file that imports "C" (marked generated, with //line
// directives back to the file); its findings are reported at the original
// file's positions, like those of the package's other files.
func TestFindingsInCgoFilesAreReported(t *testing.T) {
	t.Parallel()
	if res := command(t, ".", testEnv(), "go", "env", "CGO_ENABLED"); strings.TrimSpace(res.stdout) != "1" {
		t.Skip("cgo is off here (no C compiler)")
	}
	res := policylint(t, fixture(t, "cgo"), "-format", "json")
	if res.code != exitFindings {
		t.Fatalf("want exit 1, got %v", res)
	}
	want := []string{"native.go:16: piilog", "plain.go:10: piilog"}
	if got := reportLines(t, res.stdout); !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}
