// Package output prints the result of a policylint run as text, JSON or
// SARIF 2.1.0.
//
// It is the last stage of the flow: the manifest (rules) configures the
// dataflow engine (taint), the rule analyzers turn what the engine finds
// into findings, the driver (cmd/policylint) runs them over the packages,
// filters the findings (suppressions, exceptions, de-duplication), and
// hands one [Report] to this package. Nothing here decides what is a
// finding; it only decides how a finding looks.
//
// The three writers render the same Report and are deterministic: findings
// are sorted with [finding.Sort] after their paths are made relative to
// [Report.BaseDir], problems are sorted by position, and no map is ranged
// over without sorting, so the same run prints the same bytes.
// The JSON and SARIF shapes are a user-facing contract (section 4 of the
// manifest spec); the tests in this package pin them with golden files, a
// shape test and the official SARIF 2.1.0 schema.
package output

import (
	"cmp"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/policylint/policylint/internal/finding"
)

// Report is everything one run prints.
type Report struct {
	// Policy is the path of the manifest in use, or "default" for the
	// embedded default policy. An empty Policy is printed as "default".
	Policy string
	// Findings are the findings to print, already filtered, in any order.
	Findings []finding.Finding
	// Errors are the problems that made the run incomplete (exit status
	// 2): "file:line:col: message" when they have a place, such as a bad
	// manifest or a package that does not load.
	Errors []string
	// Warnings are problems that did not stop the run, in the same form:
	// a manifest reference that resolves to nothing, an expired exception.
	Warnings []string
	// Rules are the rules that ran.
	Rules []RuleInfo
	// ToolVersion is policylint's version, as `policylint version` prints it.
	ToolVersion string
	// BaseDir is the working directory. File paths inside it are printed
	// relative to it (text, JSON) or relative to %SRCROOT% = BaseDir (SARIF).
	BaseDir string
}

// RuleInfo describes one rule for the SARIF rule table.
type RuleInfo struct {
	ID string
	// Short is a one-line description.
	Short string
	// Help is the rule's full documentation, as `policylint explain` prints
	// it: a title line, then paragraphs in Go doc comment syntax.
	Help string
	// HelpURI is where the documentation is published; may be empty.
	HelpURI string
	// Severity is the manifest's level for the rule: "error", "warning"
	// or "info".
	Severity string
}

// Manifest severities.
const (
	severityError   = "error"
	severityWarning = "warning"
	severityInfo    = "info"
)

// defaultPolicy is what Report.Policy means when it is empty.
const defaultPolicy = "default"

// prepared is a Report made ready to print: paths relative to BaseDir
// (native separators), findings sorted, problems sorted and de-duplicated.
// The caller's Report is never modified.
type prepared struct {
	policy   string
	findings []finding.Finding
	problems []problem
	rules    []RuleInfo
	version  string
	baseDir  string
}

func prepare(r *Report) prepared {
	if r == nil {
		r = &Report{}
	}
	base := cleanBase(r.BaseDir)
	p := prepared{
		policy:  defaultPolicy,
		rules:   r.Rules,
		version: r.ToolVersion,
		baseDir: base,
	}
	if r.Policy != "" {
		p.policy = displayPath(base, r.Policy)
	}
	p.findings = make([]finding.Finding, len(r.Findings))
	for i, f := range r.Findings {
		p.findings[i] = relativeFinding(base, f)
	}
	finding.Sort(p.findings)
	p.problems = sortProblems(base, r.Errors, r.Warnings)
	return p
}

// Severities of a problem.
const (
	problemError   = "error"
	problemWarning = "warning"
)

// problem is an error or a warning of the run, as printed: text is the
// whole line ("file:line:col: message"), pos and message its parts when
// it starts with a position.
type problem struct {
	severity string
	text     string
	pos      *finding.Position
	message  string
}

// failed reports whether any problem is an error: the run was incomplete.
func (p *prepared) failed() bool {
	for _, pr := range p.problems {
		if pr.severity == problemError {
			return true
		}
	}
	return false
}

// relativeFinding returns a copy of f whose positions are display paths.
// The flow gets a new slice so that the caller's finding stays as it was.
func relativeFinding(base string, f finding.Finding) finding.Finding {
	f.Pos.File = displayPath(base, f.Pos.File)
	if f.Flow != nil {
		flow := make([]finding.Step, len(f.Flow))
		for i, s := range f.Flow {
			s.Pos.File = displayPath(base, s.Pos.File)
			flow[i] = s
		}
		f.Flow = flow
	}
	return f
}

// severityOf is a finding's severity, falling back to the severity of its
// rule, then to "warning" (SARIF's default level).
func (p *prepared) severityOf(f finding.Finding) string {
	if f.Severity != "" {
		return f.Severity
	}
	for _, ri := range p.rules {
		if ri.ID == f.Rule && ri.Severity != "" {
			return ri.Severity
		}
	}
	return severityWarning
}

// problemPos matches the "file:line:col: " (or "file:line: ") prefix of a
// problem. The file part is lazy so that a Windows drive letter does not
// end it.
var problemPos = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?: `)

func newProblem(severity, text string) problem {
	pr := problem{severity: severity, text: text, message: text}
	if m := problemPos.FindStringSubmatch(text); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3]) // 0 when the column is absent
		pr.pos = &finding.Position{File: m[1], Line: line, Column: col}
		pr.message = text[len(m[0]):]
	}
	return pr
}

// sortProblems makes the problems' file prefixes relative to base, sorts
// them by position (numerically, so line 9 comes before line 10), errors
// before warnings at one place, and drops exact duplicates, which appear
// when a package is loaded twice (with and without its tests).
func sortProblems(base string, errs, warnings []string) []problem {
	out := make([]problem, 0, len(errs)+len(warnings))
	for _, e := range errs {
		out = append(out, newProblem(problemError, trimBase(base, e)))
	}
	for _, w := range warnings {
		out = append(out, newProblem(problemWarning, trimBase(base, w)))
	}
	key := func(pr problem) finding.Position {
		if pr.pos == nil {
			return finding.Position{}
		}
		return *pr.pos
	}
	slices.SortStableFunc(out, func(a, b problem) int {
		ka, kb := key(a), key(b)
		return cmp.Or(
			cmp.Compare(ka.File, kb.File),
			cmp.Compare(ka.Line, kb.Line),
			cmp.Compare(ka.Column, kb.Column),
			cmp.Compare(a.severity, b.severity), // "error" < "warning"
			cmp.Compare(a.text, b.text),
		)
	})
	return slices.CompactFunc(out, func(a, b problem) bool {
		return a.severity == b.severity && a.text == b.text
	})
}

// trimBase removes a leading "BaseDir/" from a problem message.
func trimBase(base, problem string) string {
	if base == "" {
		return problem
	}
	prefix := base
	if !strings.HasSuffix(prefix, string(filepath.Separator)) {
		prefix += string(filepath.Separator)
	}
	return strings.TrimPrefix(problem, prefix)
}
