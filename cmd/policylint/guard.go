package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// panicError is a panic recovered from an analyzer: a bug in policylint,
// not a problem with the user's code. It names the analyzer and the
// package so that the report is useful, and keeps the stack for -v.
type panicError struct {
	analyzer string
	pkg      string
	value    any
	stack    []byte
}

func (e *panicError) Error() string {
	return fmt.Sprintf("internal error: analyzer %s panicked on package %s: %v (please report this bug)", e.analyzer, e.pkg, e.value)
}

// panicLog, when set, receives the message of every recovered panic as it
// happens. Under go vet it is stderr, which the go command shows.
var panicLog io.Writer

// guard makes every analyzer reachable from as turn a panic in its Run
// into a *panicError, so that one bad package does not take the others'
// findings down with it. It changes the analyzers in place (the engine
// and the analyzers the rules require are shared, and the checker looks
// results up by analyzer), once each; the binary runs one analysis per
// process, so nothing else sees the change.
func guard(as []*analysis.Analyzer) []*analysis.Analyzer {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		run := a.Run
		a.Run = func(pass *analysis.Pass) (result any, err error) {
			defer func() {
				if v := recover(); v != nil {
					pkg := "(unknown)"
					if pass.Pkg != nil {
						pkg = pass.Pkg.Path()
					}
					pe := &panicError{analyzer: a.Name, pkg: pkg, value: v, stack: debug.Stack()}
					if panicLog != nil {
						// The analyzers that require this one fail with
						// "failed prerequisites" only: say why.
						fmt.Fprintln(panicLog, pe.Error())
					}
					result, err = nil, pe
				}
			}()
			return run(pass)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return as
}
