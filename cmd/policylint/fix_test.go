package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policylint/policylint/internal/finding"
)

const fixSrc = `package p

import "log"

func f(ip, user string) {
	log.Println(ip)
	log.Println(user)
}
`

// fixFile writes fixSrc to a temporary file and returns its name.
func fixFile(t *testing.T) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "p.go")
	writeFile(t, name, fixSrc)
	return name
}

// replace returns a fix that replaces the first old with new in file.
func replace(t *testing.T, file, old, new string) *fix {
	t.Helper()
	off := strings.Index(fixSrc, old)
	if off < 0 {
		t.Fatalf("%q not in source", old)
	}
	return &fix{
		key:   findingKey{rule: "piilog", message: "piilog " + old, pos: finding.Position{File: file, Line: 1 + strings.Count(fixSrc[:off], "\n")}},
		edits: []edit{{file, off, off + len(old), new}},
	}
}

func TestApplyFixesAppliesNonOverlappingFixes(t *testing.T) {
	name := fixFile(t)
	res, err := applyFixes([]*fix{
		replace(t, name, "ip)", "mask(ip))"),
		replace(t, name, "user)", `"someone")`),
	})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	if !strings.Contains(string(got), "log.Println(mask(ip))") || !strings.Contains(string(got), `log.Println("someone")`) {
		t.Errorf("fixes not applied:\n%s", got)
	}
	if res.applied != 2 || res.conflicts != 0 || len(res.fixed) != 2 || !slices.Equal(res.files, []string{name}) {
		t.Errorf("unexpected result %+v", res)
	}
}

func TestApplyFixesSkipsOverlapsDeterministically(t *testing.T) {
	var outputs []string
	for _, reverse := range []bool{false, true} {
		name := fixFile(t)
		fixes := []*fix{
			replace(t, name, "log.Println(ip)", "log.Println(mask(ip))"),
			replace(t, name, "ip)", "hidden)"),
		}
		if reverse {
			slices.Reverse(fixes)
		}
		res, err := applyFixes(fixes)
		if err != nil {
			t.Fatal(err)
		}
		if res.applied != 1 || res.conflicts != 1 || len(res.fixed) != 1 {
			t.Errorf("want one fix applied and one skipped, got %+v", res)
		}
		got, _ := os.ReadFile(name)
		outputs = append(outputs, string(got))
	}
	if outputs[0] != outputs[1] {
		t.Errorf("the result depends on the order of the diagnostics:\n%s\n---\n%s", outputs[0], outputs[1])
	}
}

func TestApplyFixesAppliesAFixReportedTwiceOnce(t *testing.T) {
	// A package and its test variant report the same diagnostic.
	name := fixFile(t)
	d := replace(t, name, "ip)", "mask(ip))")
	res, err := applyFixes([]*fix{d, d})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	if strings.Count(string(got), "mask(") != 1 || res.applied != 1 || res.conflicts != 0 {
		t.Errorf("want the fix applied once, got %+v:\n%s", res, got)
	}
}

func TestApplyFixesKeepsGofmtFormatting(t *testing.T) {
	name := fixFile(t)
	if _, err := applyFixes([]*fix{replace(t, name, "log.Println(ip)", "log.Println(  ip[:0]  )")}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	if !strings.Contains(string(got), "log.Println(ip[:0])") {
		t.Errorf("the fixed file was not formatted:\n%s", got)
	}
}

func TestApplyFixesWithNoFixesChangesNothing(t *testing.T) {
	name := fixFile(t)
	res, err := applyFixes(nil)
	got, _ := os.ReadFile(name)
	if err != nil || res.applied != 0 || len(res.files) != 0 || string(got) != fixSrc {
		t.Errorf("want nothing done, got %+v, %v", res, err)
	}
}

// copyTree copies the directory src to a fresh temporary directory and
// returns the copy.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
	return dst
}

// reportLines returns "file:line: rule" for each finding of a JSON report.
func reportLines(t *testing.T, stdout string) []string {
	t.Helper()
	rep, _ := decodeReport(t, []byte(stdout))
	var out []string
	for _, f := range rep.Findings {
		out = append(out, filepath.ToSlash(f.Pos.File)+":"+strconv.Itoa(f.Pos.Line)+": "+*f.Rule)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestFixMakesTheExampleCompliant fixes a copy of the example service
// with the shop's manifest, which names one IP sanitizer: the fixed code
// builds, and a second run finds exactly what the fix run left (the
// findings no mechanical fix can remove: an access-log middleware, a whole
// struct, a zerolog chain), none of the fixed ones again.
func TestFixMakesTheExampleCompliant(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	t.Parallel()
	root := filepath.Join("..", "..", "testdata", "example")
	manifest, err := filepath.Abs(filepath.Join("..", "..", "testdata", "manifests", "acme.toml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := copyTree(t, root)
	var before int
	for _, m := range exampleMarkers(t, root, "acme") {
		if strings.HasSuffix(m, ": piilog") {
			before++
		}
	}

	fixed := policylint(t, dir, "-policy", manifest, "-fix", "-format", "json")
	if fixed.code != exitFindings {
		t.Fatalf("fix run: want exit 1 (unfixable findings remain), got %v", fixed)
	}
	m := regexp.MustCompile(`applied (\d+) fix`).FindStringSubmatch(fixed.stderr)
	if m == nil {
		t.Fatalf("fix run: no fix applied: %v", fixed)
	}
	applied, _ := strconv.Atoi(m[1])

	if build := command(t, dir, testEnv(), "go", "build", "./..."); build.code != 0 {
		t.Fatalf("the fixed example does not build: %v", build)
	}
	if vet := command(t, dir, testEnv(), "gofmt", "-l", "."); vet.stdout != "" {
		t.Errorf("the fixed files are not gofmt-clean: %s", vet.stdout)
	}

	again := policylint(t, dir, "-policy", manifest, "-format", "json")
	left, after := reportLines(t, fixed.stdout), reportLines(t, again.stdout)
	if !slices.Equal(left, after) {
		t.Errorf("a second run does not find what the fix run left:\nleft:\n\t%s\nfound:\n\t%s",
			strings.Join(left, "\n\t"), strings.Join(after, "\n\t"))
	}
	var piilog int
	for _, f := range after {
		if strings.HasSuffix(f, ": piilog") {
			piilog++
		}
	}
	if piilog != before-applied {
		t.Errorf("%d piilog findings before, %d fixes applied, %d left: every fix must remove its finding", before, applied, piilog)
	}
	if applied < 6 {
		t.Errorf("applied %d fixes, want at least 6 (slog key/value pairs, printf, the audit.Event wrapper, a zap field, files without the import)", applied)
	}
}
