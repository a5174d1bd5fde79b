package report_test

import (
	"go/ast"
	"go/types"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// logged is a test double of a rule: every log.Print whose argument is
// not a constant is a finding, reported through the one filter.
var logged = &analysis.Analyzer{
	Name:       "piilog",
	Doc:        "piilog: test double reporting every non-constant log.Print",
	ResultType: reflect.TypeFor[*finding.List](),
	Run: func(pass *analysis.Pass) (any, error) {
		rep := report.New(pass, rules.Default(), rules.PIILog)
		ins := inspector.New(pass.Files)
		for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
			call := n.(*ast.CallExpr)
			fn, ok := typeutilCallee(pass, call)
			if !ok || fn.FullName() != "log.Print" || len(call.Args) != 1 {
				continue
			}
			if tv := pass.TypesInfo.Types[call.Args[0]]; tv.Value != nil {
				continue
			}
			f := finding.Finding{Category: "user.device.ip_address", Message: "logged", Pos: finding.At(pass.Fset, call.Lparen)}
			rep.Report(f, analysis.Diagnostic{Pos: call.Lparen, Message: "logged"})
		}
		return rep.Finish(), nil
	},
}

func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) (*types.Func, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	return fn, ok
}

// TestFilter checks the filter's decisions that the rules' fixtures do
// not: a suppression written "// policylint:ignore" with a space applies,
// an unused one is reported, and test files give no finding and no
// suppression problem while test findings are off.
func TestFilter(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logged, "filter")
}
