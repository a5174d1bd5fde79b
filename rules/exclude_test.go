package rules

import (
	"slices"
	"strings"
	"testing"
)

func TestExcludeTypesKeyIsParsed(t *testing.T) {
	p, err := Parse("p.toml", []byte(`version = 1
[data."user.contact.email"]
exclude_types = ["example.com/acme/ops.Operator", "example.com/acme/config.*"]
`))
	if err != nil {
		t.Fatal(err)
	}
	got := p.Data["user.contact.email"].ExcludeTypes
	if !slices.Equal(got, []string{"example.com/acme/ops.Operator", "example.com/acme/config.*"}) {
		t.Errorf("ExcludeTypes = %q", got)
	}
	refs := p.References()
	if !slices.ContainsFunc(refs, func(r Reference) bool {
		return r.Kind == RefType && r.Name == "example.com/acme/ops.Operator" && r.Key == "data.user.contact.email.exclude_types[0]"
	}) {
		t.Errorf("References() does not list the excluded type: %v", refs)
	}
}

func TestExcludeTypesKeyRejectsMalformedTypes(t *testing.T) {
	_, err := Parse("p.toml", []byte(`version = 1
[data."user.contact.email"]
exclude_types = ["Operator"]
`))
	if err == nil || !strings.Contains(err.Error(), "p.toml:3:") || !strings.Contains(err.Error(), "malformed type reference") {
		t.Errorf("err = %v, want a malformed type reference at p.toml:3", err)
	}
}
