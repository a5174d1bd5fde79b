package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/policylint/policylint/internal/finding"
)

func textOf(t *testing.T, r *Report, colour bool) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteText(&buf, r, colour); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// withGlobalColour sets fatih/color's global switch for the test and
// restores it afterwards, so that the tests below prove that the caller's
// choice, not the global, decides.
func withGlobalColour(t *testing.T, on bool) {
	saved := color.NoColor
	color.NoColor = !on
	t.Cleanup(func() { color.NoColor = saved })
}

func TestTextHasNoANSICodesWithoutColour(t *testing.T) {
	withGlobalColour(t, true)
	if out := textOf(t, fixture(), false); strings.Contains(out, "\x1b[") {
		t.Errorf("colour off, but the output has escape codes:\n%q", out)
	}
}

func TestTextHasANSICodesWithColour(t *testing.T) {
	withGlobalColour(t, false) // as when stdout is not a terminal
	out := textOf(t, fixture(), true)
	for what, code := range map[string]string{
		"dim position":   "\x1b[2minternal/api/handler.go:9:3\x1b[22m",
		"red severity":   "\x1b[31;1merror\x1b[0;22m",
		"bold rule":      "\x1b[1mpiilog\x1b[22m",
		"yellow warning": "\x1b[33;1mwarning\x1b[0;22m",
	} {
		if !strings.Contains(out, code) {
			t.Errorf("colour on: want %s %q in\n%q", what, code, out)
		}
	}
}

func TestTextFormat(t *testing.T) {
	r := &Report{
		BaseDir: "/src",
		Findings: []finding.Finding{{
			Rule: "piilog", Severity: "error", Message: "client IP reaches log.Printf",
			Pos:  finding.Position{File: "/src/api/h.go", Line: 42, Column: 3},
			Flow: []finding.Step{{Pos: finding.Position{File: "/src/api/h.go", Line: 40, Column: 9}, Note: "r.RemoteAddr"}},
		}},
	}
	want := "api/h.go:42:3: error: piilog: client IP reaches log.Printf\n" +
		"\tapi/h.go:40:9: r.RemoteAddr\n" +
		"1 finding (piilog: 1)\n"
	if got := textOf(t, r, false); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTextSummaryCountsFindingsPerRule(t *testing.T) {
	out := textOf(t, fixture(), false)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if got, want := lines[len(lines)-1], "4 findings (piiegress: 1, piilog: 2, policylint: 1)"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
}

func TestTextPrintsNothingForACleanRun(t *testing.T) {
	if out := textOf(t, &Report{BaseDir: "/src"}, true); out != "" {
		t.Errorf("want no output, got %q", out)
	}
}

func TestTextPrintsProblemsWithoutSummary(t *testing.T) {
	r := &Report{BaseDir: "/src", Errors: []string{"/src/policylint.toml:3:1: unknown key \"sink\" (did you mean \"sinks\"?)"}}
	if got, want := textOf(t, r, false), "policylint.toml:3:1: unknown key \"sink\" (did you mean \"sinks\"?)\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPositionsDropUnknownParts(t *testing.T) {
	for want, pos := range map[string]finding.Position{
		"a.go:3:7": {File: "a.go", Line: 3, Column: 7},
		"a.go:3":   {File: "a.go", Line: 3},
		"a.go":     {File: "a.go"},
		"-":        {},
	} {
		if got := posString(pos); got != want {
			t.Errorf("posString(%+v) = %q, want %q", pos, got, want)
		}
	}
}
