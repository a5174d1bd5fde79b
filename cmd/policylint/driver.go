package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// The standalone command drives "go vet -vettool=<itself>" rather than
// loading packages with go/packages and the checker. The go command then
// does what it does best: it type-checks dependencies from export data
// compiled once into its build cache, runs the analysis of each package in
// a process of its own (facts travel in vetx files), and caches each
// package's output, so a second run re-analyses only what changed. A
// checker run loads every dependency from source on every run, which costs
// tens of times more on a service with a few hundred dependencies.
//
// The vet tool is asked for -json output and, with the hidden -stream flag,
// also prints each rule's *finding.List on its stdout as a record keyed
// by streamKey: the findings with everything the report needs (severity,
// clause, flow, function). The go command caches that stdout with the
// package's result and replays it on a cache hit.

// streamKey marks a record of findings in the vet tool's stdout. The '@'
// cannot start an import path, so it never collides with the package IDs
// that key unitchecker's own JSON objects.
const streamKey = "@policylint"

// streamRecord is what the vet tool prints for one rule and one package.
type streamRecord struct {
	Package  string        `json:"package"`
	Rule     string        `json:"rule"`
	Findings []wireFinding `json:"findings"`
	// Policy is the manifest in force for the package ("" for the
	// embedded default), and Resolved the keys of its references that
	// name a declaration the package can see.
	Policy   string   `json:"policy,omitempty"`
	Resolved []string `json:"resolved,omitempty"`
	// Entries and Calls are what the run needs to decide the findings
	// that depend on other packages (see entrypoints.go).
	Entries []wireEntry `json:"entries,omitempty"`
	Calls   []wireCall  `json:"calls,omitempty"`
}

// wireFinding is finding.Finding with every field serialised.
type wireFinding struct {
	finding.Finding
	Function string `json:"function,omitempty"`
	Source   string `json:"source,omitempty"`
	Sink     string `json:"sink,omitempty"`
}

func toWire(f finding.Finding) wireFinding {
	return wireFinding{Finding: f, Function: f.Function, Source: f.Source, Sink: f.Sink}
}

func (w wireFinding) finding() finding.Finding {
	f := w.Finding
	f.Function, f.Source, f.Sink = w.Function, w.Source, w.Sink
	return f
}

// jsonDiag is a diagnostic in unitchecker's -json output; only what -fix
// needs is kept.
type jsonDiag struct {
	Posn           string `json:"posn"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// recordsEnv names the directory where the vet tool writes its output when
// the go command that runs it does not capture the tool's stdout.
//
// A go command of Go 1.26 or later gives the vet tool a file for its stdout
// (the Stdout field of the *.cfg), caches that file with the package's
// result and replays it on its own stdout, also on a cache hit. An older
// go command (1.22 to 1.25) runs the tool for every package it analyses
// and copies the tool's stdout, mixed with its stderr and under a "# pkg"
// header, to its own stderr, where the records would read as errors. With
// this variable set, the vet tool of such a go command writes its stdout
// (unitchecker's JSON and the records) to a file of its own in the
// directory instead; nothing is lost to caching, since those go commands
// cache only the facts of a package, never its output.
const recordsEnv = "POLICYLINT_RECORDS"

// vetRun is what one go vet run produced.
type vetRun struct {
	output   []byte                     // the records and diagnostics, as the vet tool printed them
	findings []finding.Finding          // de-duplicated, sorted
	fixes    []*fix                     // the first fix of each diagnostic that has one
	errors   []string                   // analyzer failures and go vet's own errors
	progress []string                   // the go command's progress lines ("go: downloading ...")
	packages []string                   // paths of the packages analysed, external test packages excluded
	resolved map[string]map[string]bool // manifest path -> keys of references some package resolved
	entries  entryJoin                  // the records' entries and calls, joined at the end
}

// vetCommand returns the go vet command line that analyses opts.patterns
// with the executable exe as vet tool.
func vetCommand(exe string, opts *options, policy string) []string {
	args := []string{"vet", "-vettool=" + exe, "-json", "-stream"}
	if policy != "" {
		args = append(args, "-policy="+policy)
	}
	if len(opts.rules) > 0 {
		args = append(args, "-rules="+strings.Join(opts.rules, ","))
	}
	if opts.tags != "" {
		args = append(args, "-tags="+opts.tags)
	}
	if opts.tests != nil {
		args = append(args, "-test="+strconv.FormatBool(*opts.tests))
	}
	return append(args, opts.patterns...)
}

// runVet runs go vet in dir and collects its results. An error means go
// vet could not be run at all.
func runVet(dir string, args []string) (*vetRun, error) {
	records, err := os.MkdirTemp("", "policylint-records-")
	if err != nil {
		return nil, fmt.Errorf("running go vet: %w", err)
	}
	defer os.RemoveAll(records)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), recordsEnv+"="+records)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if err != nil && !errors.As(err, new(*exec.ExitError)) {
		return nil, fmt.Errorf("running go vet: %w", err)
	}
	outputs := []io.Reader{&stdout}
	files, _ := filepath.Glob(filepath.Join(records, "*.json")) // the pattern is valid
	slices.Sort(files)
	for _, f := range files {
		data, rerr := os.ReadFile(f)
		if rerr != nil {
			return nil, fmt.Errorf("reading go vet output: %w", rerr)
		}
		outputs = append(outputs, bytes.NewReader(data))
	}
	var all bytes.Buffer
	if _, cerr := io.Copy(&all, io.MultiReader(outputs...)); cerr != nil {
		return nil, fmt.Errorf("reading go vet output: %w", cerr)
	}
	run, perr := parseVetOutput(bytes.NewReader(all.Bytes()))
	if perr != nil {
		return nil, fmt.Errorf("reading go vet output: %w", perr)
	}
	run.output = all.Bytes()
	problems, progress := vetErrors(stderr.String())
	run.progress = progress
	for _, msg := range problems {
		if !slices.Contains(run.errors, msg) {
			run.errors = append(run.errors, msg)
		}
	}
	if err != nil && len(run.errors) == 0 {
		run.errors = append(run.errors, fmt.Sprintf("go vet failed: %v", err))
	}
	return run, nil
}

// parseVetOutput decodes the stream of JSON objects the vet tool printed
// for each package: unitchecker's {"pkgID": {"analyzer": [diagnostics] or
// {"error": "..."}}} and our {"@policylint": record}.
func parseVetOutput(r io.Reader) (*vetRun, error) {
	run := &vetRun{resolved: make(map[string]map[string]bool)}
	type diagKey struct{ posn, message string }
	fixesByDiag := make(map[diagKey]*fix)
	seenFinding := make(map[findingKey]bool)
	seenErr := make(map[string]bool)
	seenPkg := make(map[string]bool)

	dec := json.NewDecoder(r)
	for {
		var obj map[string]json.RawMessage
		if err := dec.Decode(&obj); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		for key, raw := range obj {
			if key == streamKey {
				var rec streamRecord
				if err := json.Unmarshal(raw, &rec); err != nil {
					return nil, err
				}
				if rec.Policy != "" {
					m := run.resolved[rec.Policy]
					if m == nil {
						m = make(map[string]bool)
						run.resolved[rec.Policy] = m
					}
					for _, k := range rec.Resolved {
						m[k] = true
					}
				}
				if pkg := rec.Package; !strings.HasSuffix(pkg, "_test") && !seenPkg[pkg] {
					seenPkg[pkg] = true
					run.packages = append(run.packages, pkg)
				}
				for _, w := range rec.Findings {
					f := w.finding()
					if k := keyOf(f); !seenFinding[k] {
						seenFinding[k] = true
						run.findings = append(run.findings, f)
					}
				}
				run.entries.add(rec)
				continue
			}
			// A package ID: "p", "p [p.test]" or "p_test [p.test]".
			var byAnalyzer map[string]json.RawMessage
			if err := json.Unmarshal(raw, &byAnalyzer); err != nil {
				return nil, err
			}
			for name, v := range byAnalyzer {
				var failure struct{ Error string }
				if len(v) > 0 && v[0] == '{' {
					if err := json.Unmarshal(v, &failure); err != nil {
						return nil, err
					}
					msg := analyzerError(name, key, failure.Error)
					if !seenErr[msg] {
						seenErr[msg] = true
						run.errors = append(run.errors, msg)
					}
					continue
				}
				var diags []jsonDiag
				if err := json.Unmarshal(v, &diags); err != nil {
					return nil, err
				}
				for _, d := range diags {
					if len(d.SuggestedFixes) == 0 {
						continue
					}
					k := diagKey{d.Posn, d.Message}
					if fixesByDiag[k] != nil {
						continue
					}
					fx := &fix{key: findingKey{rule: name, message: d.Message, pos: parsePosn(d.Posn)}}
					for _, e := range d.SuggestedFixes[0].Edits {
						fx.edits = append(fx.edits, edit{e.Filename, e.Start, e.End, e.New})
					}
					if len(fx.edits) > 0 {
						slices.SortFunc(fx.edits, compareEdits)
						fixesByDiag[k] = fx
						run.fixes = append(run.fixes, fx)
					}
				}
			}
		}
	}
	run.findings = run.entries.apply(run.findings, seenFinding)
	finding.Sort(run.findings)
	slices.Sort(run.errors)
	slices.Sort(run.packages)
	sortFixes(run.fixes)
	return run, nil
}

// analyzerError words the failure of an analyzer on a package. A rule
// whose prerequisite (the engine) failed says only that; the engine's own
// error, which names the package, comes through the rule's record.
func analyzerError(analyzer, pkgID, msg string) string {
	if strings.Contains(msg, "panicked on package") {
		return msg
	}
	return fmt.Sprintf("analyzer %s failed on package %s: %s", analyzer, pkgID, msg)
}

// posnRE matches the "file:line:col" of a unitchecker diagnostic.
var posnRE = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

func parsePosn(s string) finding.Position {
	m := posnRE.FindStringSubmatch(s)
	if m == nil {
		return finding.Position{File: s}
	}
	var p finding.Position
	p.File = m[1]
	p.Line, _ = strconv.Atoi(m[2]) // the pattern admits digits only
	p.Column, _ = strconv.Atoi(m[3])
	return p
}

// vetErrors extracts the problems go vet printed on stderr: type errors of
// the analysed packages, build errors of their dependencies, manifest
// errors, packages that match nothing. The "# package" headers go; each
// remaining line is one problem. A vet tool that crashed (a fatal runtime
// error such as a stack overflow, which no recover catches) is one problem
// naming the package, without the goroutine dump. The go command's
// progress lines ("go: downloading m v1.2.3", "go: finding module for
// package p", a toolchain switch) are no problems: they come back apart.
func vetErrors(stderr string) (problems, progress []string) {
	seen := make(map[string]bool)
	add := func(msg string) {
		if !seen[msg] {
			seen[msg] = true
			problems = append(problems, msg)
		}
	}
	pkg, crashed := "", false
	sc := bufio.NewScanner(strings.NewReader(stderr))
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t")
		switch {
		case strings.HasPrefix(line, "# "):
			pkg, crashed = strings.TrimPrefix(line, "# "), false
			continue
		case crashed || line == "":
			continue
		case isProgress(line):
			progress = append(progress, line)
			continue
		case strings.HasPrefix(line, "fatal error: "), strings.HasPrefix(line, "panic: "),
			strings.HasPrefix(line, "runtime: "), strings.HasPrefix(line, "goroutine "):
			crashed = true
			add(fmt.Sprintf("internal error: policylint crashed on package %s: %s (please report this bug)", pkg, crashCause(stderr, line)))
			continue
		case strings.HasPrefix(line, "\t"):
			// A continuation line (a type error's "have/want"): keep it
			// with the problem it belongs to.
			if n := len(problems); n > 0 {
				problems[n-1] += "\n" + line
			}
			continue
		}
		line = strings.TrimPrefix(line, "vet: ")
		add(strings.TrimPrefix(line, "./"))
	}
	return problems, progress
}

// testFileError matches a problem located in a _test.go file; its first
// group is the file.
var testFileError = regexp.MustCompile(`^([^:\n]*_test\.go):\d+`)

// merge adds the results of another run over other packages.
func (run *vetRun) merge(other *vetRun) {
	seen := make(map[findingKey]bool)
	for _, f := range run.findings {
		seen[keyOf(f)] = true
	}
	for _, f := range other.findings {
		if !seen[keyOf(f)] {
			seen[keyOf(f)] = true
			run.findings = append(run.findings, f)
		}
	}
	finding.Sort(run.findings)
	run.fixes = append(run.fixes, other.fixes...)
	sortFixes(run.fixes)
	for _, e := range other.errors {
		if !slices.Contains(run.errors, e) {
			run.errors = append(run.errors, e)
		}
	}
	for _, p := range other.packages {
		if !slices.Contains(run.packages, p) {
			run.packages = append(run.packages, p)
		}
	}
	slices.Sort(run.packages)
	run.progress = append(run.progress, other.progress...)
	for path, keys := range other.resolved {
		if run.resolved[path] == nil {
			run.resolved[path] = keys
			continue
		}
		for k := range keys {
			run.resolved[path][k] = true
		}
	}
}

// progressVerbs are the words after "go: " of the go command's progress
// lines: module downloads and lookups (modload, modfetch), go.mod updates
// it reports, and toolchain switches ("go: downloading go1.25.14").
var progressVerbs = []string{"downloading ", "finding ", "extracting ", "found ", "upgraded ", "downgraded ", "added ", "removed ", "switching to "}

// isProgress reports whether a line of the go command's stderr reports
// progress rather than a problem.
func isProgress(line string) bool {
	rest, ok := strings.CutPrefix(line, "go: ")
	if !ok {
		return false
	}
	for _, v := range progressVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// crashCause finds the "fatal error: ..." or "panic: ..." line of a crash
// that starts with first.
func crashCause(stderr, first string) string {
	for line := range strings.Lines(stderr) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "panic: ") {
			return line
		}
	}
	return first
}

// executable returns the path of the running binary, to be run by go vet
// as its vet tool.
func executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("finding the policylint executable: %w", err)
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	return exe, nil
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

// unresolvedReferences returns a warning for every reference of the
// manifests the packages used that no analysed package resolved.
func (run *vetRun) unresolvedReferences() []string {
	paths := make([]string, 0, len(run.resolved))
	for p := range run.resolved {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var out []string
	for _, path := range paths {
		p, err := rules.LoadFor(path, "")
		if err != nil {
			continue // reported already by the packages that used it
		}
		for _, ref := range p.References() {
			if !run.resolved[path][ref.Key] {
				pos := p.PosOf(ref.Key)
				out = append(out, fmt.Sprintf("%s:%d:%d: %s %q resolves to nothing in the analysed packages", pos.File, pos.Line, pos.Col, ref.Kind, ref.Name))
			}
		}
	}
	return out
}
