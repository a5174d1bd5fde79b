package output

import (
	"net/url"
	"path/filepath"
	"strings"
)

// cleanBase returns base as an absolute, clean directory, or "" when no
// base was given or it cannot be made absolute.
func cleanBase(base string) string {
	if base == "" {
		return ""
	}
	abs, err := filepath.Abs(base)
	if err != nil {
		return ""
	}
	return abs
}

// displayPath is file relative to base when file is inside base, and file
// unchanged otherwise (already relative, outside base, or no base).
// Separators stay native: the text format prints paths the way go vet does.
func displayPath(base, file string) string {
	if base == "" || file == "" || !filepath.IsAbs(file) {
		return file
	}
	rel, err := filepath.Rel(base, file)
	if err != nil || !filepath.IsLocal(rel) {
		return file
	}
	return rel
}

// slashPath is a display path with forward slashes, as JSON and SARIF
// print it whatever the operating system.
func slashPath(p string) string {
	return filepath.ToSlash(p)
}

// artifactURI turns a display path into a SARIF artifactLocation: a
// relative, percent-escaped URI against %SRCROOT% for a path inside the
// base directory, or an absolute file: URI for one outside it.
//
// A flow step inside a dependency is displayed as "$GOROOT/src/..." or
// "module@version/path.go" (never a path of the machine): its URI is
// relative to the uriBaseId GOROOT or GOMODCACHE, which the log leaves
// undefined, as it differs from machine to machine.
func artifactURI(displayed string) (uri, uriBaseID string) {
	if filepath.IsAbs(displayed) {
		return fileURI(displayed), ""
	}
	p := slashPath(displayed)
	if rest, ok := strings.CutPrefix(p, "$GOROOT/"); ok {
		return (&url.URL{Path: rest}).String(), goroot
	}
	if inModuleCache(p) {
		return (&url.URL{Path: p}).String(), modCache
	}
	return (&url.URL{Path: p}).String(), srcRoot
}

// Base URIs of dependency files in SARIF.
const (
	goroot   = "GOROOT"
	modCache = "GOMODCACHE"
)

// inModuleCache reports whether a slash-separated display path has the
// module cache's form "host/path@version/file": an element holding an '@'
// followed by a version, before the file name.
func inModuleCache(p string) bool {
	elems := strings.Split(p, "/")
	for _, e := range elems[:len(elems)-1] {
		if _, v, ok := strings.Cut(e, "@"); ok && strings.HasPrefix(v, "v") {
			return true
		}
	}
	return false
}

// fileURI is the file: URI of an absolute path: file:///home/me/x.go,
// file:///C:/Users/me/x.go.
func fileURI(abs string) string {
	p := slashPath(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter: C:/x -> /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dirURI is the file: URI of a directory, with the trailing slash that
// SARIF requires of a uriBaseId's URI so that relative references resolve
// inside it rather than next to it.
func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}
