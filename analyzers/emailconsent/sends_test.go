package emailconsent_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/emailconsent"
	"github.com/policylint/policylint/rules"
)

// TestSendsCarryTheirConsentState: the data map's hook lists every send
// to a person with its state. In the positive fixture each finding is an
// unguarded send; the negative look-alikes are guarded, transactional or
// to consented recipients, and none is unguarded.
func TestSendsCarryTheirConsentState(t *testing.T) {
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	p, err := rules.Load(filepath.Join(abs, "custom.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"positive", "negative", "custom"} {
		a := emailconsent.New(rules.Default())
		if pkg == "custom" {
			a = emailconsent.New(p)
		}
		for _, r := range analysistest.Run(t, abs, a, pkg) {
			states := map[string]int{}
			sends := emailconsent.TakeSends(r.Pass.Pkg)
			for _, s := range sends {
				states[s.State]++
				if s.Real == "" || s.Function == "" || len(s.Flow) == 0 {
					t.Errorf("%s: incomplete send %+v", pkg, s)
				}
			}
			t.Logf("%s: %v", pkg, states)
			if got := len(emailconsent.TakeSends(r.Pass.Pkg)); got != 0 {
				t.Errorf("%s: TakeSends twice: %d sends the second time", pkg, got)
			}
			switch pkg {
			case "positive":
				if states[emailconsent.Unguarded] != len(r.Diagnostics) {
					t.Errorf("positive: %d unguarded sends, %d findings", states[emailconsent.Unguarded], len(r.Diagnostics))
				}
			case "negative":
				if states[emailconsent.Unguarded] != 0 || states[emailconsent.Guarded] == 0 || states[emailconsent.Transactional] == 0 {
					t.Errorf("negative: states %v, want guarded and transactional sends and no unguarded one", states)
				}
			case "custom":
				if states[emailconsent.Consented] == 0 {
					t.Errorf("custom: states %v, want consented sends", states)
				}
			}
		}
	}
}
