package rules

import (
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
	im := newDirImporter(egressStubRoot)
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
