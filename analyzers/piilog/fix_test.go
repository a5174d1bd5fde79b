package piilog_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/piilog"
	"github.com/policylint/policylint/rules"
)

// oneSanitizer is a manifest that names one IP sanitizer, so that piilog
// offers a fix: wrap the value that carries the IP in anon.IP.
const oneSanitizer = `version = 1

[data."user.device.ip_address"]
sanitizers = ["anon.IP"]
`

// TestFixWrapsTheValueThatCarriesTheIP checks the suggested fix for every
// key/value logger family, printf-style calls, field constructors and a
// variadic wrapper: the value that holds the IP is wrapped (never a key),
// and the sanitizer's package is imported when the file lacks it.
func TestFixWrapsTheValueThatCarriesTheIP(t *testing.T) {
	p, err := rules.Parse("policylint.toml", []byte(oneSanitizer))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), piilog.New(p), "fix")
	// A golden file is only compared when its file got edits: check that
	// every finding has its fix, except where the name anon is taken.
	fixes := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			file := filepath.Base(r.Pass.Fset.Position(d.Pos).Filename)
			switch {
			case file == "shadowed.go" && len(d.SuggestedFixes) > 0:
				t.Errorf("%s: a fix where anon is shadowed would not compile: %s", file, d.Message)
			case file != "shadowed.go" && len(d.SuggestedFixes) == 0:
				t.Errorf("%s: no fix for %s", file, d.Message)
			}
			fixes += len(d.SuggestedFixes)
		}
	}
	if fixes != 12 {
		t.Errorf("got %d fixes, want 12 (one per finding outside shadowed.go)", fixes)
	}
}
