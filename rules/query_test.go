package rules

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMatchCategory(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"*", "user.contact.email", true},
		{"user.*", "user.contact.email", true},
		{"user.*", "user.name", true},
		{"user.*", "user", false}, // below user, not user itself
		{"user.*", "username", false},
		{"user.*", "system.user.x", false},
		{"user.contact.*", "user.contact.email", true},
		{"user.contact.*", "user.name", false},
		{"user.name", "user.name", true},
		{"user.name", "user.name.first", false},
		{"user", "user.name", false},
	}
	for _, tt := range tests {
		if got := MatchCategory(tt.pattern, tt.name); got != tt.want {
			t.Errorf("MatchCategory(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func mustParse(t *testing.T, src string) *Policy {
	t.Helper()
	p, err := Parse(filepath.Join(t.TempDir(), "policylint.toml"), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRuleSettings(t *testing.T) {
	p := mustParse(t, `version = 1
[data."user.contact.iban"]
[rules.piilog]
enabled = false
deny = ["user.contact.*"]
[rules.emailconsent]
severity = "warning"
[rules.piiegress]
severity = "info"
deny = ["*"]
`)
	for rule, want := range map[string]bool{PIILog: false, EmailConsent: true, PIIEgress: true, "nosuchrule": false} {
		if got := p.RuleEnabled(rule); got != want {
			t.Errorf("RuleEnabled(%s) = %v, want %v", rule, got, want)
		}
	}
	for rule, want := range map[string]string{PIILog: "error", EmailConsent: "warning", PIIEgress: "info"} {
		if got := p.Severity(rule); got != want {
			t.Errorf("Severity(%s) = %q, want %q", rule, got, want)
		}
	}
	if got, want := p.Denied(PIILog), []string{"user.contact.email", "user.contact.iban", "user.contact.phone"}; !slices.Equal(got, want) {
		t.Errorf("piilog denies %q, want %q", got, want)
	}
	if !p.Denies(PIIEgress, "user.location") || p.Denies(EmailConsent, "user.contact.email") || p.Denies(PIILog, "user.name") {
		t.Error("Denies disagrees with the deny lists")
	}
	if p.Clause(PIILog) != defaultPIILogClause || p.Clause("nosuchrule") != "" {
		t.Error("a rule without a clause does not keep the default policy's")
	}
}

func TestRuleTableWithoutDenyKeepsTheDefaultDenyList(t *testing.T) {
	p := mustParse(t, `version = 1
[rules.piilog]
sinks = ["example.com/audit.Record"]
[rules.piiegress]
clause = "Only to our processors."
`)
	if !p.Denies(PIILog, IPAddress) || !p.Denies(PIIEgress, "user.contact.email") {
		t.Errorf("piilog denies %q, piiegress %q: want the default policy's", p.Denied(PIILog), p.Denied(PIIEgress))
	}
	if got := p.Clause(PIIEgress); got != "Only to our processors." {
		t.Errorf("piiegress clause = %q", got)
	}
	empty := mustParse(t, "version = 1\n[rules.piilog]\ndeny = []\n")
	if len(empty.Denied(PIILog)) != 0 {
		t.Errorf("an explicit empty deny list denies %q", empty.Denied(PIILog))
	}
}

func TestEgressAllowed(t *testing.T) {
	p := mustParse(t, `version = 1
[rules.piiegress]
deny = ["user.*"]
allow = [
  {host = "api.stripe.com", data = ["user.contact.email", "user.name"]},
  {host = "*.acme.internal", data = ["user.*"]},
  {host = "10.0.0.7", data = ["user.name"]},
  {func = "(*example.com/acme/hooks.Dispatcher).Deliver", data = ["user.*"]},
]
`)
	tests := []struct {
		cat, host, fn string
		want          bool
	}{
		{"user.contact.email", "api.stripe.com", "", true},
		{"user.contact.email", "API.Stripe.com.", "", true},
		{"user.contact.email", "api.stripe.com:443", "", true},
		{"user.device.ip_address", "api.stripe.com", "", false}, // not in its data
		{"user.contact.email", "evil-api.stripe.com", "", false},
		{"user.contact.email", "stripe.com", "", false},
		{"user.location", "billing.acme.internal", "", true},
		{"user.location", "a.b.acme.internal", "", true},
		{"user.location", "acme.internal", "", false},
		{"user.location", "acme.internal.evil.com", "", false},
		{"user.name", "10.0.0.7", "", true},
		{"user.device.ip_address", "", "(*example.com/acme/hooks.Dispatcher).Deliver", true},
		{"user.device.ip_address", "tracker.example", "(*example.com/acme/hooks.Dispatcher).Deliver", true},
		{"user.device.ip_address", "", "(*example.com/acme/hooks.Dispatcher).Other", false},
		{"user.device.ip_address", "", "", false},
	}
	for _, tt := range tests {
		if got := p.EgressAllowed(tt.cat, tt.host, tt.fn); got != tt.want {
			t.Errorf("EgressAllowed(%q, %q, %q) = %v, want %v", tt.cat, tt.host, tt.fn, got, tt.want)
		}
	}
	if Default().EgressAllowed("user.name", "api.stripe.com", "") {
		t.Error("the default policy allows an external host")
	}
}

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"internal/legacy/**", "internal/legacy/log.go", true},
		{"internal/legacy/**", "internal/legacy/a/b/log.go", true},
		{"internal/legacy/**", "internal/legacyx/log.go", false},
		{"internal/legacy/**", "cmd/internal/legacy/log.go", false},
		{"internal/legacy", "internal/legacy/a/log.go", true}, // a directory covers what is below it
		{"internal/*/log.go", "internal/legacy/log.go", true},
		{"internal/*/log.go", "internal/a/b/log.go", false},
		{"internal/*.go", "internal/log.go", true},
		{"internal/*.go", "internal/log_test.txt", false},
		{"**/gen/*.go", "gen/x.go", true},
		{"**/gen/*.go", "a/b/gen/x.go", true},
		{"**/gen/*.go", "a/b/gen2/x.go", false},
		{"a/**/**/z.go", "a/z.go", true},
		{"a/**/c/**/z.go", "a/b/c/d/e/z.go", true},
		{"**", "anything/at/all.go", true},
		{"main.go", "main.go", true},
		{"main.go", "cmd/main.go", false},
	}
	for _, tt := range tests {
		if got := matchGlob(tt.pattern, tt.name); got != tt.want {
			t.Errorf("matchGlob(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func TestExceptionFor(t *testing.T) {
	dir := t.TempDir()
	src := `version = 1
[[exceptions]]
rule    = "piilog"
paths   = ["internal/legacy/**"]
reason  = "legacy access log; removal tracked in SEC-123"
expires = 2027-03-01

[[exceptions]]
rule    = "piilog"
paths   = ["./cmd/*/main.go", "tools"]
reason  = "command-line tools print what they are given"

[[exceptions]]
rule    = "piiegress"
paths   = ["internal/legacy/**"]
reason  = "old partner feed"
expires = "2020-01-01"
`
	p, err := Parse(filepath.Join(dir, "policylint.toml"), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.ParseInLocation(time.DateTime, s, time.FixedZone("far east", 14*3600))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	legacy := filepath.Join(dir, "internal", "legacy", "access", "log.go")
	tests := []struct {
		rule, file  string
		now         time.Time
		wantReason  string
		wantExpired bool
	}{
		{PIILog, legacy, day("2027-03-01 23:59:59"), "legacy access log; removal tracked in SEC-123", false},
		{PIILog, legacy, day("2027-03-02 00:00:00"), "legacy access log; removal tracked in SEC-123", true},
		{PIIEgress, legacy, day("2026-01-01 00:00:00"), "old partner feed", true},
		{EmailConsent, legacy, day("2026-01-01 00:00:00"), "", false},
		{PIILog, filepath.Join(dir, "cmd", "seed", "main.go"), day("2030-01-01 00:00:00"), "command-line tools print what they are given", false},
		{PIILog, filepath.Join(dir, "tools", "x", "y.go"), day("2030-01-01 00:00:00"), "command-line tools print what they are given", false},
		{PIILog, filepath.Join(dir, "cmd", "seed", "util.go"), day("2030-01-01 00:00:00"), "", false},
		{PIILog, filepath.Join(dir, "..", "elsewhere", "internal", "legacy", "x.go"), day("2026-01-01 00:00:00"), "", false},
	}
	for _, tt := range tests {
		ex, expired := p.ExceptionFor(tt.rule, tt.file, tt.now)
		reason := ""
		if ex != nil {
			reason = ex.Reason
		}
		if reason != tt.wantReason || expired != tt.wantExpired {
			t.Errorf("ExceptionFor(%s, %s, %s) = %q, %v; want %q, %v", tt.rule, tt.file, tt.now, reason, expired, tt.wantReason, tt.wantExpired)
		}
	}
}

func TestExceptionPathsOfTheDefaultPolicyAreRelativeToTheWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p := *Default()
	p.Exceptions = []Exception{{Rule: PIILog, Paths: []string{"gen/**"}, Reason: "r"}}
	if ex, _ := p.ExceptionFor(PIILog, filepath.Join(dir, "gen", "x.go"), time.Now()); ex == nil {
		t.Error("absolute path below the working directory not covered")
	}
	if ex, _ := p.ExceptionFor(PIILog, "gen/x.go", time.Now()); ex == nil {
		t.Error("relative path not covered")
	}
}

func TestExceptionPathsThroughASymlink(t *testing.T) {
	target := t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if err := os.MkdirAll(filepath.Join(target, "gen"), 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(target, "gen", "x.go")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Parse(filepath.Join(link, "policylint.toml"), []byte("version = 1\n[[exceptions]]\nrule = \"piilog\"\npaths = [\"gen\"]\nreason = \"r\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ex, _ := p.ExceptionFor(PIILog, file, time.Now()); ex == nil {
		t.Error("a file named by its real path is not covered by a manifest found through a link")
	}
}

func TestWarningsListExpiredExceptions(t *testing.T) {
	p, err := Parse("p.toml", []byte(`version = 1
[[exceptions]]
rule    = "piilog"
paths   = ["internal/legacy/**"]
reason  = "legacy access log; removal tracked in SEC-123"
expires = 2027-03-01

  [[exceptions]]
  rule    = "piiegress"
  paths   = ["x"]
  reason  = "no expiry"
`))
	if err != nil {
		t.Fatal(err)
	}
	if ws := p.Warnings(time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)); len(ws) != 0 {
		t.Errorf("warnings on the expiry day: %v", ws)
	}
	ws := p.Warnings(time.Date(2027, 3, 2, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, w := range ws {
		got = append(got, w.Error())
	}
	want := []string{"p.toml:2:1: exception for piilog expired on 2027-03-01 (legacy access log; removal tracked in SEC-123)"}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
