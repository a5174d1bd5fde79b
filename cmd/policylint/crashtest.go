//go:build policylint_crashtest

package main

import (
	"os"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Built only by TestPanicInAnalyzerIsReportedAndOthersGoOn: an extra
// analyzer that panics on the package named by $POLICYLINT_CRASH_PKG, to
// check that the driver reports the panic and keeps the other packages'
// findings.
func init() {
	base := ruleAnalyzers
	ruleAnalyzers = func(p *rules.Policy, only []string) []*analysis.Analyzer {
		bomb := &analysis.Analyzer{
			Name:       "bomb",
			Doc:        "bomb: panics on one package (test double)",
			ResultType: reflect.TypeFor[*finding.List](),
			Run: func(pass *analysis.Pass) (any, error) {
				if pass.Pkg.Path() == os.Getenv("POLICYLINT_CRASH_PKG") {
					var m map[string]int
					m["boom"]++ // a nil map write: a bug in an analyzer
				}
				return new(finding.List), nil
			},
		}
		return append(base(p, only), bomb)
	}
}
