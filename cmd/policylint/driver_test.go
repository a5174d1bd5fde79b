package main

import (
	"slices"
	"strings"
	"testing"
)

func TestVetErrorsKeepsProblemsAndDropsHeaders(t *testing.T) {
	stderr := "# example.com/broken\n./bad.go:5:9: cannot use x as int value in return statement\n\thave string\n# example.com/other\nvet: ./o.go:1:1: expected 'package'\n"
	got, _ := vetErrors(stderr)
	want := []string{"bad.go:5:9: cannot use x as int value in return statement\n\thave string", "o.go:1:1: expected 'package'"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestVetToolCrashIsOneErrorWithoutTheTrace(t *testing.T) {
	stderr := "# example.com/deep\nruntime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw(...)\n\t/usr/local/go/src/runtime/panic.go:1229\ngoroutine 6 [running]:\nmain.f()\n# example.com/fine\n./f.go:1:1: real problem\n"
	got, _ := vetErrors(stderr)
	want := []string{
		"internal error: policylint crashed on package example.com/deep: fatal error: stack overflow (please report this bug)",
		"f.go:1:1: real problem",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseVetOutputDeduplicatesTestVariantsAndKeepsErrors(t *testing.T) {
	out := `{"@policylint":{"package":"p","rule":"piilog","findings":[{"rule":"piilog","category":"c","severity":"error","message":"m","clause":"","pos":{"file":"/x/a.go","line":3,"column":2},"flow":null,"function":"p.F"}]}}
{"p":{"piilog":[{"posn":"/x/a.go:3:2","end":"","message":"m","suggested_fixes":[{"message":"Mask","edits":[{"filename":"/x/a.go","start":10,"end":10,"new":"anon.IP("}]}]}]}}
{"@policylint":{"package":"p","rule":"piilog","findings":[{"rule":"piilog","category":"c","severity":"error","message":"m","clause":"","pos":{"file":"/x/a.go","line":3,"column":2},"flow":null,"function":"p.F"}]}}
{"p [p.test]":{"piilog":{"error":"analysis exploded"}}}
{"@policylint":{"package":"p_test","rule":"piilog","findings":[]}}
`
	run, err := parseVetOutput(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(run.findings) != 1 || run.findings[0].Function != "p.F" {
		t.Errorf("want one finding with its function, got %+v", run.findings)
	}
	if len(run.fixes) != 1 || run.fixes[0].key != keyOf(run.findings[0]) {
		t.Errorf("want the fix keyed to the finding, got %+v", run.fixes)
	}
	if !slices.Equal(run.packages, []string{"p"}) {
		t.Errorf("packages = %q, want [p]", run.packages)
	}
	if want := []string{"analyzer piilog failed on package p [p.test]: analysis exploded"}; !slices.Equal(run.errors, want) {
		t.Errorf("errors = %q, want %q", run.errors, want)
	}
}
