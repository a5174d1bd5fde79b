package rules

import (
	"fmt"
	"go/token"
	"net"
	"net/netip"
	"net/url"
	"path"
	"strings"
)

// The checks below are syntax only: whether a reference names something
// real is known only once the analysed packages are loaded, and is the
// engine's warning to give.

// Reference forms, quoted in messages.
const (
	funcForms  = `"pkg/path.Func", "(*pkg/path.T).M" or "(pkg/path.T).M"`
	fieldForms = `"pkg/path.Type.Field" or "*.Field"`
	typeForms  = `"pkg/path.Name"`
)

// checkFuncRef reports whether s is a function or method in
// types.Func.FullName notation.
func checkFuncRef(s string) bool {
	if rest, ok := strings.CutPrefix(s, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		if !ok || !token.IsIdentifier(method) {
			return false
		}
		return checkQualified(strings.TrimPrefix(recv, "*"), true)
	}
	return checkQualified(s, false)
}

// checkFieldRef reports whether s is "pkg/path.Type.Field" or "*.Field".
func checkFieldRef(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i < 0 || !token.IsIdentifier(s[i+1:]) {
		return false
	}
	return s[:i] == "*" || checkQualified(s[:i], false)
}

// checkTypeRef reports whether s is "pkg/path.Name".
func checkTypeRef(s string) bool { return checkQualified(s, false) }

// checkQualified reports whether s is an import path, a dot and an
// identifier; generic allows type arguments after it, as FullName prints
// them for methods of generic types: "(*pkg.List[T]).Push".
func checkQualified(s string, generic bool) bool {
	if generic && strings.HasSuffix(s, "]") {
		open := strings.IndexByte(s, '[')
		if open < 0 || strings.ContainsAny(s[open+1:len(s)-1], "[]()") {
			return false
		}
		s = s[:open]
	}
	// The identifier follows the last dot: import paths may hold dots
	// ("gopkg.in/gomail.v2.Message"), identifiers may not.
	i := strings.LastIndexByte(s, '.')
	return i > 0 && token.IsIdentifier(s[i+1:]) && checkImportPath(s[:i])
}

// checkImportPath is a loose form of the go command's rules: non-empty
// slash-separated elements of letters, digits and -._~+.
func checkImportPath(p string) bool {
	for _, elem := range strings.Split(p, "/") {
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		for _, r := range elem {
			if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("-._~+", r)) {
				return false
			}
		}
	}
	return true
}

// checkCategoryName reports whether s is a dotted category name.
func checkCategoryName(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' || r == '-') {
				return false
			}
		}
	}
	return true
}

// checkCategoryPattern reports whether s is "*", a name, or a name
// followed by ".*".
func checkCategoryPattern(s string) bool {
	return s == "*" || checkCategoryName(strings.TrimSuffix(s, ".*"))
}

// checkHeader reports whether s is an HTTP field name (an RFC 9110 token).
func checkHeader(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("!#$%&'*+-.^_`|~", r)) {
			return false
		}
	}
	return true
}

// checkTag reports whether s is one struct tag pair, key:"value".
func checkTag(s string) bool {
	key, val, ok := strings.Cut(s, ":")
	if !ok || key == "" || strings.ContainsAny(key, " \t\"`") {
		return false
	}
	return len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' && !strings.ContainsAny(val[1:len(val)-1], "\"`")
}

// normHost checks a host pattern: a host name, an IP address, or
// "*.suffix". It returns the pattern in lower case, or an error whose
// message may suggest the host the user probably meant.
func normHost(s string) (string, error) {
	const want = `want a host name such as "api.stripe.com" or "*.acme.internal"`
	h := strings.TrimSuffix(strings.ToLower(s), ".")
	if a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")); err == nil {
		return a.String(), nil
	}
	// Suggest the host hidden in a URL or a host:port.
	hint := ""
	if u, err := url.Parse(h); err == nil && u.Host != "" {
		hint = u.Hostname()
	} else if host, _, err := net.SplitHostPort(h); err == nil {
		hint = host
	} else if before, _, ok := strings.Cut(h, "/"); ok {
		hint = before
	}
	if hint != "" && hint != h {
		if _, err := normHost(hint); err == nil {
			return "", fmt.Errorf("malformed host %q (%s; did you mean %q?)", s, want, hint)
		}
	}
	if h == "*" {
		return "", fmt.Errorf(`host %q allows every destination; list the processors' hosts instead`, s)
	}
	name := strings.TrimPrefix(h, "*.")
	if len(name) > 253 || name == "" {
		return "", fmt.Errorf("malformed host %q (%s)", s, want)
	}
	for _, label := range strings.Split(name, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return "", fmt.Errorf("malformed host %q (%s)", s, want)
		}
		for _, r := range label {
			if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || r == '_') {
				return "", fmt.Errorf("malformed host %q (%s)", s, want)
			}
		}
	}
	return h, nil
}

// checkGlob checks an exception path pattern and returns it cleaned.
func checkGlob(s string) (string, error) {
	switch {
	case s == "":
		return "", fmt.Errorf("empty path pattern")
	case strings.Contains(s, `\`):
		return "", fmt.Errorf("path pattern %q: use forward slashes", s)
	case path.IsAbs(s) || len(s) > 1 && s[1] == ':':
		return "", fmt.Errorf("path pattern %q must be relative to the manifest's directory", s)
	}
	clean := path.Clean(s)
	for _, elem := range strings.Split(clean, "/") {
		if elem == "**" {
			continue
		}
		if strings.Contains(elem, "**") {
			return "", fmt.Errorf(`path pattern %q: "**" must be a whole path element, as in "internal/**"`, s)
		}
		if _, err := path.Match(elem, ""); err != nil {
			return "", fmt.Errorf("malformed path pattern %q", s)
		}
	}
	return clean, nil
}
