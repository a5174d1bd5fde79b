package piiegress

import (
	_ "embed"
	"fmt"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/analysisdoc"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Analyzer reports personal data sent to destinations the policy does not
// allow, with the policy found by the policyconfig analyzer.
var Analyzer = NewWith(taint.Analyzer)

// New returns a piiegress analyzer that always uses p, for tests and
// embedders; it runs its own engine.
func New(p *rules.Policy) *analysis.Analyzer {
	return NewWith(taint.New(policyconfig.New(p)))
}

// NewWith returns a piiegress analyzer reading the results of engine.
func NewWith(engine *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       rules.PIIEgress,
		Doc:        doc,
		URL:        "https://github.com/policylint/policylint#piiegress",
		Requires:   []*analysis.Analyzer{engine},
		ResultType: reflect.TypeOf((*finding.List)(nil)),
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, pass.ResultOf[engine].(*taint.Result)), nil
		},
	}
}

//go:embed doc.go
var docSource string

var doc = analysisdoc.Extract(docSource, rules.PIIEgress)

func run(pass *analysis.Pass, res *taint.Result) *finding.List {
	p := res.Policy
	if !p.RuleEnabled(rules.PIIEgress) {
		return &finding.List{}
	}
	rep := report.New(pass, p, rules.PIIEgress)
	clause := p.Clause(rules.PIIEgress)
	for _, h := range res.Hits {
		if h.Kind != taint.Egress || !p.Denies(rules.PIIEgress, h.Cat) || allowed(p, h) {
			continue
		}
		src := h.Source
		if src == "" {
			src = "a value"
		}
		where := h.Host
		if where == "" {
			where = "an unknown destination"
		}
		msg := fmt.Sprintf("%s from %s is sent to %s, which is not allowed to receive it (piiegress: %q)", h.Cat, src, where, clause)
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
		rep.ReportEntry(f, d, h.Entry)
	}
	return report.WithCalls(rep.Finish(), res.Calls)
}

// allowed reports whether the policy lets data of the hit's category go
// where the hit sends it: to the machine itself, to an allowed host, from
// within an allowed function, or to an unknown destination when the
// manifest says unknown = "allow".
func allowed(p *rules.Policy, h *taint.Hit) bool {
	switch {
	case h.Host != "" && rules.Loopback(h.Host):
		return true
	case h.Host != "" && p.HostPatternAllowed(h.Cat, h.Host):
		// A host with a "*" (an AWS endpoint in a region the code does
		// not say) is allowed when an allow entry names one it covers.
		return true
	case h.Host == "" && p.PIIEgress.Unknown == "allow":
		return true
	}
	if p.EgressAllowed(h.Cat, "", taint.FuncName(h.Fn)) {
		return true
	}
	for _, fn := range h.Funcs {
		if p.EgressAllowed(h.Cat, "", fn) {
			return true
		}
	}
	return false
}
