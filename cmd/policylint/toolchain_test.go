package main

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestProgressLinesOfTheGoCommandAreNotErrors(t *testing.T) {
	stderr := "go: downloading github.com/mattn/go-isatty v0.0.20\ngo: downloading go1.25.14 (linux/amd64)\ngo: finding module for package example.com/x\ngo: found example.com/x in example.com/x v1.0.0\n# example.com/broken\n./bad.go:5:9: undefined: y\ngo: example.com/m@v1.0.0: missing go.sum entry for go.mod file\n"
	problems, progress := vetErrors(stderr)
	if want := []string{"bad.go:5:9: undefined: y", "go: example.com/m@v1.0.0: missing go.sum entry for go.mod file"}; !slices.Equal(problems, want) {
		t.Errorf("problems = %q, want %q", problems, want)
	}
	if len(progress) != 4 {
		t.Errorf("progress = %q, want the 4 progress lines", progress)
	}
}

// realModCache is the developer's module cache, which holds the modules of
// the deps fixture: the tests below serve it as a file proxy.
func realModCache(t *testing.T) string {
	t.Helper()
	res := command(t, ".", testEnv(), "go", "env", "GOMODCACHE")
	dir := strings.TrimSpace(res.stdout)
	if res.code != 0 || dir == "" {
		t.Fatalf("go env GOMODCACHE: %v", res)
	}
	return dir
}

// freshCacheEnv is the environment of a machine whose module cache is
// empty, with the module proxy replaced by a file proxy made of the real
// cache (no network).
func freshCacheEnv(t *testing.T) []string {
	t.Helper()
	proxy := filepath.Join(realModCache(t), "cache", "download")
	return testEnv(
		"GOMODCACHE="+t.TempDir(),
		"GOPROXY=file://"+filepath.ToSlash(proxy),
		"GOSUMDB=off",
		"GOFLAGS=-modcacherw", // so that the temporary cache can be removed
		"GOTOOLCHAIN=local",
	)
}

// TestFreshModuleCacheIsNoError runs policylint on a module whose
// dependencies are not in the module cache yet: the go command prints
// "go: downloading ..." on stderr, which is progress, not an error. The
// run has findings, so it exits 1, and the report has no errors.
func TestFreshModuleCacheIsNoError(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a module cache")
	}
	t.Parallel()
	for _, verbose := range []bool{false, true} {
		args := []string{"-format", "json"}
		if verbose {
			args = append(args, "-v")
		}
		res := command(t, fixture(t, "deps"), freshCacheEnv(t), binary, args...)
		if res.code != exitFindings {
			t.Fatalf("want exit 1 (two IPs logged), got %v", res)
		}
		rep, _ := decodeReport(t, []byte(res.stdout))
		if len(rep.Findings) != 2 || len(rep.Errors) != 0 {
			t.Errorf("want 2 findings and no errors, got %v", res)
		}
		shown := strings.Contains(res.stderr, "go: downloading github.com/mattn/go-isatty")
		if shown != verbose {
			t.Errorf("-v=%v: want the download lines shown only with -v, got %v", verbose, res)
		}
	}
}

// TestRecordsBypassTheStderrOfOldGoCommands runs the vet tool as a go
// command older than Go 1.26 does (a *.cfg without Stdout): its output
// goes to a file in $POLICYLINT_RECORDS, not to its stdout, which such a
// go command would copy to its stderr. With Stdout in the *.cfg (Go 1.26
// and later, which cache and replay that file) it goes there.
func TestRecordsBypassTheStderrOfOldGoCommands(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := filepath.Join(dir, "p.go")
	// No imports: the unit needs no export data. Every analysed package
	// gets a record, with or without findings.
	writeFile(t, src, "package p\n\nfunc f(clientIP string) string { return clientIP }\n")
	cfg := func(stdout string) string {
		name := filepath.Join(dir, "new.cfg")
		extra := ""
		if stdout == "" {
			name = filepath.Join(dir, "old.cfg")
		} else {
			extra = `"Stdout": "` + stdout + `",`
		}
		writeFile(t, name, `{"ID": "p", "Compiler": "gc", "Dir": "`+dir+`", "ImportPath": "p", "GoVersion": "go1.22",
			"GoFiles": ["`+src+`"], "ImportMap": {}, "PackageFile": {}, "Standard": {}, "PackageVetx": {},
			"VetxOnly": false, `+extra+` "VetxOutput": "`+filepath.Join(dir, "vet.out")+`"}`)
		return name
	}
	records := filepath.Join(dir, "records")
	if err := os.Mkdir(records, 0o755); err != nil {
		t.Fatal(err)
	}
	env := testEnv("POLICYLINT_RECORDS=" + records)

	old := command(t, dir, env, binary, "-json", "-stream", cfg(""))
	files, _ := filepath.Glob(filepath.Join(records, "*.json"))
	if old.stdout != "" || len(files) != 1 {
		t.Fatalf("old go command: want nothing on stdout and one records file, got %d files and %v", len(files), old)
	}
	data, _ := os.ReadFile(files[0])
	if !strings.Contains(string(data), `{"@policylint":{"package":"p"`) {
		t.Errorf("the records file lacks the finding:\n%s", data)
	}

	out := filepath.Join(dir, "stdout")
	if res := command(t, dir, env, binary, "-json", "-stream", cfg(out)); res.stdout != "" {
		t.Errorf("new go command: want nothing on stdout, got %v", res)
	}
	data, _ = os.ReadFile(out)
	files, _ = filepath.Glob(filepath.Join(records, "*.json"))
	if !strings.Contains(string(data), `{"@policylint":{"package":"p"`) || len(files) != 1 {
		t.Errorf("new go command: want the records in the Stdout file only, got %d files and:\n%s", len(files), data)
	}
}

// TestOtherGoToolchains runs the deps fixture under the go commands of Go
// 1.24 and 1.25 (GOTOOLCHAIN), which print the vet tool's stdout on their
// stderr: same findings and exit code as under the toolchain policylint
// was built with. The toolchains come from the module cache (.ci/run
// downloads them); without them the test is skipped.
func TestOtherGoToolchains(t *testing.T) {
	if testing.Short() {
		t.Skip("runs other Go toolchains")
	}
	t.Parallel()
	local := command(t, fixture(t, "deps"), testEnv("GOTOOLCHAIN=local"), binary, "-format", "json")
	want := reportLines(t, local.stdout)
	if local.code != exitFindings || len(want) != 2 {
		t.Fatalf("local toolchain: want exit 1 and 2 findings, got %v", local)
	}
	cache := realModCache(t)
	for _, v := range []string{"go1.24.13", "go1.25.14"} {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			tc := filepath.Join(cache, "golang.org", "toolchain@v0.0.1-"+v+"."+runtime.GOOS+"-"+runtime.GOARCH)
			if _, err := os.Stat(tc); err != nil {
				t.Skipf("toolchain %s is not in the module cache (GOTOOLCHAIN=%s go version fetches it)", v, v)
			}
			res := command(t, fixture(t, "deps"), testEnv("GOTOOLCHAIN="+v), binary, "-format", "json")
			if res.code != exitFindings {
				t.Fatalf("want exit 1, got %v", res)
			}
			if got := reportLines(t, res.stdout); !slices.Equal(got, want) {
				t.Errorf("findings differ from the local toolchain's:\ngot  %q\nwant %q", got, want)
			}
			if rep, _ := decodeReport(t, []byte(res.stdout)); len(rep.Errors) != 0 {
				t.Errorf("want no errors, got %v", res)
			}
		})
	}
}
