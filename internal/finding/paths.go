package finding

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// roots are the directories whose files are not the user's: the Go
// distribution and the module cache. The go command sets GOROOT and
// GOMODCACHE in the environment of the vet tool it runs; elsewhere they
// come from go/build's defaults.
var roots = sync.OnceValue(func() (r struct{ goroot, modcache string }) {
	r.goroot = os.Getenv("GOROOT")
	if r.goroot == "" {
		r.goroot = build.Default.GOROOT
	}
	r.modcache = os.Getenv("GOMODCACHE")
	if r.modcache == "" {
		if gopath := filepath.SplitList(build.Default.GOPATH); len(gopath) > 0 && gopath[0] != "" {
			r.modcache = filepath.Join(gopath[0], "pkg", "mod")
		}
	}
	r.goroot, r.modcache = cleanDir(r.goroot), cleanDir(r.modcache)
	return r
})

func cleanDir(dir string) string {
	if dir == "" {
		return ""
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return dir
}

// under returns file relative to dir when it lies inside it.
func under(dir, file string) (string, bool) {
	if dir == "" || !filepath.IsAbs(file) {
		return "", false
	}
	rel, err := filepath.Rel(dir, file)
	if err != nil || !filepath.IsLocal(rel) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// InDependency reports whether file belongs to the Go distribution, the
// module cache or a vendor directory: code the user does not maintain,
// where no finding is ever reported.
func InDependency(file string) bool {
	r := roots()
	if _, ok := under(r.goroot, file); ok {
		return true
	}
	if _, ok := under(r.modcache, file); ok {
		return true
	}
	return strings.Contains(filepath.ToSlash(file), "/vendor/") || strings.HasPrefix(filepath.ToSlash(file), "vendor/")
}

// DisplayPath is how a flow step names a file outside the user's module,
// never as a path of this machine: "$GOROOT/src/net/http/server.go" in the
// Go distribution, "github.com/lib/pq@v1.12.3/conn.go" in the module
// cache (module path and version unescaped, as go.mod spells them). Other
// paths are returned unchanged.
func DisplayPath(file string) string {
	r := roots()
	if rel, ok := under(r.goroot, file); ok {
		return "$GOROOT/" + rel
	}
	if rel, ok := under(r.modcache, file); ok {
		if strings.HasPrefix(rel, "cache/") {
			return rel
		}
		// rel is "<module path>@<version>/<file>", upper-case letters
		// escaped as "!" and the lower-case letter in the first two.
		if at := strings.Index(rel, "@"); at >= 0 {
			ver, _, _ := strings.Cut(rel[at+1:], "/")
			return unescape(rel[:at+1+len(ver)]) + rel[at+1+len(ver):]
		}
		return rel
	}
	return file
}

// unescape undoes the module cache's escaping: "!x" stands for "X".
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '!' && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' {
			b.WriteByte(s[i+1] - 'a' + 'A')
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
