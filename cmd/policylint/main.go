// Command policylint checks Go code against a privacy policy written as a
// TOML manifest.
//
// It is the last stage of the flow manifest -> engine -> rule analyzers ->
// driver -> output, and one binary serves every way of running it:
//
//	policylint [flags] [packages]       standalone (go/packages + checker)
//	policylint init [-o FILE]           write the default policy to start from
//	policylint explain RULE             print a rule's documentation
//	policylint version                  print the version
//	go vet -vettool=$(command -v policylint) [-policy=FILE] ./...
//
// Under go vet the go command runs the binary once per package with a
// *.cfg file (and first with -flags and -V=full); main recognises those
// invocations as x/tools' multichecker does and hands over to unitchecker.
//
// Exit status in standalone mode: 0 when no finding has severity error, 1
// when some do, 2 when the run could not be done (bad flags, bad manifest,
// packages that do not load, an analyzer that failed).
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes of the standalone command.
const (
	exitClean    = 0 // no finding at severity error
	exitFindings = 1 // findings at severity error
	exitError    = 2 // the run could not be done
)

func main() {
	args := os.Args[1:]
	if isUnitcheckerInvocation(args) {
		vetMain(args) // does not return
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// run dispatches the subcommands and otherwise runs the standalone checker.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "init":
			return cmdInit(args[1:], stdout, stderr)
		case "explain":
			return cmdExplain(args[1:], stdout, stderr)
		case "inventory":
			return cmdInventory(args[1:], stdout, stderr)
		case "version":
			return cmdVersion(args[1:], stdout, stderr)
		case "help":
			printUsage(stdout)
			return exitClean
		}
	}
	return standalone(args, stdout, stderr)
}

// errorf prints one error line, prefixed with the program name.
func errorf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "policylint: "+format+"\n", args...)
}

// usageErrorf reports a bad command line: one line, then where to get help.
func usageErrorf(w io.Writer, format string, args ...any) int {
	errorf(w, format, args...)
	fmt.Fprintln(w, "run 'policylint -h' for usage")
	return exitError
}
