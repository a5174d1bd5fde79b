// Package rules holds the policy: the manifest schema, its strict TOML
// loading and validation, the embedded default policy and the built-in
// catalogue of library sources, sinks, senders and sanitizers.
//
// It is the first stage of the flow manifest -> engine -> rules -> driver:
// it knows nothing of SSA or go/analysis, so every other package may use it.
package rules

import (
	"time"
)

// Position is a place in a manifest file.
type Position struct {
	File string
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
}

// Policy is a loaded, validated manifest.
type Policy struct {
	// Path is the manifest file in use, or "default" for the embedded policy.
	Path string
	// Hash is the hex SHA-256 of the manifest's bytes.
	Hash string

	Version int
	Name    string // the `policy` key
	URL     string

	// Data holds the data categories by dotted name.
	Data map[string]*Category
	// Rules holds the per-rule settings. A rule absent from the manifest
	// has its defaults (enabled, severity "error").
	PIILog       PIILogRule
	EmailConsent EmailConsentRule
	PIIEgress    PIIEgressRule

	Exceptions []Exception

	// Run is the [run] table: how findings are selected rather than what
	// the rules look for.
	Run Run

	// Pos maps a dotted key path of the manifest (e.g.
	// "rules.piilog.sinks[1]" or "data.user.device.ip_address.funcs[0]")
	// to where it was written, for messages about it.
	Pos map[string]Position

	// dir is the directory exception paths are relative to: the
	// manifest's, or "" for the current directory (the default policy).
	dir string
}

// Category describes what one data category looks like in code.
type Category struct {
	Name        string
	Description string
	Types       []string // "pkgpath.Name"
	Fields      []string // "pkgpath.Type.Field"; "*" for any type: "*.ClientIP"
	Funcs       []string // types.Func.FullName notation
	Headers     []string // HTTP header names, canonicalised by the loader
	Names       []string // RE2 patterns on identifiers
	Tags        []string // struct tags, `key:"value"`
	Sanitizers  []string // functions whose results are clean of this category
	// ExcludeTypes are struct types ("pkgpath.Name") whose fields the
	// category's wildcard recognisers (names, "*.Field" fields, types)
	// do not mark: the service's own accounts and configuration.
	ExcludeTypes []string
	// Builtins is false when the manifest sets builtins = false for this
	// category: the built-in recognisers are then off.
	Builtins bool
}

// Common is the part every rule table shares.
type Common struct {
	Enabled  bool   // default true
	Severity string // "error" | "warning" | "info"; default "error"
	Clause   string // the policy sentence quoted in findings
	Builtins bool   // default true
}

// PIILogRule is [rules.piilog].
type PIILogRule struct {
	Common
	Deny  []string // category names or patterns such as "user.*"
	Sinks []string // extra log sinks
}

// EmailConsentRule is [rules.emailconsent].
type EmailConsentRule struct {
	Common
	Consent       []string
	Consented     []string
	Transactional []string
	Senders       []string
}

// PIIEgressRule is [rules.piiegress].
type PIIEgressRule struct {
	Common
	Deny    []string
	Unknown string // "report" (default) | "allow"
	Allow   []Allow
	Sinks   []SDKSink
}

// Allow is one [[rules.piiegress.allow]] entry. Exactly one of Host and
// Func is set.
type Allow struct {
	Host    string
	Func    string
	Data    []string
	Purpose string
}

// SDKSink is one [[rules.piiegress.sinks]] entry.
type SDKSink struct {
	Func string
	Host string
}

// Run is the [run] table.
type Run struct {
	// Tests is the tests key: whether findings in _test.go files are
	// reported; nil when the manifest does not say (then the -test flag's
	// default applies: off).
	Tests *bool
}

// Exception is one [[exceptions]] entry.
type Exception struct {
	Rule    string
	Paths   []string // globs, slash-separated, relative to the manifest's directory; "**" spans directories
	Reason  string
	Expires time.Time // zero: never
	Pos     Position  // where the entry starts
}

// Rule names.
const (
	PIILog       = "piilog"
	EmailConsent = "emailconsent"
	PIIEgress    = "piiegress"
)

// RuleNames lists the rules in their canonical order.
var RuleNames = []string{PIILog, EmailConsent, PIIEgress}
