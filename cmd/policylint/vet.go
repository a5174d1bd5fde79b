package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/suite"
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
	analyzers := guard(suite.Analyzers(nil, nil))

	// Top-level flags, declared before unitchecker declares its own so
	// that "go vet -flags" lists them and passes -policy=FILE through.
	flag.Var(vetPolicyFlag{}, "policy", "policy manifest `FILE` (default: $POLICYLINT_POLICY, then the nearest policylint.toml, then the embedded default)")
	// Declaring -V first keeps unitchecker from declaring its own, whose
	// answer covers the executable only; see vetToolID.
	flag.Var(vetVersionFlag{}, "V", "print version and exit")

	if cfg := args[len(args)-1]; strings.HasSuffix(cfg, ".cfg") {
		checkUnitPolicy(cfg, args)
	}
	unitchecker.Main(analyzers...)
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
	explicit := resolveVetPolicy(policyArg(args))
	if _, err := rules.LoadFor(explicit, filepath.Dir(cfg.GoFiles[0])); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// policyArg returns the value of the last -policy flag in args, in any of
// the forms the flag package accepts, or "".
func policyArg(args []string) string {
	var v string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "policy" {
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
