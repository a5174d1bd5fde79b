package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// vetToolID is the answer to -V=full.
//
// The go command caches what a vet tool printed for each package, keyed by
// the package, the flags and the tool's identity, which it takes from the
// last field ("buildID=...") of the tool's -V=full answer when the version
// says "devel" (cmd/go/internal/work: toolID in buildid.go, (*Builder).vet
// in exec.go). The policy is not part of that key: edit policylint.toml and
// go vet would print the findings of the old policy from its cache. So the
// identity we give covers, besides the executable, every manifest the run
// could use: the file named by $POLICYLINT_POLICY, the file named by the
// -policy flag given to go vet (read from the parent process's command line,
// since -V=full is asked before any flag is passed on), and each
// policylint.toml above the working directory and in its module. The go
// command asks once per run, in its own working directory.
//
// A changed manifest thus re-runs the tool on every package and its
// dependencies, as it must: the functions' summaries (facts) depend on the
// policy too. Manifests are named relative to the module root, so copies of
// a tree share the cache. Only Linux shows the parent's command line; on
// other systems a -policy file's path is still in the cache key (go vet
// passes the flag on), but not its content.
func vetToolID() string {
	in := vetInputs{env: os.Getenv("POLICYLINT_POLICY")}
	in.exe, _ = os.Executable()
	in.cwd, _ = os.Getwd()
	parent := readParent()
	in.flagDir = cmp.Or(parent.dir, in.cwd)
	in.flags = parent.policyFlags()
	return in.id()
}

// vetInputs is everything the answer to -V=full depends on.
type vetInputs struct {
	exe     string   // the executable
	cwd     string   // the working directory
	env     string   // $POLICYLINT_POLICY
	flags   []string // -policy values given to go vet
	flagDir string   // the directory they are relative to
}

func (in vetInputs) id() string {
	h := sha256.New()
	if in.exe != "" {
		hashFile(h, "executable", in.exe)
	}
	if in.env != "" {
		fmt.Fprintf(h, "env %q\n", in.env)
		hashFile(h, "env file", absFrom(in.cwd, in.env))
	}
	for _, p := range in.flags {
		fmt.Fprintf(h, "flag %q\n", p)
		hashFile(h, "flag file", absFrom(in.flagDir, p))
	}
	for _, m := range manifestsAround(in.cwd) {
		hashFile(h, "manifest "+m.name, m.path)
	}
	return fmt.Sprintf("policylint version devel policylint-vet buildID=%x", h.Sum(nil))
}

// hashFile adds label and the content of path to h; a missing file is
// hashed as missing, so that creating it changes the sum.
func hashFile(h hash.Hash, label, path string) {
	fmt.Fprintf(h, "%s\n", label)
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// A FIFO would block; the manifest loader refuses it anyway.
		fmt.Fprintf(h, "not a regular file\n")
		return
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(h, "missing\n")
		return
	}
	defer f.Close()
	n, _ := io.Copy(h, f)
	fmt.Fprintf(h, "\n%d bytes\n", n)
}

func absFrom(dir, path string) string {
	if filepath.IsAbs(path) || dir == "" {
		return path
	}
	return filepath.Join(dir, path)
}

// manifest is a policylint.toml found near the working directory; name is
// its path relative to the walk's root, so that the same layout of
// manifests gives the same identity wherever the tree is checked out.
type manifest struct{ name, path string }

// manifestsAround returns each policylint.toml in cwd and its parents, and
// in the module tree that holds cwd (the tree below cwd when there is no
// go.mod above it), skipping .git, vendor, testdata, node_modules and
// hidden directories, in a fixed order.
func manifestsAround(cwd string) []manifest {
	if cwd == "" {
		return nil
	}
	root := moduleRoot(cwd)
	seen := make(map[string]bool)
	var ms []manifest
	add := func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		name, err := filepath.Rel(root, path)
		if err != nil {
			name = path
		}
		ms = append(ms, manifest{filepath.ToSlash(name), path})
	}
	for d := cwd; ; d = filepath.Dir(d) {
		if p := filepath.Join(d, "policylint.toml"); isFile(p) {
			add(p)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error { // errors are skipped inside
		if err != nil {
			return nil // unreadable: nothing of it can be analysed either
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || name == "vendor" || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == "policylint.toml" {
			add(path)
		}
		return nil
	})
	slices.SortFunc(ms, func(a, b manifest) int { return strings.Compare(a.name, b.name) })
	return ms
}

// moduleRoot returns the directory of the nearest go.mod at or above dir,
// or dir itself when there is none.
func moduleRoot(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if isFile(filepath.Join(d, "go.mod")) {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// parentProcess is what we can learn of the process that ran us: under go
// vet, the go command. Only Linux's /proc tells; elsewhere it is empty and
// we fall back to our own working directory and environment.
type parentProcess struct {
	args []string // command line, program name first
	dir  string   // working directory
}

func readParent() parentProcess {
	proc := filepath.Join("/proc", strconv.Itoa(os.Getppid()))
	var p parentProcess
	if data, err := os.ReadFile(filepath.Join(proc, "cmdline")); err == nil {
		for a := range bytes.SplitSeq(bytes.TrimSuffix(data, []byte{0}), []byte{0}) {
			p.args = append(p.args, string(a))
		}
	}
	if dir, err := os.Readlink(filepath.Join(proc, "cwd")); err == nil {
		p.dir = dir
	}
	return p
}

// policyFlags returns the -policy values a go vet run will pass on: the
// one on the go command's line, and one set through $GOFLAGS.
func (p parentProcess) policyFlags() []string {
	var vs []string
	if len(p.args) > 1 {
		if v := flagArg(p.args[1:], "policy"); v != "" {
			vs = append(vs, v)
		}
	}
	if v := flagArg(strings.Fields(os.Getenv("GOFLAGS")), "policy"); v != "" {
		vs = append(vs, v)
	}
	return vs
}

// passes reports whether the parent was given -policy=path, and so is the
// go command that passed it on to us.
func (p parentProcess) passes(path string) bool {
	return slices.Contains(p.policyFlags(), path)
}
