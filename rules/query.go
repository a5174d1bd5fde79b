package rules

import (
	"fmt"
	"maps"
	"net"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// What the engine and the rule analyzers ask of a loaded policy. A Policy
// is shared between analyzers and goroutines: none of these change it.

// PosOf returns where the manifest wrote key (a path as in Policy.Pos), or
// where its nearest enclosing table was; line 0 when the policy is not
// from a file position at all.
func (p *Policy) PosOf(key string) Position {
	pos := lookupPos(p.Pos, key)
	if pos.Line == 0 {
		pos.File = p.Path
	}
	return pos
}

// lookupPos finds key, or failing that its nearest recorded parent, in pos.
func lookupPos(pos map[string]Position, key string) Position {
	for key != "" {
		if p, ok := pos[key]; ok {
			return p
		}
		if strings.HasSuffix(key, "]") {
			key = key[:strings.LastIndexByte(key, '[')]
		} else if i := strings.LastIndexByte(key, '.'); i >= 0 {
			key = key[:i]
		} else {
			break
		}
	}
	return Position{}
}

// MatchCategory reports whether a category pattern from a manifest matches
// the category name: "*" matches every category, "user.*" every category
// below user (user.contact.email, not user itself), anything else only
// itself.
func MatchCategory(pattern, name string) bool {
	if pattern == "*" {
		return true
	}
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok && strings.HasSuffix(prefix, ".") {
		return len(name) > len(prefix) && strings.HasPrefix(name, prefix)
	}
	return pattern == name
}

// Categories returns the names of the policy's data categories, the
// manifest's and the default ones, sorted.
func (p *Policy) Categories() []string {
	return slices.Sorted(maps.Keys(p.Data))
}

func (p *Policy) common(rule string) *Common {
	switch rule {
	case PIILog:
		return &p.PIILog.Common
	case EmailConsent:
		return &p.EmailConsent.Common
	case PIIEgress:
		return &p.PIIEgress.Common
	}
	return nil
}

// RuleEnabled reports whether the rule is on; false for unknown rules.
func (p *Policy) RuleEnabled(rule string) bool {
	c := p.common(rule)
	return c != nil && c.Enabled
}

// Severity returns the rule's severity: "error", "warning" or "info".
func (p *Policy) Severity(rule string) string {
	if c := p.common(rule); c != nil && c.Severity != "" {
		return c.Severity
	}
	return "error"
}

// Clause returns the policy sentence the rule enforces, "" if none.
func (p *Policy) Clause(rule string) string {
	if c := p.common(rule); c != nil {
		return c.Clause
	}
	return ""
}

func (p *Policy) deny(rule string) []string {
	switch rule {
	case PIILog:
		return p.PIILog.Deny
	case PIIEgress:
		return p.PIIEgress.Deny
	}
	return nil
}

// Denies reports whether the rule's deny list covers the category.
// emailconsent denies nothing: it is about consent, not categories.
func (p *Policy) Denies(rule, category string) bool {
	return slices.ContainsFunc(p.deny(rule), func(pat string) bool { return MatchCategory(pat, category) })
}

// Denied returns the categories the rule denies, sorted.
func (p *Policy) Denied(rule string) []string {
	var out []string
	for _, c := range p.Categories() {
		if p.Denies(rule, c) {
			out = append(out, c)
		}
	}
	return out
}

// EgressAllowed reports whether an allow entry of piiegress lets data of
// the category go to host (a host name as url.URL.Hostname returns it) or
// be sent from within enclosingFunc (types.Func.FullName notation). Either
// may be "" when unknown. Whether the category is denied at all, and what
// to do with loopback hosts or an unresolved destination, is the caller's
// business.
func (p *Policy) EgressAllowed(category, host, enclosingFunc string) bool {
	for _, a := range p.PIIEgress.Allow {
		if !slices.ContainsFunc(a.Data, func(pat string) bool { return MatchCategory(pat, category) }) {
			continue
		}
		if a.Host != "" && host != "" && MatchHost(a.Host, host) {
			return true
		}
		if a.Func != "" && a.Func == enclosingFunc {
			return true
		}
	}
	return false
}

// MatchHost reports whether host matches a manifest host pattern: the
// same host, ignoring case and a trailing dot, or for "*.acme.internal"
// any host below acme.internal, at any depth (but not acme.internal
// itself). A port on host is ignored.
func MatchHost(pattern, host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	pattern = strings.TrimSuffix(strings.ToLower(pattern), ".")
	if suffix, ok := strings.CutPrefix(pattern, "*"); ok {
		return strings.HasSuffix(host, suffix) && len(host) > len(suffix)
	}
	return host == pattern
}

// ExceptionFor returns the exception of the manifest that covers findings
// of rule in file (a path, absolute or relative to the current
// directory), if any. An exception past its expiry date no longer applies:
// when only such exceptions cover the file, the first is returned with
// expired set, so that the caller can say why the finding is back.
func (p *Policy) ExceptionFor(rule, file string, now time.Time) (ex *Exception, expired bool) {
	rel := p.relPath(file)
	var stale *Exception
	for i := range p.Exceptions {
		e := &p.Exceptions[i]
		if e.Rule != rule || !slices.ContainsFunc(e.Paths, func(pat string) bool { return matchGlob(pat, rel) }) {
			continue
		}
		if !e.expired(now) {
			return e, false
		}
		if stale == nil {
			stale = e
		}
	}
	return stale, stale != nil
}

// Warnings returns the problems of the manifest that do not stop a run:
// exceptions past their expiry date.
func (p *Policy) Warnings(now time.Time) []*Error {
	var ws []*Error
	for _, e := range p.Exceptions {
		if e.expired(now) {
			ws = append(ws, &Error{
				Pos: e.Pos,
				Msg: fmt.Sprintf("exception for %s expired on %s (%s)", e.Rule, e.Expires.Format(time.DateOnly), e.Reason),
			})
		}
	}
	return ws
}

// expired reports whether now is past the exception's expiry date. The
// date is a whole day: an exception expiring on 2027-03-01 still holds
// that day, wherever now's location is.
func (e *Exception) expired(now time.Time) bool {
	if e.Expires.IsZero() {
		return false
	}
	y, m, d := now.Date()
	return e.Expires.Before(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// relPath returns file relative to the policy's directory, slash-separated.
func (p *Policy) relPath(file string) string {
	base := p.dir
	if base == "" {
		base, _ = os.Getwd()
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(base, abs)
	if err == nil && escapes(rel) {
		// The manifest may have been found through a symbolic link
		// ($PWD), the file by its real path, or the other way round.
		rb, err1 := filepath.EvalSymlinks(base)
		ra, err2 := filepath.EvalSymlinks(abs)
		if err1 == nil && err2 == nil {
			if r, err := filepath.Rel(rb, ra); err == nil && !escapes(r) {
				rel = r
			}
		}
	}
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// escapes reports whether a relative path leads out of its base.
func escapes(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// matchGlob matches a slash-separated path against an exception pattern:
// path.Match within an element, "**" for any number of elements. A pattern
// that matches a directory matches everything below it, so "internal/legacy"
// and "internal/legacy/**" are the same.
func matchGlob(pattern, name string) bool {
	return matchElems(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchElems(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for len(pat) > 0 && pat[0] == "**" {
				pat = pat[1:]
			}
			if len(pat) == 0 {
				return true
			}
			for i := range name {
				if matchElems(pat, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return true
}
