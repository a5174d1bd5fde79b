package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Toolchains of the matrix: the newest patch releases of Go 1.24 and 1.25
// that the Go module proxy serves (GOTOOLCHAIN downloads them).
var matrixToolchains = []string{"go1.25.14", "go1.24.13"}

// TestExampleUnderToolchainMatrix runs the README's first command on the
// example service under the toolchain policylint is built with, under the
// go commands of Go 1.25 and 1.24, and on a machine whose module cache is
// empty (a file proxy made of the real cache stands in for the network):
// every run must exit 1 with the same findings and no errors. It needs the
// Go module proxy (toolchains, and the Go 1.24-compatible versions of the
// example's dependencies) and a few minutes, so it runs only when
// POLICYLINT_MATRIX is set, as .ci/run does; it logs exit code, finding
// count and time per configuration.
func TestExampleUnderToolchainMatrix(t *testing.T) {
	if os.Getenv("POLICYLINT_MATRIX") == "" {
		t.Skip("set POLICYLINT_MATRIX=1 to run the toolchain matrix (.ci/run does)")
	}
	root, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name     string
		code     int
		findings []string
		errors   int
		took     time.Duration
	}
	var rows []row
	run := func(name, dir string, env []string) row {
		t.Helper()
		start := time.Now()
		res := command(t, dir, env, binary, "-format", "json")
		r := row{name: name, code: res.code, took: time.Since(start)}
		if strings.HasPrefix(strings.TrimSpace(res.stdout), "{") {
			rep, _ := decodeReport(t, []byte(res.stdout))
			r.errors = len(rep.Errors)
			for _, f := range rep.Findings {
				r.findings = append(r.findings, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(f.Pos.File), f.Pos.Line, *f.Rule))
			}
		}
		if r.code != exitFindings || r.errors != 0 {
			t.Errorf("%s: want exit 1 and no errors, got %v", name, res)
		}
		rows = append(rows, r)
		return r
	}

	local := run("local ("+strings.TrimSpace(command(t, ".", testEnv(), "go", "env", "GOVERSION").stdout)+")", root, testEnv("GOTOOLCHAIN=local"))
	if len(local.findings) == 0 {
		t.Fatal("no findings on the example with the local toolchain")
	}

	for _, v := range matrixToolchains {
		dir := root
		if v < "go1.25" {
			// The example needs Go 1.25 (gin v1.12.0 does): a copy with
			// its dependencies downgraded to what Go 1.24 builds.
			dir = copyTree(t, root)
			if res := command(t, dir, testEnv("GOTOOLCHAIN=local", "GOFLAGS=-mod=mod"), "go", "get", "go@1.24.0", "toolchain@none"); res.code != 0 {
				t.Fatalf("downgrading a copy of the example to Go 1.24: %v", res)
			}
		}
		run(v, dir, testEnv("GOTOOLCHAIN="+v))
	}

	proxy := filepath.Join(realModCache(t), "cache", "download")
	run("empty GOMODCACHE, file proxy", copyTree(t, root), testEnv(
		"GOTOOLCHAIN=local",
		"GOMODCACHE="+t.TempDir(),
		"GOPROXY=file://"+filepath.ToSlash(proxy),
		"GOSUMDB=off",
		"GOFLAGS=-modcacherw",
	))

	var table strings.Builder
	fmt.Fprintf(&table, "%-32s %4s %8s %8s\n", "configuration", "exit", "findings", "time")
	for _, r := range rows {
		fmt.Fprintf(&table, "%-32s %4d %8d %8s\n", r.name, r.code, len(r.findings), r.took.Round(time.Second))
		if !slices.Equal(r.findings, local.findings) {
			t.Errorf("%s: findings differ from the local toolchain's:\ngot  %q\nwant %q", r.name, r.findings, local.findings)
		}
	}
	t.Logf("the example under each configuration:\n%s", table.String())
}
