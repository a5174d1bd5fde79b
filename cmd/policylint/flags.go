package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/policylint/policylint/rules"
)

// options is the standalone command line.
type options struct {
	policy   string   // -policy: manifest file; "" for discovery
	format   string   // -format: text, json or sarif
	output   string   // -o: report file; "" for stdout
	rules    []string // -rules: rule names to run; empty for all
	tags     string   // -tags: build tags
	tests    *bool    // -test: report findings in _test.go files; nil when not given (the manifest decides)
	fix      bool     // -fix: apply suggested fixes
	verbose  bool     // -v: manifest, package count, timing on stderr
	dir      string   // -C: directory to run in
	baseline string   // -baseline: known findings to leave out
	writeBL  bool     // -write-baseline: record the findings in -baseline
	failOn   string   // -fail-on: the lowest severity that fails the run
	patterns []string // packages; default ./...
}

var formats = []string{"text", "json", "sarif"}

// severities, from the highest.
var severities = []string{"error", "warning", "info"}

// atLeast reports whether severity is threshold or higher.
func atLeast(severity, threshold string) bool {
	s, t := slices.Index(severities, severity), slices.Index(severities, threshold)
	return s >= 0 && s <= t
}

// newFlagSet declares the standalone flags into o.
func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("policylint", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed by the caller, in one line
	fs.StringVar(&o.dir, "C", "", "change to `DIR` before doing anything else, as go -C does")
	fs.StringVar(&o.policy, "policy", "", "manifest `FILE` (default: $POLICYLINT_POLICY, then the nearest policylint.toml, then the embedded default)")
	fs.StringVar(&o.format, "format", "text", "report `format`: text, json or sarif")
	fs.StringVar(&o.output, "o", "", "write the report to `FILE` instead of stdout")
	fs.Func("rules", "run only these rules, comma-separated (`a,b`)", func(s string) error {
		var err error
		o.rules, err = parseRules(s)
		return err
	})
	fs.StringVar(&o.tags, "tags", "", "build `tags`, as for go build and go vet")
	fs.Var(testsFlag{&o.tests}, "test", "also report findings in _test.go files (default: the manifest's [run] tests, else off; test files are analysed either way)")
	fs.BoolVar(&o.fix, "fix", false, "apply the first suggested fix of each finding")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE`")
	fs.BoolVar(&o.writeBL, "write-baseline", false, "record the current findings in the -baseline file and exit 0")
	fs.StringVar(&o.failOn, "fail-on", "error", "exit 1 when a finding has this `severity` or a higher one: error, warning or info")
	fs.BoolVar(&o.verbose, "v", false, "print the manifest in use, the package count and timing to stderr")
	return fs
}

// parseInterspersed parses args with fs, letting flags follow the
// packages ("./... -format json"); "--" ends the flags. It returns the
// package patterns, "./..." when there are none.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var patterns []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, err
		}
		rest := fs.Args()
		consumed := args[:len(args)-len(rest)]
		if len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			patterns = append(patterns, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		patterns = append(patterns, rest[0])
		args = rest[1:]
	}
	if len(patterns) == 0 {
		return []string{"./..."}, nil
	}
	for _, p := range patterns {
		if strings.HasPrefix(p, "-") {
			// go vet would take it for a flag of its own.
			return nil, fmt.Errorf(`invalid package pattern %q: no import path starts with "-" (put flags before "--")`, p)
		}
	}
	return patterns, nil
}

// errHelp is returned by parseFlags for -h and -help.
var errHelp = errors.New("help requested")

// parseFlags parses the standalone command line. Flags may follow the
// packages, as in "policylint ./... -format json"; "--" ends the flags.
func parseFlags(args []string) (*options, error) {
	o := new(options)
	var err error
	if o.patterns, err = parseInterspersed(newFlagSet(o), args); err != nil {
		return nil, err
	}
	if !slices.Contains(severities, o.failOn) {
		return nil, fmt.Errorf("invalid -fail-on %q: use error, warning or info", o.failOn)
	}
	if o.writeBL && o.baseline == "" {
		return nil, errors.New("-write-baseline needs -baseline FILE: the file to write")
	}
	if o.writeBL && o.fix {
		return nil, errors.New("-write-baseline and -fix do not go together: fix first, then record what is left")
	}
	if !slices.Contains(formats, o.format) {
		return nil, fmt.Errorf("invalid -format %q: use text, json or sarif", o.format)
	}
	return o, nil
}

// parseRules parses the value of -rules: rule names separated by commas.
func parseRules(s string) ([]string, error) {
	var out []string
	for r := range strings.SplitSeq(s, ",") {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		if !slices.Contains(rules.RuleNames, r) {
			return nil, fmt.Errorf("unknown rule %q in -rules: valid rules are %s", r, strings.Join(rules.RuleNames, ", "))
		}
		out = append(out, r)
	}
	return out, nil
}

// printUsage writes the full help text.
func printUsage(w io.Writer) {
	fmt.Fprintf(w, `policylint checks Go code against a privacy policy written as a TOML manifest.

Usage:
  policylint [flags] [packages]     analyse packages (default ./...)
  policylint inventory [packages]   the data map: every flow of personal data (see policylint inventory -h)
  policylint init [-o FILE]         write the default policy to policylint.toml
  policylint explain RULE           print a rule's documentation
  policylint version                print the version
  go vet -vettool=$(command -v policylint) [-policy=FILE] ./...

Rules: %s

Flags:
`, strings.Join(rules.RuleNames, ", "))
	fs := newFlagSet(new(options))
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, `
The manifest may also be named by $POLICYLINT_POLICY.
Exit status: 0 no finding at severity error, 1 findings, 2 the run could not be done.
`)
}

// testsFlag is -test: a boolean flag that remembers whether it was given,
// so that the manifest's [run] tests applies when it was not.
type testsFlag struct{ v **bool }

func (testsFlag) IsBoolFlag() bool { return true }

func (f testsFlag) String() string {
	if f.v == nil || *f.v == nil {
		return ""
	}
	return strconv.FormatBool(**f.v)
}

func (f testsFlag) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("parse error")
	}
	*f.v = &b
	return nil
}
