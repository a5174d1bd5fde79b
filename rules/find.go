package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

const (
	// ManifestName is the file name discovery looks for.
	ManifestName = "policylint.toml"
	// EnvVar names a manifest when no -policy flag is given.
	EnvVar = "POLICYLINT_POLICY"
)

// Find returns the absolute path of the manifest that applies to the
// package in pkgDir, or "" for the embedded default policy:
//
//  1. explicit, the -policy flag;
//  2. else $POLICYLINT_POLICY;
//  3. else the nearest policylint.toml in pkgDir or a parent of it, up to
//     the directory that holds go.mod;
//  4. else "".
//
// A relative explicit or $POLICYLINT_POLICY path is tried against the
// current directory, then $PWD, then pkgDir and each of its parents: go vet
// runs the tool inside each package directory, and -policy=policylint.toml
// given at the repository root must still be found there. A named manifest
// that cannot be found is an error. An empty pkgDir means the current
// directory.
func Find(explicit, pkgDir string) (string, error) {
	if explicit != "" {
		return locate(explicit, pkgDir)
	}
	if env := os.Getenv(EnvVar); env != "" {
		p, err := locate(env, pkgDir)
		if err != nil {
			return "", fmt.Errorf("$%s: %w", EnvVar, err)
		}
		return p, nil
	}
	return discover(pkgDir)
}

// locate finds a manifest named by the user.
func locate(name, pkgDir string) (string, error) {
	var tried []string
	try := func(p string) (string, bool, error) {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", false, nil
		}
		tried = append(tried, abs)
		switch fi, err := os.Stat(abs); {
		case errors.Is(err, fs.ErrNotExist):
			return "", false, nil
		case err != nil:
			return "", false, fmt.Errorf("policy file %s: %w", name, err)
		case fi.IsDir():
			return "", false, fmt.Errorf("policy file %s is a directory", abs)
		}
		return abs, true, nil
	}
	if filepath.IsAbs(name) {
		if p, ok, err := try(name); ok || err != nil {
			return p, err
		}
		return "", fmt.Errorf("policy file %s: %w", name, fs.ErrNotExist)
	}
	dirs := []string{"."}
	if pwd := os.Getenv("PWD"); filepath.IsAbs(pwd) {
		dirs = append(dirs, pwd)
	}
	for dir := absDir(pkgDir); ; dir = filepath.Dir(dir) {
		dirs = append(dirs, dir)
		if filepath.Dir(dir) == dir {
			break
		}
	}
	seen := make(map[string]bool)
	for _, dir := range dirs {
		c := filepath.Join(dir, name)
		if seen[c] {
			continue
		}
		seen[c] = true
		if p, ok, err := try(c); ok || err != nil {
			return p, err
		}
	}
	return "", &notFoundError{name: name, pkgDir: absDir(pkgDir)}
}

// notFoundError says where a relative manifest path was looked for.
type notFoundError struct{ name, pkgDir string }

func (e *notFoundError) Error() string {
	return fmt.Sprintf("policy file %s not found in the current directory, $PWD, or %s and its parents", e.name, e.pkgDir)
}

func (e *notFoundError) Unwrap() error { return fs.ErrNotExist }

func absDir(dir string) string {
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// discover walks up from pkgDir to the module root looking for
// policylint.toml.
func discover(pkgDir string) (string, error) {
	for dir := absDir(pkgDir); ; {
		p := filepath.Join(dir, ManifestName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// LoadFor finds (see Find) and loads the policy for the package in pkgDir.
// Manifests are cached for the life of the process by path, modification
// time and size, so a run loads each once however many packages use it;
// an edited file is read again. The returned policy is shared: do not
// modify it.
func LoadFor(explicit, pkgDir string) (*Policy, error) {
	path, err := Find(explicit, pkgDir)
	if err != nil {
		return nil, err
	}
	if path == "" {
		return Default(), nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("loading policy %s: %w", path, err)
	}
	cache.mu.Lock()
	e := cache.entries[path]
	if e == nil || !e.mtime.Equal(fi.ModTime()) || e.size != fi.Size() {
		e = &cacheEntry{mtime: fi.ModTime(), size: fi.Size()}
		cache.entries[path] = e
	}
	cache.mu.Unlock()
	// Loading outside the lock lets different manifests load in parallel;
	// the Once makes goroutines that want the same one wait for it.
	e.once.Do(func() { e.policy, e.err = Load(path) })
	return e.policy, e.err
}

var cache = struct {
	mu      sync.Mutex
	entries map[string]*cacheEntry // by absolute path
}{entries: make(map[string]*cacheEntry)}

type cacheEntry struct {
	mtime  time.Time
	size   int64
	once   sync.Once
	policy *Policy
	err    error
}
