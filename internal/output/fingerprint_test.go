package output

import (
	"encoding/json"
	"testing"

	"github.com/policylint/policylint/internal/finding"
)

// sarifFingerprints returns the partial fingerprints of a one-finding
// report, as the SARIF output carries them.
func sarifFingerprints(t *testing.T, f finding.Finding) map[string]string {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(sarifOf(t, &Report{BaseDir: "/src", Findings: []finding.Finding{f}}), &log); err != nil {
		t.Fatal(err)
	}
	return log.Runs[0].Results[0].PartialFingerprints
}

func ipFinding() finding.Finding {
	return finding.Finding{
		Rule: "piilog", Category: "user.device.ip_address", Severity: "error",
		Message:  "client IP from r.RemoteAddr reaches log.Printf without anonymization",
		Pos:      finding.Position{File: "/src/internal/api/handler.go", Line: 42, Column: 13},
		Flow:     []finding.Step{{Pos: finding.Position{File: "/src/internal/api/handler.go", Line: 40, Column: 9}, Note: "r.RemoteAddr"}},
		Function: "example.com/acme/internal/api.Login", Source: "r.RemoteAddr", Sink: "log.Printf",
	}
}

func TestFingerprintIgnoresLineAndColumn(t *testing.T) {
	before := sarifFingerprints(t, ipFinding())
	moved := ipFinding()
	moved.Pos.Line, moved.Pos.Column = 57, 4 // code was added above it
	moved.Flow[0].Pos.Line = 55
	after := sarifFingerprints(t, moved)
	for _, key := range []string{fingerprintKey, githubFingerprintKey} {
		if before[key] == "" || before[key] != after[key] {
			t.Errorf("%s changed when only line numbers changed: %q -> %q", key, before[key], after[key])
		}
	}
}

func TestFingerprintChangesWithIdentity(t *testing.T) {
	base := sarifFingerprints(t, ipFinding())[fingerprintKey]
	for name, change := range map[string]func(*finding.Finding){
		"rule":     func(f *finding.Finding) { f.Rule = "piiegress" },
		"category": func(f *finding.Finding) { f.Category = "user.contact.email" },
		"file":     func(f *finding.Finding) { f.Pos.File = "/src/internal/api/admin.go" },
		"function": func(f *finding.Finding) { f.Function = "example.com/acme/internal/api.Logout" },
		"source":   func(f *finding.Finding) { f.Source = "X-Forwarded-For" },
		"sink":     func(f *finding.Finding) { f.Sink = "(*log/slog.Logger).Info" },
	} {
		f := ipFinding()
		change(&f)
		if got := sarifFingerprints(t, f)[fingerprintKey]; got == base {
			t.Errorf("changing the %s kept the fingerprint %q", name, got)
		}
	}
}

func TestFingerprintDoesNotDependOnBaseDir(t *testing.T) {
	f := ipFinding()
	a := newFingerprinter().next(relativeFinding("/src", f), "internal/api/handler.go")
	f.Pos.File = "/home/ci/work/internal/api/handler.go"
	b := newFingerprinter().next(relativeFinding("/home/ci/work", f), "internal/api/handler.go")
	if a != b {
		t.Errorf("a checkout in another directory changed the fingerprint: %q != %q", a, b)
	}
}

func TestRepeatedFindingsGetDistinctFingerprints(t *testing.T) {
	first, second := ipFinding(), ipFinding()
	second.Pos.Line = 43 // the same flow logged twice in one function
	var log sarifLog
	if err := json.Unmarshal(sarifOf(t, &Report{BaseDir: "/src", Findings: []finding.Finding{second, first}}), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	a, b := res[0].PartialFingerprints[fingerprintKey], res[1].PartialFingerprints[fingerprintKey]
	if a == b {
		t.Errorf("two findings share the fingerprint %q; GitHub would merge their alerts", a)
	}
	if a != sarifFingerprints(t, first)[fingerprintKey] {
		t.Errorf("the first occurrence's fingerprint should not depend on later ones")
	}
}
