package main

import (
	"os"
	"path/filepath"
	"slices"
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
