package main

import (
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const fixSrc = `package p

import "log"

func f(ip, user string) {
	log.Println(ip)
	log.Println(user)
}
`

// fixFile writes fixSrc to a temporary file and returns its name and a
// FileSet that knows it.
func fixFile(t *testing.T) (string, *token.FileSet, *token.File) {
	t.Helper()
	name := filepath.Join(t.TempDir(), "p.go")
	writeFile(t, name, fixSrc)
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(fixSrc))
	tf.SetLinesForContent([]byte(fixSrc))
	return name, fset, tf
}

// replace returns a diagnostic whose fix replaces old (the n-th match,
// from 0) with new.
func replace(t *testing.T, fset *token.FileSet, tf *token.File, rule, old string, n int, new string) diagnostic {
	t.Helper()
	off := -1
	for range n + 1 {
		i := strings.Index(fixSrc[off+1:], old)
		if i < 0 {
			t.Fatalf("%q not in source", old)
		}
		off += 1 + i
	}
	pos := tf.Pos(off)
	return diagnostic{rule, fset, analysis.Diagnostic{
		Pos:     pos,
		Message: rule + " " + old,
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Replace " + old,
			TextEdits: []analysis.TextEdit{{Pos: pos, End: tf.Pos(off + len(old)), NewText: []byte(new)}},
		}},
	}}
}

func TestApplyFixesAppliesNonOverlappingFixes(t *testing.T) {
	name, fset, tf := fixFile(t)
	res, err := applyFixes([]diagnostic{
		replace(t, fset, tf, "piilog", "ip)", 0, "mask(ip))"),
		replace(t, fset, tf, "piilog", "user)", 0, `"someone")`),
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
		name, fset, tf := fixFile(t)
		diags := []diagnostic{
			replace(t, fset, tf, "piilog", "log.Println(ip)", 0, "log.Println(mask(ip))"),
			replace(t, fset, tf, "piilog", "ip)", 0, "hidden)"),
		}
		if reverse {
			slices.Reverse(diags)
		}
		res, err := applyFixes(diags)
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
	name, fset, tf := fixFile(t)
	d := replace(t, fset, tf, "piilog", "ip)", 0, "mask(ip))")
	res, err := applyFixes([]diagnostic{d, d})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	if strings.Count(string(got), "mask(") != 1 || res.applied != 1 || res.conflicts != 0 {
		t.Errorf("want the fix applied once, got %+v:\n%s", res, got)
	}
}

func TestApplyFixesKeepsGofmtFormatting(t *testing.T) {
	name, fset, tf := fixFile(t)
	if _, err := applyFixes([]diagnostic{replace(t, fset, tf, "piilog", "log.Println(ip)", 0, "log.Println(  ip[:0]  )")}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	if !strings.Contains(string(got), "log.Println(ip[:0])") {
		t.Errorf("the fixed file was not formatted:\n%s", got)
	}
}

func TestApplyFixesIgnoresDiagnosticsWithoutFixes(t *testing.T) {
	name, fset, tf := fixFile(t)
	d := replace(t, fset, tf, "piilog", "ip)", 0, "x)")
	d.SuggestedFixes = nil
	res, err := applyFixes([]diagnostic{d})
	got, _ := os.ReadFile(name)
	if err != nil || res.applied != 0 || len(res.files) != 0 || string(got) != fixSrc {
		t.Errorf("want nothing done, got %+v, %v", res, err)
	}
}
