package main

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/policylint/policylint/internal/finding"
)

// analysisResult is what the driver keeps of a checker run.
type analysisResult struct {
	findings    []finding.Finding // de-duplicated and sorted
	diagnostics []diagnostic      // for -fix
	errors      []error           // failed actions, root causes only
}

// diagnostic is a diagnostic with what is needed to apply its fixes.
type diagnostic struct {
	rule string
	fset *token.FileSet
	analysis.Diagnostic
}

// findingKey identifies a finding across a package and its test variant,
// which analyse the same non-test files.
type findingKey struct {
	rule, message string
	pos           finding.Position
}

func keyOf(f finding.Finding) findingKey {
	return findingKey{f.Rule, f.Message, f.Pos}
}

// analyse runs analyzers on roots and gathers every root action's
// *finding.List and diagnostics, and the errors of failed actions.
func analyse(analyzers []*analysis.Analyzer, roots []*packages.Package) *analysisResult {
	res := new(analysisResult)
	graph, err := checker.Analyze(analyzers, roots, nil)
	if err != nil {
		// Only an invalid analyzer graph gets here: a bug in policylint.
		res.errors = append(res.errors, fmt.Errorf("internal error: %w", err))
		return res
	}

	seen := make(map[findingKey]bool)
	for act := range graph.All() {
		if act.Err != nil {
			// An action whose prerequisite failed fails too; report only
			// the action that failed first.
			if !anyDepFailed(act) {
				res.errors = append(res.errors, actionError(act))
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			res.diagnostics = append(res.diagnostics, diagnostic{act.Analyzer.Name, act.Package.Fset, d})
		}
		list, ok := act.Result.(*finding.List)
		if !ok || list == nil {
			continue
		}
		for _, f := range list.Findings {
			if k := keyOf(f); !seen[k] {
				seen[k] = true
				res.findings = append(res.findings, f)
			}
		}
	}
	finding.Sort(res.findings)
	return res
}

func anyDepFailed(act *checker.Action) bool {
	for _, dep := range act.Deps {
		if dep.Err != nil {
			return true
		}
	}
	return false
}

// actionError names the analyzer and the package of a failed action,
// unless the error (a recovered panic) already does.
func actionError(act *checker.Action) error {
	if _, ok := act.Err.(*panicError); ok {
		return act.Err
	}
	return fmt.Errorf("analyzer %s failed on package %s: %w", act.Analyzer.Name, act.Package.PkgPath, act.Err)
}
