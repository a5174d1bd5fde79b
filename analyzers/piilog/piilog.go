package piilog

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/analysisdoc"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Analyzer reports personal data written to logs, with the policy found by
// the policyconfig analyzer.
var Analyzer = NewWith(taint.Analyzer)

// New returns a piilog analyzer that always uses p, for tests and
// embedders; it runs its own engine.
func New(p *rules.Policy) *analysis.Analyzer {
	return NewWith(taint.New(policyconfig.New(p)))
}

// NewWith returns a piilog analyzer reading the results of engine.
func NewWith(engine *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       rules.PIILog,
		Doc:        doc,
		URL:        "https://github.com/policylint/policylint#piilog",
		Requires:   []*analysis.Analyzer{engine},
		ResultType: reflect.TypeOf((*finding.List)(nil)),
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, pass.ResultOf[engine].(*taint.Result)), nil
		},
	}
}

//go:embed doc.go
var docSource string

var doc = analysisdoc.Extract(docSource, rules.PIILog)

func run(pass *analysis.Pass, res *taint.Result) *finding.List {
	p := res.Policy
	if !p.RuleEnabled(rules.PIILog) {
		return &finding.List{}
	}
	rep := report.New(pass, p, rules.PIILog)
	clause := p.Clause(rules.PIILog)
	for _, h := range res.Hits {
		if h.Kind != taint.Log || !p.Denies(rules.PIILog, h.Cat) {
			continue
		}
		src := h.Source
		if src == "" {
			src = "a value"
		}
		msg := fmt.Sprintf("%s from %s reaches %s without anonymization (piilog: %q)", h.Cat, src, h.Sink, clause)
		f := finding.Finding{
			Category: h.Cat,
			Message:  msg,
			Pos:      finding.At(pass.Fset, h.Pos),
			Flow:     h.Flow,
			Function: taint.FuncName(h.Fn),
			Source:   src,
			Sink:     h.RealSink,
		}
		d := analysis.Diagnostic{
			Pos:      h.Pos,
			Category: h.Cat,
			Message:  msg,
			Related:  report.Related(pass, h.Flow),
		}
		if fix, ok := sanitizeFix(pass, p, h); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		report.ReportEntry(rep, f, d, h.Entry)
	}
	accessLogs(pass, res, rep, clause)
	return report.WithCalls(rep.Finish(), res.Calls)
}

// sanitizeFix wraps the offending argument in the category's sanitizer,
// when the manifest declares exactly one, its package is already imported
// (or is this package), and its signature fits the argument.
func sanitizeFix(pass *analysis.Pass, p *rules.Policy, h *taint.Hit) (analysis.SuggestedFix, bool) {
	cat := p.Data[h.Cat]
	if cat == nil || len(cat.Sanitizers) != 1 {
		return analysis.SuggestedFix{}, false
	}
	ref := cat.Sanitizers[0]
	if strings.HasPrefix(ref, "(") {
		return analysis.SuggestedFix{}, false // methods need a receiver: no mechanical fix
	}
	dot := strings.LastIndex(ref, ".")
	pkgPath, name := ref[:dot], ref[dot+1:]
	call, arg := callArg(pass, h)
	if call == nil || arg == nil {
		return analysis.SuggestedFix{}, false
	}
	file := fileOf(pass, h.Pos)
	qual, fn := sanitizerIn(pass, file, pkgPath, name)
	if fn == nil {
		return analysis.SuggestedFix{}, false
	}
	sig := fn.Signature()
	argType := pass.TypesInfo.TypeOf(arg)
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || argType == nil ||
		!types.AssignableTo(argType, sig.Params().At(0).Type()) {
		return analysis.SuggestedFix{}, false
	}
	callee := qual + name
	return analysis.SuggestedFix{
		Message: fmt.Sprintf("Mask the value with %s", callee),
		TextEdits: []analysis.TextEdit{
			{Pos: arg.Pos(), End: arg.Pos(), NewText: []byte(callee + "(")},
			{Pos: arg.End(), End: arg.End(), NewText: []byte(")")},
		},
	}, true
}

// callArg finds the call expression of a hit and the argument expression
// that carries the data.
func callArg(pass *analysis.Pass, h *taint.Hit) (*ast.CallExpr, ast.Expr) {
	file := fileOf(pass, h.Pos)
	if file == nil {
		return nil, nil
	}
	var call *ast.CallExpr
	ast.Inspect(file, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && c.Lparen == h.Pos {
			call = c
		}
		return call == nil
	})
	if call == nil {
		return nil, nil
	}
	i := h.Arg
	if sig, ok := pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && sig.Recv() == nil {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			if s := pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
				i-- // SSA counts the receiver as argument 0
			}
		}
	}
	if i < 0 {
		return call, nil
	}
	// Variadic arguments arrive packed in one slice: pick the single
	// argument of the pack that is not a constant.
	if i < len(call.Args) && (i < len(call.Args)-1 || call.Ellipsis.IsValid()) {
		return call, call.Args[i]
	}
	var cand ast.Expr
	for _, a := range call.Args[min(i, len(call.Args)):] {
		if tv, ok := pass.TypesInfo.Types[a]; ok && tv.Value == nil {
			if cand != nil {
				return call, nil
			}
			cand = a
		}
	}
	return call, cand
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// sanitizerIn finds the sanitizer function and how file must qualify it.
func sanitizerIn(pass *analysis.Pass, file *ast.File, pkgPath, name string) (string, *types.Func) {
	if pass.Pkg.Path() == pkgPath {
		fn, _ := pass.Pkg.Scope().Lookup(name).(*types.Func)
		return "", fn
	}
	for _, imp := range file.Imports {
		if strings.Trim(imp.Path.Value, `"`) != pkgPath {
			continue
		}
		pkgName, ok := pass.TypesInfo.PkgNameOf(imp), true
		if pkgName == nil || !ok || pkgName.Name() == "_" || pkgName.Name() == "." {
			return "", nil
		}
		fn, _ := pkgName.Imported().Scope().Lookup(name).(*types.Func)
		return pkgName.Name() + ".", fn
	}
	return "", nil
}
