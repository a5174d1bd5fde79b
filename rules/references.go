package rules

import (
	"fmt"
	"slices"
	"strings"
)

// RefKind says what a manifest reference names.
type RefKind string

// Reference kinds.
const (
	RefFunc  RefKind = "function" // types.Func.FullName notation
	RefField RefKind = "field"    // pkgpath.Type.Field
	RefType  RefKind = "type"     // pkgpath.Name
)

// Reference is a function, field or type the manifest names. Key is its
// key path in the manifest ("rules.piilog.sinks[0]"), which identifies it
// and locates it through PosOf.
type Reference struct {
	Kind RefKind
	Name string
	Key  string
}

// References returns every function, field and type the manifest names,
// sorted by key, except fields of any type ("*.Email"), which name no
// particular declaration. The built-in catalogue is not included: only
// what a user wrote can be misspelt.
func (p *Policy) References() []Reference {
	var refs []Reference
	add := func(kind RefKind, key string, names []string) {
		for i, n := range names {
			refs = append(refs, Reference{Kind: kind, Name: n, Key: fmt.Sprintf("%s[%d]", key, i)})
		}
	}
	for name, c := range p.Data {
		base := "data." + name
		add(RefType, base+".types", c.Types)
		for i, f := range c.Fields {
			if len(f) > 2 && f[:2] != "*." {
				refs = append(refs, Reference{Kind: RefField, Name: f, Key: fmt.Sprintf("%s.fields[%d]", base, i)})
			}
		}
		add(RefFunc, base+".funcs", c.Funcs)
		add(RefFunc, base+".sanitizers", c.Sanitizers)
		for i, t := range c.ExcludeTypes {
			if !strings.HasSuffix(t, ".*") {
				refs = append(refs, Reference{Kind: RefType, Name: t, Key: fmt.Sprintf("%s.exclude_types[%d]", base, i)})
			}
		}
	}
	add(RefFunc, "rules.piilog.sinks", p.PIILog.Sinks)
	ec := p.EmailConsent
	// A consent check is a function or a boolean field: resolvers try
	// both for these keys.
	add(RefFunc, "rules.emailconsent.consent", ec.Consent)
	add(RefFunc, "rules.emailconsent.consented", ec.Consented)
	add(RefFunc, "rules.emailconsent.transactional", ec.Transactional)
	add(RefFunc, "rules.emailconsent.senders", ec.Senders)
	for i, a := range p.PIIEgress.Allow {
		if a.Func != "" {
			refs = append(refs, Reference{Kind: RefFunc, Name: a.Func, Key: fmt.Sprintf("rules.piiegress.allow[%d].func", i)})
		}
	}
	for i, s := range p.PIIEgress.Sinks {
		refs = append(refs, Reference{Kind: RefFunc, Name: s.Func, Key: fmt.Sprintf("rules.piiegress.sinks[%d].func", i)})
	}
	slices.SortFunc(refs, func(a, b Reference) int {
		if a.Key < b.Key {
			return -1
		}
		if a.Key > b.Key {
			return 1
		}
		return 0
	})
	return refs
}
