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
	if r := p.Recognisers("user.contact.email"); !slices.Equal(r.ExcludeTypes, got) {
		t.Errorf("Recognisers(...).ExcludeTypes = %q, want the manifest's", r.ExcludeTypes)
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

// TestDefaultTOMLDocumentsExclusions keeps what `policylint init` prints in
// step with the built-in exclusions.
func TestDefaultTOMLDocumentsExclusions(t *testing.T) {
	doc := strings.Join(strings.Fields(strings.ReplaceAll(string(DefaultTOML), "#", "")), " ")
	for _, s := range append(append([]string{}, BuiltinExcludedTypes...), BuiltinCredentialFuncs...) {
		if !strings.Contains(doc, s) {
			t.Errorf("default.toml does not document %s", s)
		}
	}
	for _, w := range strings.Split(configWords, "|") {
		w = strings.TrimSuffix(w, "s?")
		if !strings.Contains(strings.ToLower(doc), w) {
			t.Errorf("default.toml does not document the type-name word %s", w)
		}
	}
}

func TestConfigurationTypesAreExcluded(t *testing.T) {
	for _, c := range []struct {
		typeID   string
		manifest []string
		builtins bool
		want     bool
	}{
		{"example.com/shop/config.Config", nil, true, true},
		{"example.com/shop/mail.SMTPSettings", nil, true, true},
		{"example.com/shop/alert.NotifierOptions", nil, true, true},
		{"example.com/shop/mail.mailerConf", nil, true, true},
		{"golang.org/x/oauth2/jwt.Config", nil, true, true},
		{"golang.org/x/oauth2/google.Credentials", nil, true, true},
		{"example.com/shop/user.Profile", nil, true, false},
		{"example.com/shop/event.Conference", nil, true, false},
		{"example.com/shop/store.Adopts", nil, true, false},
		{"", nil, true, false},
		{"example.com/shop/config.Config", nil, false, false},
		{"example.com/shop/ops.Operator", []string{"example.com/shop/ops.Operator"}, false, true},
		{"example.com/shop/ops.Bot", []string{"example.com/shop/ops.*"}, true, true},
		{"example.com/shop/opsx.Bot", []string{"example.com/shop/ops.*"}, true, false},
	} {
		if got := ExcludedType(c.typeID, c.manifest, c.builtins); got != c.want {
			t.Errorf("ExcludedType(%q, %q, %v) = %v, want %v", c.typeID, c.manifest, c.builtins, got, c.want)
		}
	}
}
