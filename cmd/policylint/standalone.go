package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/suite"
	"github.com/policylint/policylint/internal/baseline"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/internal/output"
	"github.com/policylint/policylint/rules"
)

// standalone runs the checker over packages loaded with go/packages and
// writes one report. Problems that stop part of the run (a bad manifest,
// packages that do not load, a failing analyzer) are printed to stderr,
// recorded in the report, and make the exit status 2; the findings of the
// packages that could be analysed are still reported.
func standalone(args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args)
	if errors.Is(err, errHelp) {
		printUsage(stdout)
		return exitClean
	}
	if err != nil {
		return usageErrorf(stderr, "%v", err)
	}
	if opts.dir != "" {
		if err := os.Chdir(opts.dir); err != nil {
			return usageErrorf(stderr, "-C: %v", err)
		}
	}
	cwd, err := os.Getwd()
	if err != nil {
		errorf(stderr, "%v", err)
		return exitError
	}
	dest, err := openReport(opts.output, stdout)
	if err != nil {
		errorf(stderr, "%v", err)
		return exitError
	}

	r := &runner{opts: opts, cwd: cwd, stderr: stderr}
	rep := r.run()

	if opts.format == "text" && opts.output == "" {
		// The errors are on stderr already, next to the report.
		rep.Errors, rep.Warnings = nil, nil
	}
	if err := dest.write(opts.format, rep); err != nil {
		errorf(stderr, "%v", err)
		return exitError
	}
	switch {
	case len(r.errs) > 0:
		return exitError
	case opts.writeBL:
		return exitClean
	case failing(rep.Findings, opts.failOn):
		return exitFindings
	}
	return exitClean
}

// ruleAnalyzers returns the rule analyzers for a policy; a variable so that
// tests can run the driver on analyzers of their own.
var ruleAnalyzers = suite.Analyzers

// runner holds the state of one standalone run.
type runner struct {
	opts   *options
	cwd    string
	stderr io.Writer

	errs     []string // problems that make the run incomplete (exit 2)
	warnings []string // manifest warnings, reported but harmless
}

// fail records a problem that makes the run incomplete and prints it. A
// message of several lines (a manifest with several errors) is several
// problems.
func (r *runner) fail(format string, args ...any) {
	for msg := range strings.Lines(fmt.Sprintf(format, args...)) {
		msg = r.trim(strings.TrimSuffix(msg, "\n"))
		r.errs = append(r.errs, msg)
		errorf(r.stderr, "%s", msg)
	}
}

// trim removes the working directory from the file name that starts msg.
func (r *runner) trim(msg string) string {
	return strings.TrimPrefix(msg, r.cwd+string(filepath.Separator))
}

func (r *runner) verbosef(format string, args ...any) {
	if r.opts.verbose {
		errorf(r.stderr, format, args...)
	}
}

// run analyses the packages through go vet and returns the report;
// r.errs says whether it was complete.
func (r *runner) run() *output.Report {
	start := time.Now()
	rep := &output.Report{
		Policy:      "default",
		ToolVersion: toolVersion(),
		BaseDir:     r.cwd,
	}

	// The manifest for the working directory: it is the one the report
	// names, and a broken one is reported here once, before any package
	// is analysed. Packages below a policylint.toml of their own use that
	// one, as under go vet.
	policy, err := rules.LoadFor(r.opts.policy, r.cwd)
	if err != nil {
		r.fail("%v", err)
		return r.finish(rep)
	}
	rep.Policy = policy.Path // output shows it relative to BaseDir
	for _, w := range policy.Warnings(time.Now()) {
		msg := r.trim(w.Error())
		r.warnings = append(r.warnings, msg)
		errorf(r.stderr, "warning: %s", msg)
	}
	r.verbosef("policy: %s", r.rel(policy.Path))
	analyzers := ruleAnalyzers(policy, r.opts.rules)
	rep.Rules = ruleInfos(policy, analyzers)
	if len(analyzers) == 0 {
		r.verbosef("rules: none enabled")
		return r.finish(rep)
	}

	exe, err := executable()
	if err != nil {
		r.fail("%v", err)
		return r.finish(rep)
	}
	explicit := r.opts.policy
	if explicit != "" && !filepath.IsAbs(explicit) {
		explicit = filepath.Join(r.cwd, explicit)
	}
	res, err := runVet(r.cwd, vetCommand(exe, r.opts, explicit))
	if err != nil {
		r.fail("%v", err)
		return r.finish(rep)
	}
	if !r.testsOn(policy) {
		r.retryWithoutTests(res, exe, explicit)
	}
	if r.opts.verbose {
		// The go command's progress ("go: downloading ..."), as it printed it.
		for _, line := range res.progress {
			fmt.Fprintln(r.stderr, line)
		}
	}
	for _, msg := range res.errors {
		r.fail("%s", msg)
	}
	if len(res.errors) == 0 {
		// With packages missing, a reference into them would be
		// reported wrongly.
		for _, w := range res.unresolvedReferences() {
			msg := r.trim(w)
			r.warnings = append(r.warnings, msg)
			errorf(r.stderr, "warning: %s", msg)
		}
	}
	if len(res.packages) == 0 && len(res.errors) == 0 {
		r.fail("no packages to analyse in %s", strings.Join(r.opts.patterns, " "))
	}
	// Findings in test files were dropped by the vet tool already,
	// unless -test or the manifest's [run] tests keeps them.
	findings := res.findings
	if r.opts.fix {
		findings = r.applyFixes(res.fixes, findings)
	}
	switch {
	case r.opts.writeBL && len(r.errs) > 0:
		// An incomplete run would record an incomplete baseline.
		r.fail("not writing %s: the run was incomplete", r.opts.baseline)
	case r.opts.writeBL:
		if err := baseline.Write(r.opts.baseline, r.cwd, findings); err != nil {
			r.fail("%v", err)
		} else {
			errorf(r.stderr, "recorded %d %s in %s", len(findings), plural(len(findings), "finding", "findings"), r.opts.baseline)
		}
		findings = nil
	case r.opts.baseline != "":
		b, err := baseline.Load(r.opts.baseline, r.cwd)
		if err != nil {
			r.fail("%v", err)
			break
		}
		var known int
		findings, known = b.Filter(r.cwd, findings)
		r.verbosef("baseline: %d known %s left out", known, plural(known, "finding", "findings"))
	}
	for i := range findings {
		findings[i].Pos.File = r.rel(findings[i].Pos.File)
		for j := range findings[i].Flow {
			findings[i].Flow[j].Pos.File = r.rel(findings[i].Flow[j].Pos.File)
		}
	}
	rep.Findings = findings
	r.verbosef("packages: %d analysed; rules: %s", len(res.packages), strings.Join(analyzerNames(analyzers), ", "))
	r.verbosef("time: %v", time.Since(start).Round(time.Millisecond))
	return r.finish(rep)
}

// testsOn reports whether findings in test files are reported: -test,
// else the manifest's [run] tests, else not.
func (r *runner) testsOn(p *rules.Policy) bool {
	switch {
	case r.opts.tests != nil:
		return *r.opts.tests
	case p.Run.Tests != nil:
		return *p.Run.Tests
	}
	return false
}

// retryWithoutTests deals with packages whose _test.go files do not
// compile when test findings are off: go vet analyses a package with tests
// as its test variant, so an error in a test file would hide the package's
// findings and fail the run. Those errors become warnings, and the
// packages are analysed again with their test files hidden from the go
// command (an -overlay that deletes them), their results merged into res.
func (r *runner) retryWithoutTests(res *vetRun, exe, explicit string) {
	var dirs []string
	res.errors = slices.DeleteFunc(res.errors, func(msg string) bool {
		m := testFileError.FindStringSubmatch(msg)
		if m == nil {
			return false
		}
		file := m[1]
		if !filepath.IsAbs(file) {
			file = filepath.Join(r.cwd, file)
		}
		if dir := filepath.Dir(file); !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
		w := r.trim(msg) + " (test files do not compile: the package was analysed without them)"
		r.warnings = append(r.warnings, w)
		errorf(r.stderr, "warning: %s", w)
		return true
	})
	if len(dirs) == 0 {
		return
	}
	slices.Sort(dirs)
	overlay, patterns, err := hideTestFiles(dirs, r.cwd)
	if err != nil {
		r.fail("%v", err)
		return
	}
	defer func() { _ = os.Remove(overlay) }() // a temporary file: nothing to do if it stays
	opts := *r.opts
	opts.patterns = patterns
	args := slices.Insert(vetCommand(exe, &opts, explicit), 1, "-overlay="+overlay)
	r.verbosef("analysing %s again without test files", strings.Join(patterns, " "))
	again, err := runVet(r.cwd, args)
	if err != nil {
		r.fail("%v", err)
		return
	}
	res.merge(again)
}

// hideTestFiles writes a go command -overlay file that deletes every
// _test.go file of dirs, and returns it with the package patterns of dirs.
func hideTestFiles(dirs []string, cwd string) (overlay string, patterns []string, err error) {
	replace := map[string]string{}
	for _, dir := range dirs {
		tests, _ := filepath.Glob(filepath.Join(dir, "*_test.go")) // the pattern is valid
		for _, t := range tests {
			replace[t] = "" // an empty replacement deletes the file
		}
		pattern := dir
		if rel, err := filepath.Rel(cwd, dir); err == nil && rel == "." {
			pattern = "."
		} else if err == nil && filepath.IsLocal(rel) {
			pattern = "./" + filepath.ToSlash(rel)
		}
		patterns = append(patterns, pattern)
	}
	data, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return "", nil, err
	}
	f, err := os.CreateTemp("", "policylint-overlay-*.json")
	if err != nil {
		return "", nil, fmt.Errorf("hiding test files: %w", err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name()) // the error below says what went wrong
		return "", nil, fmt.Errorf("hiding test files: %w", err)
	}
	return f.Name(), patterns, nil
}

func (r *runner) finish(rep *output.Report) *output.Report {
	rep.Errors = slices.Clone(r.errs)
	rep.Warnings = slices.Clone(r.warnings)
	return rep
}

// applyFixes applies the first fix of each diagnostic and returns the
// findings that remain.
func (r *runner) applyFixes(fixes []*fix, findings []finding.Finding) []finding.Finding {
	fr, err := applyFixes(fixes)
	if err != nil {
		r.fail("applying fixes: %v", err)
	}
	if fr.applied > 0 {
		errorf(r.stderr, "applied %d %s in %d %s", fr.applied, plural(fr.applied, "fix", "fixes"), len(fr.files), plural(len(fr.files), "file", "files"))
	}
	if fr.conflicts > 0 {
		errorf(r.stderr, "skipped %d %s that overlap others; run policylint -fix again to apply them", fr.conflicts, plural(fr.conflicts, "fix", "fixes"))
	}
	var remaining []finding.Finding
	for _, f := range findings {
		if !fr.fixed[keyOf(f)] {
			remaining = append(remaining, f)
		}
	}
	return remaining
}

// rel returns path relative to the working directory when it lies below it.
func (r *runner) rel(path string) string {
	if !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(r.cwd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// failing reports whether a finding has severity failOn or higher.
func failing(fs []finding.Finding, failOn string) bool {
	for _, f := range fs {
		if atLeast(f.Severity, failOn) {
			return true
		}
	}
	return false
}

func analyzerNames(as []*analysis.Analyzer) []string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	if len(names) == 0 {
		return []string{"none"}
	}
	return names
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ruleInfos describes the rules that run, for the report: the title and
// full documentation are the analyzer's Doc, as policylint explain prints
// it; the severity is the policy's.
func ruleInfos(p *rules.Policy, analyzers []*analysis.Analyzer) []output.RuleInfo {
	infos := make([]output.RuleInfo, 0, len(analyzers))
	for _, a := range analyzers {
		title, _, _ := strings.Cut(a.Doc, "\n")
		infos = append(infos, output.RuleInfo{
			ID:       a.Name,
			Short:    strings.TrimPrefix(strings.TrimSpace(title), a.Name+": "),
			Help:     a.Doc,
			HelpURI:  "https://pkg.go.dev/github.com/policylint/policylint/analyzers/" + a.Name,
			Severity: p.Severity(a.Name),
		})
	}
	return infos
}
