package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadMode is what the checker needs: syntax and types for the packages
// and all their dependencies, since analyzers with facts run on the
// dependencies too.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// loaded is the outcome of loading the command-line packages.
type loaded struct {
	roots  []*packages.Package // packages to analyse: no errors in their import graph
	count  int                 // packages matched by the patterns
	dir    string              // directory of the first package, for manifest discovery
	errors []string            // load, parse and type errors, file:line:col first
}

// loadPackages loads opts.patterns. An error means nothing could be loaded
// at all; problems with individual packages are in loaded.errors.
func loadPackages(opts *options, cwd string) (*loaded, error) {
	cfg := &packages.Config{
		Mode:  loadMode,
		Dir:   cwd,
		Tests: opts.tests,
	}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	pkgs, err := packages.Load(cfg, opts.patterns...)
	if err != nil {
		return nil, fmt.Errorf("loading packages: %w", err)
	}

	l := &loaded{dir: cwd}
	var matched []*packages.Package
	for _, p := range pkgs {
		// Skip the generated test main package ("p.test"); its variants
		// "p [p.test]" and "p_test [p.test]" hold the test files.
		if strings.HasSuffix(p.ID, ".test") {
			continue
		}
		matched = append(matched, p)
	}
	l.count = len(matched)
	if len(matched) == 0 {
		return nil, fmt.Errorf("no packages to analyse in %s", strings.Join(opts.patterns, " "))
	}
	if d := packageDir(matched[0]); d != "" {
		l.dir = d
	}

	// Report each error once (test variants repeat their package's errors),
	// in the order packages.Visit meets them: dependencies first.
	seen := make(map[string]bool)
	packages.Visit(matched, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := formatLoadError(p, e, cwd)
			if !seen[msg] {
				seen[msg] = true
				l.errors = append(l.errors, msg)
			}
		}
	})

	broken := make(map[*packages.Package]bool)
	for _, p := range matched {
		if !hasBrokenImport(p, broken, make(map[*packages.Package]bool)) {
			l.roots = append(l.roots, p)
		}
	}
	return l, nil
}

// hasBrokenImport reports whether p or a package it imports, directly or
// not, has errors; such packages are not analysed (their types are
// incomplete) but are reported through their errors.
func hasBrokenImport(p *packages.Package, memo, visiting map[*packages.Package]bool) bool {
	if b, ok := memo[p]; ok {
		return b
	}
	if visiting[p] {
		return false // an import cycle is itself a load error elsewhere
	}
	visiting[p] = true
	b := len(p.Errors) > 0
	for _, imp := range p.Imports {
		if b {
			break
		}
		b = hasBrokenImport(imp, memo, visiting)
	}
	memo[p] = b
	return b
}

func packageDir(p *packages.Package) string {
	if p.Dir != "" {
		return p.Dir
	}
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return ""
}

// posPrefix matches the file:line[:col] part of a packages.Error position.
var posPrefix = regexp.MustCompile(`^(.*?)(:\d+(?::\d+)?)$`)

// formatLoadError formats e as "file:line:col: message", with the file
// relative to cwd when below it, or names the package when e has no
// position.
func formatLoadError(p *packages.Package, e packages.Error, cwd string) string {
	if e.Pos == "" || e.Pos == "-" {
		return fmt.Sprintf("package %s: %s", p.PkgPath, e.Msg)
	}
	pos := e.Pos
	if m := posPrefix.FindStringSubmatch(pos); m != nil && filepath.IsAbs(m[1]) {
		if rel, err := filepath.Rel(cwd, m[1]); err == nil && !strings.HasPrefix(rel, "..") {
			pos = rel + m[2]
		}
	}
	return pos + ": " + e.Msg
}
