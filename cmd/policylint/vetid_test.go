package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestManifestsAroundSkipsWhatGoSkips(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{
		"go.mod",
		"policylint.toml",
		"svc/api/policylint.toml",
		"svc/api/x.go",
		".git/policylint.toml",
		".hidden/policylint.toml",
		"vendor/policylint.toml",
		"svc/testdata/policylint.toml",
		"web/node_modules/policylint.toml",
	} {
		path := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, path, f)
	}
	var got []string
	for _, m := range manifestsAround(filepath.Join(root, "svc", "api")) {
		got = append(got, m.name)
	}
	if want := []string{"policylint.toml", "svc/api/policylint.toml"}; !slices.Equal(got, want) {
		t.Errorf("want %q, got %q", want, got)
	}
}

func TestVetToolIDFollowsEveryManifest(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module m\n")
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	in := vetInputs{cwd: dir, flagDir: dir}
	seen := map[string]string{}
	// step changes something and checks that the ID changes with it.
	step := func(what string, change func()) {
		t.Helper()
		change()
		id := in.id()
		if prev, ok := seen[id]; ok {
			t.Errorf("%s: the tool ID is the same as after %s", what, prev)
		}
		seen[id] = what
	}
	step("nothing", func() {})
	step("policylint.toml created", func() { writeFile(t, filepath.Join(dir, "policylint.toml"), "version = 1\n") })
	step("policylint.toml edited", func() { writeFile(t, filepath.Join(dir, "policylint.toml"), "version = 1\n# edited\n") })
	step("sub/policylint.toml created", func() { writeFile(t, filepath.Join(sub, "policylint.toml"), "version = 1\n") })
	step("$POLICYLINT_POLICY set", func() {
		writeFile(t, filepath.Join(dir, "env.toml"), "version = 1\n")
		in.env = "env.toml"
	})
	step("$POLICYLINT_POLICY's file edited", func() { writeFile(t, filepath.Join(dir, "env.toml"), "version = 1\n# edited\n") })
	step("-policy given", func() {
		writeFile(t, filepath.Join(dir, "flag.toml"), "version = 1\n")
		in.flags = []string{"flag.toml"}
	})
	step("-policy's file edited", func() { writeFile(t, filepath.Join(dir, "flag.toml"), "version = 1\n# edited\n") })

	// The same manifests elsewhere give the same ID, so that copies of a
	// tree share go vet's cache.
	other := t.TempDir()
	for _, f := range []string{"go.mod", "policylint.toml", "sub/policylint.toml", "env.toml", "flag.toml"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(other, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(other, f), string(data))
	}
	moved := in
	moved.cwd, moved.flagDir = other, other
	if moved.id() != in.id() {
		t.Errorf("the tool ID depends on where the tree is")
	}
}
