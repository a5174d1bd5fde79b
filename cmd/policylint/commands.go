package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/policylint/policylint/analyzers/suite"
	"github.com/policylint/policylint/rules"
)

// cmdInit writes the embedded default policy, commented, to start from.
// It never overwrites a file; -o - prints the policy instead.
func cmdInit(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("policylint init", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	out := fset.String("o", "policylint.toml", "write the policy to `FILE` (- for stdout)")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, "usage: policylint init [-o FILE]\n\nWrites the default policy, with every key commented, to policylint.toml.")
			return exitClean
		}
		return usageErrorf(stderr, "init: %v", err)
	}
	if fset.NArg() > 0 {
		return usageErrorf(stderr, "init: unexpected argument %q", fset.Arg(0))
	}
	if *out == "-" {
		stdout.Write(rules.DefaultTOML)
		return exitClean
	}
	if fi, err := os.Stat(*out); err == nil && fi.IsDir() {
		*out = filepath.Join(*out, "policylint.toml") // -o DIR: the manifest in DIR
	}

	f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		errorf(stderr, "init: %s already exists; edit it, remove it, or use -o to write elsewhere", *out)
		return exitError
	}
	if err != nil {
		errorf(stderr, "init: %v", err)
		return exitError
	}
	_, err = f.Write(rules.DefaultTOML)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		errorf(stderr, "init: writing %s: %v", *out, err)
		return exitError
	}
	// Show what was written: the default policy documents the built-in
	// recognisers in its comments.
	stdout.Write(rules.DefaultTOML)
	errorf(stderr, "wrote %s; edit it, then run: policylint ./...", *out)
	return exitClean
}

// cmdExplain prints a rule's documentation: its analyzer's Doc, exactly.
func cmdExplain(args []string, stdout, stderr io.Writer) int {
	valid := strings.Join(rules.RuleNames, ", ")
	if len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprintf(stdout, "usage: policylint explain RULE\n\nPrints a rule's documentation. Rules: %s\n", valid)
		return exitClean
	}
	if len(args) != 1 {
		return usageErrorf(stderr, "explain needs one rule name: %s", valid)
	}
	for _, a := range suite.Analyzers(nil, []string{args[0]}) {
		if a.Name == args[0] {
			fmt.Fprint(stdout, a.Doc)
			if !strings.HasSuffix(a.Doc, "\n") {
				fmt.Fprintln(stdout)
			}
			return exitClean
		}
	}
	if slices.Contains(rules.RuleNames, args[0]) {
		errorf(stderr, "explain: rule %s is not in this build of policylint", args[0])
	} else {
		errorf(stderr, "explain: unknown rule %q: valid rules are %s", args[0], valid)
	}
	return exitError
}

// cmdVersion prints the module version and the Go version.
func cmdVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		return usageErrorf(stderr, "version takes no arguments")
	}
	fmt.Fprintf(stdout, "policylint %s %s %s/%s\n", toolVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitClean
}

// toolVersion is the module version the binary was built from: a release
// tag when installed with go install m@version, otherwise "devel", with the
// VCS revision when the build recorded one.
func toolVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	v := "devel"
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev != "" {
		v += " " + rev[:min(12, len(rev))] + dirty
	}
	return v
}
