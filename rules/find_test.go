package rules

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// tree creates files (slash-separated paths, "/" suffix for a directory)
// below a new temporary directory and returns it, with symbolic links
// resolved so that paths compare equal to what Find returns.
func tree(t *testing.T, files ...string) string {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		if strings.HasSuffix(f, "/") {
			err = os.MkdirAll(p, 0o755)
		} else if err = os.MkdirAll(filepath.Dir(p), 0o755); err == nil {
			err = os.WriteFile(p, []byte("version = 1\n"), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestFindOrder(t *testing.T) {
	root := tree(t,
		"repo/go.mod",
		"repo/policylint.toml",
		"repo/flag.toml",
		"repo/env.toml",
		"repo/svc/policylint.toml",
		"repo/svc/api/handlers/",
		"repo/lib/deep/pkg/",
		"policylint.toml", // above the module root: never discovered
		"other/",
		"nomod/a/",
	)
	repo := filepath.Join(root, "repo")
	handlers := filepath.Join(repo, "svc", "api", "handlers")
	deep := filepath.Join(repo, "lib", "deep", "pkg")
	tests := []struct {
		name, cwd, pwd, env, explicit, pkgDir, want string
	}{
		{name: "flag, absolute", explicit: filepath.Join(repo, "flag.toml"), env: "env.toml", pkgDir: handlers, want: "repo/flag.toml"},
		{name: "flag beats the variable", cwd: repo, explicit: "flag.toml", env: "env.toml", pkgDir: handlers, want: "repo/flag.toml"},
		{name: "flag relative to the current directory", cwd: repo, explicit: "svc/policylint.toml", pkgDir: deep, want: "repo/svc/policylint.toml"},
		{name: "flag relative to $PWD", cwd: handlers, pwd: repo, explicit: "flag.toml", pkgDir: filepath.Join(root, "other"), want: "repo/flag.toml"},
		{name: "flag relative to a parent of the package (go vet)", cwd: deep, explicit: "flag.toml", pkgDir: deep, want: "repo/flag.toml"},
		{name: "variable", cwd: repo, env: "env.toml", pkgDir: handlers, want: "repo/env.toml"},
		{name: "variable relative to a parent of the package", cwd: filepath.Join(root, "other"), env: "env.toml", pkgDir: deep, want: "repo/env.toml"},
		{name: "nearest manifest", cwd: root, pkgDir: handlers, want: "repo/svc/policylint.toml"},
		{name: "manifest at the module root", cwd: root, pkgDir: deep, want: "repo/policylint.toml"},
		{name: "package in the current directory", cwd: deep, want: "repo/policylint.toml"},
		{name: "$PWD before the parents of the package", cwd: filepath.Join(root, "other"), pwd: filepath.Join(repo, "svc"), explicit: "policylint.toml", pkgDir: deep, want: "repo/svc/policylint.toml"},
		{name: "outside any module, up to the root", cwd: root, pkgDir: filepath.Join(root, "nomod", "a"), want: "policylint.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(cmpOr(tt.cwd, root))
			t.Setenv("PWD", tt.pwd)
			t.Setenv(EnvVar, tt.env)
			got, err := Find(tt.explicit, tt.pkgDir)
			if err != nil {
				t.Fatal(err)
			}
			if want := filepath.Join(root, filepath.FromSlash(tt.want)); got != want {
				t.Errorf("Find = %s, want %s", got, want)
			}
		})
	}

	// Discovery stops at go.mod: the manifest above the module is not used.
	t.Run("stops at the module root", func(t *testing.T) {
		modRoot := tree(t, "policylint.toml", "mod/go.mod", "mod/pkg/")
		t.Setenv(EnvVar, "")
		got, err := Find("", filepath.Join(modRoot, "mod", "pkg"))
		if err != nil || got != "" {
			t.Errorf("Find = %q, %v; want the default policy", got, err)
		}
	})
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func TestFindReportsAManifestItCannotFind(t *testing.T) {
	root := tree(t, "go.mod", "pkg/", "dir.toml/")
	t.Chdir(root)
	t.Setenv("PWD", root)
	t.Setenv(EnvVar, "")
	pkg := filepath.Join(root, "pkg")

	_, err := Find("missing.toml", pkg)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "policy file missing.toml not found") {
		t.Errorf("relative flag: %v", err)
	}
	abs := filepath.Join(root, "missing.toml")
	if _, err := Find(abs, pkg); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), abs) {
		t.Errorf("absolute flag: %v", err)
	}
	if _, err := Find("dir.toml", pkg); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory: %v", err)
	}
	t.Setenv(EnvVar, "gone.toml")
	if _, err := Find("", pkg); !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "$POLICYLINT_POLICY: ") {
		t.Errorf("variable: %v", err)
	}
}

func TestLoadForCachesByPathAndModTime(t *testing.T) {
	root := tree(t, "go.mod", "pkg/a/", "pkg/b/")
	manifest := filepath.Join(root, "policylint.toml")
	write := func(src string, mtime time.Time) {
		t.Helper()
		if err := os.WriteFile(manifest, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(manifest, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(EnvVar, "")
	write("version = 1\npolicy = \"one\"\n", time.Now().Add(-time.Hour))

	var wg sync.WaitGroup
	got := make([]*Policy, 16)
	for i := range got {
		wg.Go(func() {
			dir := filepath.Join(root, "pkg", "a")
			if i%2 == 1 {
				dir = filepath.Join(root, "pkg", "b")
			}
			p, err := LoadFor("", dir)
			if err != nil {
				t.Error(err)
			}
			got[i] = p
		})
	}
	wg.Wait()
	for _, p := range got[1:] {
		if p != got[0] {
			t.Fatal("LoadFor loaded the same manifest more than once")
		}
	}
	if got[0].Name != "one" || got[0].Path != manifest {
		t.Errorf("policy %q from %s", got[0].Name, got[0].Path)
	}

	write("version = 1\npolicy = \"two\"\n", time.Now())
	p, err := LoadFor("", root)
	if err != nil || p.Name != "two" {
		t.Errorf("after an edit: %v, %v; want the new manifest", p, err)
	}

	write("version = 1\npolicy = 2\n", time.Now().Add(time.Hour))
	if _, err := LoadFor("", root); err == nil || !strings.HasPrefix(err.Error(), manifest+":2:1: ") {
		t.Errorf("bad manifest: %v", err)
	}

	if err := os.Remove(manifest); err != nil {
		t.Fatal(err)
	}
	if p, err := LoadFor("", root); err != nil || p != Default() {
		t.Errorf("without a manifest: %v, %v; want the default policy", p, err)
	}
}
