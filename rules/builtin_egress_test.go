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
	for _, h := range []string{SentryHost, SegmentHost, MixpanelHost, IntercomHost} {
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
