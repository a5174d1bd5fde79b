package emailconsent_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/emailconsent"
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
