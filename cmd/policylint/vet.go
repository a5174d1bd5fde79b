package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// isUnitcheckerInvocation reports whether the go command runs the binary
// as a vet tool: "go vet -vettool" first asks for its flags (-flags) and
// its identity (-V=full), then runs it once per package on a *.cfg file.
func isUnitcheckerInvocation(args []string) bool {
	for _, a := range args {
		switch a {
		case "-flags", "--flags", "-V=full", "--V=full":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetMain runs the rule analyzers under go vet. Each package's policy is
// resolved by policyconfig.Analyzer (the rules get a nil policy), because
// every package is analysed in a process of its own.
func vetMain(args []string) {
	only, err := parseRules(flagArg(args, "rules"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "policylint: %v\n", err)
		os.Exit(1)
	}
	panicLog = os.Stderr
	analyzers := guard(withInventory(ruleAnalyzers(nil, only), args))
	cfg := args[len(args)-1]
	unit := strings.HasSuffix(cfg, ".cfg")
	factsOnly := unit && vetxOnly(cfg)
	if streamArg(args) && !factsOnly {
		// Only the packages named on the command line print records: a
		// rule that also produces facts runs on their dependencies too.
		analyzers = streamed(analyzers)
	}

	// Top-level flags, declared before unitchecker declares its own so
	// that "go vet -flags" lists them and passes -policy=FILE through.
	flag.Var(vetPolicyFlag{}, "policy", "policy manifest `FILE` (default: $POLICYLINT_POLICY, then the nearest policylint.toml, then the embedded default)")
	// Declaring -V first keeps unitchecker from declaring its own, whose
	// answer covers the executable only; see vetToolID.
	flag.Var(vetVersionFlag{}, "V", "print version and exit")
	// Read from args above, before unitchecker parses them; declared so
	// that go vet accepts and passes them on.
	flag.String("rules", "", "run only these rules, comma-separated (`a,b`)")
	flag.Bool("stream", false, "print each rule's findings as JSON records (used by the policylint command)")
	flag.Var(testsFlag{&report.Tests}, "test", "also report findings in _test.go files (default: the manifest's [run] tests, else off)")

	if unit {
		redirectStdout(cfg)
		if factsOnly {
			// A dependency of the packages named on the command line,
			// analysed for its facts only: run the analyzers that
			// produce facts, not the rules, which would only compute
			// findings that nobody prints.
			analyzers = factProducers(analyzers)
		} else {
			checkUnitPolicy(cfg, args)
		}
	}
	tuneGC()
	unitchecker.Main(profiled(analyzers, cfg)...)
}

// vetPolicyFlag is -policy under go vet. A relative path is taken from the
// directory go vet was run in, as a user expects, although the go command
// runs the tool in each package's directory.
type vetPolicyFlag struct{}

func (vetPolicyFlag) String() string { return policyconfig.Path }

func (vetPolicyFlag) Set(v string) error {
	policyconfig.Path = resolveVetPolicy(v)
	return nil
}

// resolveVetPolicy makes a relative -policy path absolute against the
// working directory of the go command that runs us, when that is where the
// file is. Otherwise it is left to rules.LoadFor, which also tries $PWD and
// the parents of the package directory.
func resolveVetPolicy(path string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	parent := readParent()
	if parent.dir == "" || !parent.passes(path) {
		return path // not run by a go vet that was given this flag
	}
	abs := filepath.Join(parent.dir, path)
	if _, err := os.Stat(abs); err != nil {
		return path
	}
	return abs
}

// vetVersionFlag answers -V=full for the go command's build cache.
type vetVersionFlag struct{}

func (vetVersionFlag) IsBoolFlag() bool { return true }
func (vetVersionFlag) String() string   { return "" }

func (vetVersionFlag) Set(v string) error {
	if v != "full" {
		return fmt.Errorf("unsupported -V=%s (use -V=full)", v)
	}
	// The go command asks once per run, before any package: the place
	// to stop a bad -rules once rather than once per package.
	if err := checkParentRules(readParent()); err != nil {
		fmt.Fprintf(os.Stderr, "policylint: %v\n", err)
		os.Exit(1)
	}
	fmt.Println(vetToolID())
	os.Exit(0)
	return nil
}

// checkUnitPolicy loads the manifest for the package of a vet unit before
// unitchecker runs, so that a broken manifest is reported as
// file:line:col: message. Inside unitchecker the rules would only say
// "failed prerequisites: policyconfig". Units run for facts only (the
// dependencies) are left alone: the packages the user named report it.
func checkUnitPolicy(cfgFile string, args []string) {
	var cfg struct {
		GoFiles  []string
		VetxOnly bool
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil || json.Unmarshal(data, &cfg) != nil || cfg.VetxOnly || len(cfg.GoFiles) == 0 {
		return // unitchecker reports a bad config itself
	}
	explicit := resolveVetPolicy(flagArg(args, "policy"))
	if _, err := rules.LoadFor(explicit, filepath.Dir(cfg.GoFiles[0])); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// flagArg returns the value of the last flag called name in args, in any
// of the forms the flag package accepts for a non-boolean flag, or "".
func flagArg(args []string, name string) string {
	var v string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		flagName, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || flagName != name {
			continue
		}
		if hasValue {
			v = value
		} else if i+1 < len(args) {
			v = args[i+1]
			i++
		}
	}
	return v
}

// streamArg reports whether -stream is set in args.
func streamArg(args []string) bool {
	for _, a := range args {
		if a == "--" {
			break
		}
		switch strings.TrimLeft(a, "-") {
		case "stream", "stream=true", "stream=1":
			return true
		}
	}
	return false
}

// streamMu serialises the records that analyzers running in parallel
// print.
var streamMu sync.Mutex

// resolveOnce resolves the manifest's references once per unit (a vet
// tool process analyses one package), not once per rule.
var resolveOnce sync.Once

// streamed makes each rule analyzer print its *finding.List as a
// {"@policylint": record} line on stdout, which unitchecker has pointed at
// the file the go command caches and replays.
func streamed(as []*analysis.Analyzer) []*analysis.Analyzer {
	for _, a := range as {
		run, name := a.Run, a.Name
		a.Run = func(pass *analysis.Pass) (any, error) {
			res, err := run(pass)
			list, ok := res.(*finding.List)
			if err != nil || !ok || list == nil {
				return res, err
			}
			// A record even without findings: the command counts the
			// packages analysed by their records.
			rec := streamRecord{Package: pass.Pkg.Path(), Rule: name}
			resolveOnce.Do(func() {
				// The same for every rule of the unit: the first
				// record carries it.
				if p, err := policyconfig.For(pass); err == nil && p.Path != "" {
					rec.Policy, rec.Resolved = p.Path, policyconfig.Resolved(p, pass.Pkg)
				}
			})
			for _, f := range list.Findings {
				rec.Findings = append(rec.Findings, toWire(f))
			}
			rec.Entries, rec.Calls = entriesToWire(list)
			line, merr := json.Marshal(map[string]streamRecord{streamKey: rec})
			if merr != nil {
				return nil, fmt.Errorf("encoding findings: %w", merr)
			}
			streamMu.Lock()
			defer streamMu.Unlock()
			if _, werr := os.Stdout.Write(append(line, '\n')); werr != nil {
				return nil, fmt.Errorf("writing findings: %w", werr)
			}
			return res, nil
		}
	}
	return as
}

// vetxOnly reports whether the unit of cfgFile is analysed for facts only.
func vetxOnly(cfgFile string) bool {
	var cfg struct{ VetxOnly bool }
	data, err := os.ReadFile(cfgFile)
	return err == nil && json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// factProducers returns the analyzers reachable from as that export
// facts, each once, in a deterministic order.
func factProducers(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		if len(a.FactTypes) > 0 {
			out = append(out, a)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return out
}

// redirectStdout sends the unit's stdout (unitchecker's JSON and the
// records) to a file of its own in the directory named by $POLICYLINT_RECORDS,
// when the policylint command set it and the go command running us does
// not capture stdout itself (no Stdout in the *.cfg: a go command older
// than Go 1.26, which would copy our stdout to its stderr); see recordsEnv.
func redirectStdout(cfgFile string) {
	dir := os.Getenv(recordsEnv)
	if dir == "" {
		return
	}
	var cfg struct {
		Stdout   string
		VetxOnly bool
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil || json.Unmarshal(data, &cfg) != nil || cfg.Stdout != "" || cfg.VetxOnly {
		return // unitchecker reports a bad config itself
	}
	f, err := os.CreateTemp(dir, "unit-*.json")
	if err != nil {
		fmt.Fprintf(os.Stderr, "policylint: writing the results: %v\n", err)
		os.Exit(1)
	}
	os.Stdout = f // closed when the process exits, after unitchecker's last write
}

// checkParentRules validates the -rules values the go command running us
// will pass on (its own command line, $GOFLAGS).
func checkParentRules(p parentProcess) error {
	var values []string
	if len(p.args) > 1 {
		values = append(values, flagArg(p.args[1:], "rules"))
	}
	values = append(values, flagArg(strings.Fields(os.Getenv("GOFLAGS")), "rules"))
	for _, v := range values {
		if _, err := parseRules(v); err != nil {
			return err
		}
	}
	return nil
}
