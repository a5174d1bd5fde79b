package rules

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoopbackHostsAreNotEgress(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost":         true,
		"LOCALHOST.":        true,
		"api.localhost":     true,
		"127.0.0.1":         true,
		"127.8.9.10":        true,
		"::1":               true,
		"[::1]:8080":        true,
		"localhost:9200":    true,
		"10.0.0.1":          false,
		"api.stripe.com":    false,
		"localhost.example": false,
		"":                  false,
	} {
		if got := Loopback(host); got != want {
			t.Errorf("Loopback(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestDefaultTOMLDocumentsEgressSinks(t *testing.T) {
	for _, m := range BuiltinEgressModules {
		short := m[strings.LastIndex(m, "/")+1:]
		short = strings.TrimSuffix(strings.TrimSuffix(short, ".v2"), ".v3")
		if short == "v2" || short == "v3" {
			short = strings.Split(m, "/")[2]
		}
		if !strings.Contains(string(DefaultTOML), short) {
			t.Errorf("default.toml does not mention the egress library %s", m)
		}
	}
	for _, sdk := range BuiltinSDKs {
		h := strings.Replace(sdk.Host, "*", "REGION", 1)
		if !strings.Contains(string(DefaultTOML), h) {
			t.Errorf("default.toml does not mention the SDK host %s", h)
		}
	}
}

func TestManifestEgressSinksAddToTheBuiltins(t *testing.T) {
	p, err := Parse("p.toml", []byte(`version = 1
[[rules.piiegress.sinks]]
func = "(*example.com/x.Client).Push"
host = "collect.example.net"
`))
	if err != nil {
		t.Fatal(err)
	}
	sinks := p.EgressSinks()
	if len(sinks) != len(BuiltinEgressSinks)+1 {
		t.Fatalf("got %d sinks, want the %d built-ins and the manifest's", len(sinks), len(BuiltinEgressSinks))
	}
	last := sinks[len(sinks)-1]
	if last.Func != "(*example.com/x.Client).Push" || last.Host != "collect.example.net" || last.URL != -1 || last.Data != nil {
		t.Errorf("manifest sink = %+v", last)
	}

	p, err = Parse("p.toml", []byte("version = 1\n[rules.piiegress]\nbuiltins = false\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.EgressSinks()); n != 0 {
		t.Errorf("builtins = false: got %d sinks, want none", n)
	}
}

// egressStubRoot holds the signature stubs of the HTTP libraries and SDKs
// the piiegress fixtures import.
const egressStubRoot = "../analyzers/piiegress/testdata/src"

// egressUnstubbed are the packages and types the egress catalogue names
// that have no stub: other versions and variants of a stubbed SDK.
var egressUnstubbed = []string{
	"github.com/mrz1836/postmark",
	"github.com/aws/aws-sdk-go/",
	"github.com/aws/aws-sdk-go-v2/service/ses.",
	"gopkg.in/segmentio/analytics-go.v3",
	"github.com/mixpanel/mixpanel-go.Mixpanel",
	"github.com/sendgrid/rest.Send",
	"github.com/getsentry/sentry-go.Client",
	"(*github.com/getsentry/sentry-go.Scope).SetExtras",
	"(*github.com/getsentry/sentry-go.Scope).SetContext",
	"(*github.com/mixpanel/mixpanel-go.ApiClient).Import",
	"(*github.com/mixpanel/mixpanel-go.ApiClient).People",
	"(*firebase.google.com/go/v4/messaging.Client).SendMulticast",
	"(*firebase.google.com/go/v4/messaging.Client).SendAll",
	"github.com/stripe/stripe-go/v76/customer.Update",
	"(github.com/stripe/stripe-go/v76/customer.Client).Update",
	"(*github.com/twilio/twilio-go/rest/api/v2010.ApiService).CreateCall",
}

// egressImporter type-checks the egress stubs from source and the
// standard library from export data.
type egressImporter struct {
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func (im *egressImporter) Import(pkgPath string) (*types.Package, error) {
	if p, ok := im.pkgs[pkgPath]; ok {
		return p, nil
	}
	dir := filepath.Join(egressStubRoot, filepath.FromSlash(pkgPath))
	if !hasGoFiles(dir) {
		return im.std.Import(pkgPath)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(im.fset, filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	p, err := (&types.Config{Importer: im}).Check(pkgPath, im.fset, files, nil)
	if err != nil {
		return nil, err
	}
	im.pkgs[pkgPath] = p
	return p, nil
}

// lookupFunc finds a function or method by its FullName.
func (im *egressImporter) lookupFunc(t *testing.T, ref string) *types.Func {
	t.Helper()
	recv, name := "", ref
	if rest, ok := strings.CutPrefix(ref, "("); ok {
		recv, name, _ = strings.Cut(rest, ").")
	}
	qual := strings.TrimPrefix(recv, "*")
	if recv == "" {
		qual = ref
	}
	pkgPath, ident, ok := splitQualified(qual)
	if !ok {
		t.Errorf("%q: not pkg/path.Name", ref)
		return nil
	}
	pkg, err := im.Import(pkgPath)
	if err != nil {
		t.Errorf("%q: %v", ref, err)
		return nil
	}
	var obj types.Object
	if recv == "" {
		obj = pkg.Scope().Lookup(ident)
	} else if tn, ok := pkg.Scope().Lookup(ident).(*types.TypeName); ok {
		T := tn.Type()
		if strings.HasPrefix(recv, "*") {
			T = types.NewPointer(T)
		}
		obj, _, _ = types.LookupFieldOrMethod(T, true, pkg, name)
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.FullName() != ref {
		t.Errorf("%q does not resolve to a function or method of that name", ref)
		return nil
	}
	return fn
}

// lookupField checks that "pkgpath.Type.Field" names a field.
func (im *egressImporter) lookupField(t *testing.T, ref string) {
	t.Helper()
	i := strings.LastIndexByte(ref, '.')
	pkgPath, typeName, ok := splitQualified(ref[:i])
	if !ok {
		t.Errorf("%q: not pkg/path.Type.Field", ref)
		return
	}
	pkg, err := im.Import(pkgPath)
	if err != nil {
		t.Errorf("%q: %v", ref, err)
		return
	}
	tn, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
	if !ok {
		t.Errorf("%q: no type %s", ref, typeName)
		return
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), false, pkg, ref[i+1:])
	if v, ok := obj.(*types.Var); !ok || !v.IsField() {
		t.Errorf("%q: no such field", ref)
	}
}

func egressStubbed(ref string) bool {
	r := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(ref, "("), "*"), "(")
	for _, u := range egressUnstubbed {
		if strings.HasPrefix(r, strings.TrimPrefix(strings.TrimPrefix(u, "("), "*")) || strings.HasPrefix(ref, u) {
			return false
		}
	}
	return true
}

// TestBuiltinSDKEntriesResolve checks that every SDK sink and host
// override of the egress catalogue names a real function, method or
// field of the SDK's stub, with its arguments in range, so that a typo
// cannot turn an SDK's calls into unknown destinations unnoticed.
func TestBuiltinSDKEntriesResolve(t *testing.T) {
	fset := token.NewFileSet()
	im := &egressImporter{fset: fset, std: importer.ForCompiler(fset, "gc", nil), pkgs: map[string]*types.Package{}}
	checked := 0
	for _, s := range BuiltinEgressSinks {
		if !egressStubbed(s.Func) || strings.HasPrefix(s.Func, "net/http") || strings.HasPrefix(s.Func, "(*net/http") || strings.HasPrefix(s.Func, "(net/http") {
			continue
		}
		fn := im.lookupFunc(t, s.Func)
		if fn == nil {
			continue
		}
		checked++
		for _, i := range append(append([]int{}, s.Data...), s.URL, s.Base) {
			if i >= argCount(fn) {
				t.Errorf("%s: argument %d out of range", s.Func, i)
			}
		}
		if s.SDK != "" {
			if _, ok := BuiltinSDKs[s.SDK]; !ok {
				t.Errorf("%s: no SDK %q", s.Func, s.SDK)
			}
		}
	}
	for name, sdk := range BuiltinSDKs {
		if sdk.Name != name || sdk.Host == "" {
			t.Errorf("SDK %q: name %q, host %q", name, sdk.Name, sdk.Host)
		}
		for _, o := range sdk.Overrides {
			ref := o.Func + o.Field
			if (o.Func == "") == (o.Field == "") {
				t.Errorf("SDK %s: override %+v must name a function or a field", name, o)
			}
			if !egressStubbed(ref) {
				continue
			}
			checked++
			if o.Func != "" {
				if fn := im.lookupFunc(t, o.Func); fn != nil && o.Host == "" && o.Arg >= argCount(fn) {
					t.Errorf("%s: argument %d out of range", o.Func, o.Arg)
				}
				continue
			}
			im.lookupField(t, o.Field)
		}
	}
	if checked < 40 {
		t.Errorf("checked %d entries; the stubs are missing", checked)
	}
}

func TestUnversionedDropsMajorVersions(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/stripe/stripe-go/v76/customer.New":          "github.com/stripe/stripe-go/customer.New",
		"(github.com/stripe/stripe-go/v82/customer.Client).New": "(github.com/stripe/stripe-go/customer.Client).New",
		"github.com/stripe/stripe-go/v76.BackendConfig.URL":     "github.com/stripe/stripe-go.BackendConfig.URL",
		"(*firebase.google.com/go/v4/messaging.Client).Send":    "(*firebase.google.com/go/messaging.Client).Send",
		"github.com/aws/aws-sdk-go-v2/config.WithRegion":        "github.com/aws/aws-sdk-go-v2/config.WithRegion",
		"gopkg.in/intercom/intercom-go.v2.BaseURI":              "gopkg.in/intercom/intercom-go.v2.BaseURI",
		"(*github.com/example/vendor/video.Client).Upload":      "(*github.com/example/vendor/video.Client).Upload",
	} {
		if got := Unversioned(in); got != want {
			t.Errorf("Unversioned(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSDKHostPatternsMatchAllowEntries(t *testing.T) {
	p, err := Parse("p.toml", []byte(`version = 1
[[rules.piiegress.allow]]
host = "email.eu-west-1.amazonaws.com"
data = ["user.contact.email"]
[[rules.piiegress.allow]]
host = "*.sns.example"
data = ["user.contact.phone"]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cat, host string
		want      bool
	}{
		{"user.contact.email", "email.*.amazonaws.com", true},
		{"user.contact.email", "email.eu-west-1.amazonaws.com", true},
		{"user.contact.email", "email.us-east-1.amazonaws.com", false},
		{"user.contact.email", "sns.*.amazonaws.com", false},
		{"user.contact.phone", "email.*.amazonaws.com", false},
		{"user.contact.phone", "api.*.sns.example", true},
	} {
		if got := p.HostPatternAllowed(c.cat, c.host); got != c.want {
			t.Errorf("HostPatternAllowed(%s, %s) = %v, want %v", c.cat, c.host, got, c.want)
		}
	}
}
