// Package suite assembles the rule analyzers that share one policy and one
// dataflow engine, for the drivers (standalone, go vet, golangci-lint).
package suite

import (
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/emailconsent"
	"github.com/policylint/policylint/analyzers/piiegress"
	"github.com/policylint/policylint/analyzers/piilog"
	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/rules"
)

// Analyzers returns the rule analyzers for p, in canonical order, limited to
// the rules named in only (all when only is empty). A nil p means: resolve
// the policy per package through policyconfig.Analyzer (the -policy flag,
// $POLICYLINT_POLICY, discovery, the embedded default); rules the resolved
// policy disables then report nothing.
//
// Each returned analyzer's Result is a *finding.List.
func Analyzers(p *rules.Policy, only []string) []*analysis.Analyzer {
	engine := taint.Analyzer
	if p != nil {
		engine = taint.New(policyconfig.New(p))
	}
	all := map[string]*analysis.Analyzer{}
	if p == nil {
		all[rules.PIILog] = piilog.Analyzer
		all[rules.EmailConsent] = emailconsent.Analyzer
		all[rules.PIIEgress] = piiegress.Analyzer
	} else {
		all[rules.PIILog] = piilog.NewWith(engine)
		all[rules.EmailConsent] = emailconsent.NewWith(engine)
		all[rules.PIIEgress] = piiegress.NewWith(engine)
	}
	var out []*analysis.Analyzer
	for _, name := range rules.RuleNames {
		a, ok := all[name]
		if !ok || (len(only) > 0 && !slices.Contains(only, name)) {
			continue
		}
		if p != nil && !p.RuleEnabled(name) {
			continue
		}
		out = append(out, a)
	}
	return out
}
