package emailconsent_test

import (
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
