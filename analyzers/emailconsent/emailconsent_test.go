package emailconsent_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/emailconsent"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

func TestUnguardedSendsAreReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), emailconsent.New(rules.Default()), "positive")
}

func TestGuardedAndTransactionalSendsAreNotReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), emailconsent.New(rules.Default()), "negative")
}

func TestWrapperInAnotherPackageMovesTheFindingToItsCaller(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), emailconsent.New(rules.Default()), "mailer", "campaign")
}

func TestManifestConsentConsentedTransactionalAndSenders(t *testing.T) {
	p, err := rules.Load(filepath.Join(analysistest.TestData(), "custom.toml"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), emailconsent.New(p), "custom")
}

func TestBuiltinsFalseLeavesOnlyTheManifestsLists(t *testing.T) {
	p, err := rules.Load(filepath.Join(analysistest.TestData(), "nobuiltins.toml"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), emailconsent.New(p), "nobuiltins")
}

func reachPolicy(t *testing.T) *rules.Policy {
	t.Helper()
	p, err := rules.Load(filepath.Join(analysistest.TestData(), "reach.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEveryPathFromAnEntryPointIsJudged(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), emailconsent.New(reachPolicy(t)), "reach/notify", "reach/digest", "reach/campaign", "reach/jobs")
}

// entriesOf returns "func line shown" for the entries an analysis of pkg
// recorded, and "func guarded|unguarded|value [finding line]" for its
// calls.
func entriesOf(t *testing.T, results []*analysistest.Result, pkg string) (entries, calls []string) {
	t.Helper()
	for _, r := range results {
		if r.Pass.Pkg.Path() != pkg {
			continue
		}
		list, ok := r.Result.(*finding.List)
		if !ok {
			t.Fatalf("%s: result %T", pkg, r.Result)
		}
		for _, e := range list.Entries {
			entries = append(entries, fmt.Sprintf("%s %s:%d shown=%v fixed=%v", e.Func, filepath.Base(e.Finding.Pos.File), e.Finding.Pos.Line, e.Shown, e.Fixed))
		}
		for _, c := range list.Calls {
			s := c.Func + " unguarded"
			switch {
			case c.Value:
				s = c.Func + " value"
			case c.Guarded:
				s = c.Func + " guarded"
			}
			if c.Finding != nil {
				s += fmt.Sprintf(" finding %s:%d", filepath.Base(c.Finding.Pos.File), c.Finding.Pos.Line)
			}
			calls = append(calls, s)
		}
	}
	return entries, calls
}

func TestExportedFunctionsNothingInThePackageCallsAreRecordedForTheDriver(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), emailconsent.New(reachPolicy(t)), "reach/notify", "reach/digest", "reach/jobs")

	entries, _ := entriesOf(t, results, "reach/notify")
	// SendBulk sends to its parameter and nothing in notify calls it:
	// pending, at its send. SMTPMailer.Send is called through the
	// Mailer interface in the package; SendToSubscribers checks.
	want := []string{"reach/notify.SendBulk notify.go:62 shown=false fixed=false"}
	if !slices.Equal(entries, want) {
		t.Errorf("notify entries:\n got %q\nwant %q", entries, want)
	}

	entries, _ = entriesOf(t, results, "reach/jobs")
	// SendCampaign is pending; Deliver is called (guarded) in the
	// package; the handlers are used as values, so reported outright;
	// SpringSaleToAll finds its recipients itself: shown.
	want = []string{
		"(*reach/jobs.Worker).SendCampaign jobs.go:103 shown=false fixed=false",
		"(*reach/jobs.Worker).SpringSaleToAll jobs.go:161 shown=true fixed=false",
	}
	if !slices.Equal(entries, want) {
		t.Errorf("jobs entries:\n got %q\nwant %q", entries, want)
	}

	entries, calls := entriesOf(t, results, "reach/digest")
	// Exported methods nothing in digest calls, with sends to recipients
	// they find themselves: shown here, and dropped by the driver when
	// every analysed call of them is guarded.
	want = []string{
		"(*reach/digest.Operator).NoteSignupToUser digest.go:290 shown=true fixed=false",
		"(*reach/digest.Service).Bulk digest.go:164 shown=true fixed=false",
		"(*reach/digest.Service).FanOutDigestToAll digest.go:257 shown=true fixed=false",
		"(*reach/digest.Service).Launch digest.go:227 shown=true fixed=false",
		"(*reach/digest.Service).ReannounceTo digest.go:109 shown=true fixed=false",
		"(*reach/digest.Service).SendWeeklyDigest digest.go:47 shown=true fixed=false",
	}
	slices.Sort(entries)
	if !slices.Equal(entries, want) {
		t.Errorf("digest entries:\n got %q\nwant %q", entries, want)
	}
	// The calls of notify's senders: SendBulk unguarded, and the
	// Mailer implementation through the interface, guarded and not.
	for _, c := range []string{"reach/notify.SendBulk unguarded", "(*reach/notify.SMTPMailer).Send guarded", "(*reach/notify.SMTPMailer).Send unguarded"} {
		if !slices.Contains(calls, c) {
			t.Errorf("digest calls: no %q in %q", c, calls)
		}
	}
	for _, c := range calls {
		if strings.Contains(c, "SendToSubscribers") {
			t.Errorf("digest calls: %q checks consent itself and should not be recorded", c)
		}
	}
}
