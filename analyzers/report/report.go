// Package report is the one place that decides which findings are shown:
// it drops findings in generated files, in _test.go files unless tests are
// on (-test, or tests = true in the manifest's [run] table), in code the
// user does not maintain (GOROOT, the module cache, vendor/), findings
// suppressed by a `//policylint:ignore RULE reason` directive on the line
// or the line above, findings covered by an unexpired manifest exception,
// and duplicates. It reports suppressions that lack a reason or suppress
// nothing. Positions are those the user sees: in a file that cgo rewrote,
// the original file's, through its //line directives. Flow steps in
// dependencies are named module@version/path.go or $GOROOT/src/..., never
// by a path of the machine.
//
// The rule analyzers call Reporter.Report for every finding and
// Reporter.Finish at the end of their run; nothing else reports.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Directive is the comment prefix of an in-code suppression.
const Directive = "//policylint:ignore"

// Now is the clock used to decide whether an exception has expired; tests
// replace it.
var Now = time.Now

// Tests says, when not nil, whether findings in _test.go files are
// reported: the -test flag of the policylint command and of its vet tool.
// When nil, the manifest's [run] tests decides, and without it
// TestsByDefault.
var Tests *bool

// TestsByDefault is whether findings in _test.go files are reported when
// neither -test nor the manifest says: no, since a privacy policy governs
// production code. The golangci-lint plugin sets it, as golangci-lint's
// own run.tests setting already decides whether test files are loaded.
// Test files are analysed either way: only their findings go.
var TestsByDefault = false

// testsOn reports whether findings in test files are reported under p.
func testsOn(p *rules.Policy) bool {
	switch {
	case Tests != nil:
		return *Tests
	case p != nil && p.Run.Tests != nil:
		return *p.Run.Tests
	}
	return TestsByDefault
}

func isTestFile(name string) bool { return strings.HasSuffix(name, "_test.go") }

// Reporter filters and records one rule's findings in one package.
type Reporter struct {
	pass      *analysis.Pass
	policy    *rules.Policy
	rule      string
	tests     bool // findings in _test.go files are reported
	generated map[string]bool
	dirs      []*directive
	seen      map[string]bool
	list      finding.List
	entries   []finding.Entry // see ReportEntry
}

// A directive's file and line are those the user sees (see position).
type directive struct {
	pos    token.Pos
	file   string
	line   int
	rules  []string
	reason string
	used   bool
}

// New returns a Reporter for rule in the package of pass.
func New(pass *analysis.Pass, p *rules.Policy, rule string) *Reporter {
	r := &Reporter{pass: pass, policy: p, rule: rule, tests: testsOn(p), generated: map[string]bool{}, seen: map[string]bool{}}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		name := pass.Fset.Position(f.Package).Filename
		// cgo's rewrite of a file that imports "C" says it is generated,
		// but its //line directives map it back to the user's file.
		if ast.IsGenerated(f) && name == tf.Name() {
			r.generated[name] = true
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if d := parseDirective(pass.Fset, c); d != nil {
					r.dirs = append(r.dirs, d)
				}
			}
		}
	}
	return r
}

// position is where pos is for the user: through //line directives, so
// that a position in cgo's rewrite of a file is one in the file itself.
func (r *Reporter) position(pos token.Pos) token.Position {
	return r.pass.Fset.Position(pos)
}

// parseDirective parses a suppression comment. "// policylint:ignore",
// with a space, is accepted as //nolint is.
func parseDirective(fset *token.FileSet, c *ast.Comment) *directive {
	text := c.Text
	if rest, ok := strings.CutPrefix(text, "//"); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), Directive[2:]) {
		text = "//" + strings.TrimLeft(rest, " \t")
	}
	rest, ok := strings.CutPrefix(text, Directive)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return nil
	}
	fields := strings.Fields(rest)
	p := fset.Position(c.Pos())
	d := &directive{pos: c.Pos(), file: p.Filename, line: p.Line}
	if len(fields) > 0 {
		d.rules = strings.Split(fields[0], ",")
		d.reason = strings.Join(fields[1:], " ")
	}
	return d
}

// Report records f and reports d, unless they are filtered out. It returns
// whether the finding was kept.
func (r *Reporter) Report(f finding.Finding, d analysis.Diagnostic) bool {
	f, ok := r.Filter(f, d.Pos)
	if !ok {
		return false
	}
	key := fmt.Sprintf("%d\x00%s\x00%s", d.Pos, f.Category, f.Message)
	if r.seen[key] {
		return false
	}
	r.seen[key] = true
	if d.Category == "" {
		d.Category = f.Category
	}
	r.list.Findings = append(r.list.Findings, f)
	r.pass.Report(d)
	return true
}

// Filter applies the filters of Report to a finding at pos without
// reporting it, for a finding whose fate another package decides (the
// driver reports it when the run shows it holds). It returns the finding
// completed with rule, severity and clause, and whether it is kept. A
// suppression that matches counts as used.
func (r *Reporter) Filter(f finding.Finding, pos token.Pos) (finding.Finding, bool) {
	if r.pass.Fset.File(pos) == nil {
		return f, false
	}
	p := r.position(pos)
	switch {
	case r.generated[p.Filename]:
		return f, false
	case !r.tests && isTestFile(p.Filename):
		return f, false
	case finding.InDependency(p.Filename):
		// A package of a dependency analysed as a root (policylint all,
		// a vendored module): its callers in the user's module get the
		// finding, at their call, through the wrapper summary.
		return f, false
	}
	for _, dir := range r.dirs {
		if dir.file == p.Filename && (dir.line == p.Line || dir.line == p.Line-1) && slices.Contains(dir.rules, r.rule) && dir.reason != "" {
			dir.used = true
			return f, false
		}
	}
	if ex, expired := r.policy.ExceptionFor(r.rule, p.Filename, Now()); ex != nil && !expired {
		return f, false
	}
	f.Rule = r.rule
	if f.Severity == "" {
		f.Severity = r.policy.Severity(r.rule)
	}
	if f.Clause == "" {
		f.Clause = r.policy.Clause(r.rule)
	}
	if f.Flow != nil {
		flow := make([]finding.Step, len(f.Flow))
		for i, st := range f.Flow {
			st.Pos.File = finding.DisplayPath(st.Pos.File)
			flow[i] = st
		}
		f.Flow = flow
	}
	return f, true
}

// Finish reports this rule's malformed and unused suppressions and returns
// the findings, sorted.
func (r *Reporter) Finish() *finding.List {
	for _, dir := range r.dirs {
		if !r.tests && isTestFile(dir.file) || finding.InDependency(dir.file) {
			continue // no finding there to suppress
		}
		switch {
		case len(dir.rules) == 0:
			if r.rule == rules.RuleNames[0] {
				r.directiveProblem(dir, "policylint:ignore needs a rule name and a reason")
			}
		case !slices.Contains(dir.rules, r.rule):
			if r.rule == rules.RuleNames[0] {
				for _, name := range dir.rules {
					if !slices.Contains(rules.RuleNames, name) {
						r.directiveProblem(dir, fmt.Sprintf("policylint:ignore names unknown rule %q (rules: %s)", name, strings.Join(rules.RuleNames, ", ")))
					}
				}
			}
		case dir.reason == "":
			r.directiveProblem(dir, fmt.Sprintf("policylint:ignore %s needs a reason", r.rule))
		case !dir.used && !r.generated[dir.file]:
			r.directiveProblem(dir, fmt.Sprintf("policylint:ignore %s suppresses nothing", r.rule))
		}
	}
	finding.Sort(r.list.Findings)
	r.list.Entries = append(r.list.Entries, r.entries...)
	return &r.list
}

func (r *Reporter) directiveProblem(dir *directive, msg string) {
	r.list.Findings = append(r.list.Findings, finding.Finding{
		Rule:     r.rule,
		Category: "suppression",
		Severity: "warning",
		Message:  msg,
		Pos:      finding.At(r.pass.Fset, dir.pos),
	})
	r.pass.Report(analysis.Diagnostic{Pos: dir.pos, Category: "suppression", Message: msg})
}

// Pos converts a finding position back to a token.Pos in the files of the
// package, or token.NoPos when the position is in another package.
func Pos(pass *analysis.Pass, p finding.Position) token.Pos {
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil || tf.Name() != p.File || p.Line < 1 || p.Line > tf.LineCount() {
			continue
		}
		pos := tf.LineStart(p.Line) + token.Pos(p.Column-1)
		if int(pos) > tf.Base()+tf.Size() {
			return token.NoPos
		}
		return pos
	}
	return token.NoPos
}

// Related turns a flow into related information for a diagnostic; steps in
// other packages keep their place in the message.
func Related(pass *analysis.Pass, flow []finding.Step) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, st := range flow {
		pos := Pos(pass, st.Pos)
		msg := st.Note
		if pos == token.NoPos {
			msg = fmt.Sprintf("%s (%s:%d:%d)", st.Note, finding.DisplayPath(st.Pos.File), st.Pos.Line, st.Pos.Column)
			if len(pass.Files) > 0 {
				pos = pass.Files[0].Package
			}
		}
		out = append(out, analysis.RelatedInformation{Pos: pos, Message: msg})
	}
	return out
}

// ReportEntry reports a finding like Report. When entry names
// an exported function (types.Func.FullName) whose callers in other
// packages would report the same flow at their calls, the finding is also
// recorded as that function's entry finding, which a run that sees such a
// caller drops.
func (r *Reporter) ReportEntry(f finding.Finding, d analysis.Diagnostic, entry string) {
	if !r.Report(f, d) || entry == "" {
		return
	}
	if f, ok := r.Filter(f, d.Pos); ok {
		r.entries = append(r.entries, finding.Entry{Func: entry, Finding: f, Shown: true})
	}
}

// WithCalls adds to a rule's findings the functions of other packages
// that the package calls in a way their entry findings depend on.
func WithCalls(list *finding.List, calls []string) *finding.List {
	for _, fn := range calls {
		list.Calls = append(list.Calls, finding.Call{Func: fn})
	}
	return list
}
