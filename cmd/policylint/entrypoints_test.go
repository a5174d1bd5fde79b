package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/policylint/policylint/internal/finding"
)

// stream writes the records of a run as the vet tool prints them.
func stream(t *testing.T, recs ...streamRecord) string {
	t.Helper()
	var b strings.Builder
	for _, r := range recs {
		line, err := json.Marshal(map[string]streamRecord{streamKey: r})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func mailFinding(file string, line int, msg string) finding.Finding {
	return finding.Finding{Rule: "emailconsent", Category: "user.contact.email", Severity: "error", Message: msg,
		Pos: finding.Position{File: file, Line: line, Column: 2}, Function: "f"}
}

func findingLines(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Message)
	}
	slices.Sort(out)
	return out
}

func TestDriverReportsExportedWrappersThatNoAnalysedPackageCalls(t *testing.T) {
	sendBulk := mailFinding("/m/notify/notify.go", 62, "pending: SendBulk at its send")
	campaign := mailFinding("/m/jobs/jobs.go", 103, "pending: SendCampaign at its send")
	forward := mailFinding("/m/jobs/jobs.go", 120, "pending: Forward at its send")
	weekly := mailFinding("/m/digest/digest.go", 47, "shown: SendWeeklyDigest at its send")
	weeklyCall := mailFinding("/m/cmd/main.go", 20, "moved: the unguarded call of SendWeeklyDigest")
	launch := mailFinding("/m/digest/digest.go", 90, "shown: Launch at its send")
	ext := mailFinding("/m/cmd/main.go", 30, "moved: a callee whose package is not in the run")
	fixed := mailFinding("/m/digest/digest.go", 120, "shown: Hook, used as a value in its package")
	fixedCall := mailFinding("/m/cmd/main.go", 40, "not moved: Hook's callers are unknown")

	notify := streamRecord{Package: "m/notify", Rule: "emailconsent", Entries: []wireEntry{
		{Func: "m/notify.SendBulk", Finding: toWire(sendBulk)},
	}}
	jobs := streamRecord{Package: "m/jobs", Rule: "emailconsent", Entries: []wireEntry{
		{Func: "(*m/jobs.Worker).SendCampaign", Finding: toWire(campaign)},
		{Func: "m/jobs.Forward", Finding: toWire(forward)},
	}}
	digest := streamRecord{Package: "m/digest", Rule: "emailconsent",
		Findings: []wireFinding{toWire(weekly), toWire(launch), toWire(fixed)},
		Entries: []wireEntry{
			{Func: "(*m/digest.Service).SendWeeklyDigest", Finding: toWire(weekly), Shown: true},
			{Func: "(*m/digest.Service).Launch", Finding: toWire(launch), Shown: true},
			{Func: "m/digest.Hook", Finding: toWire(fixed), Shown: true, Fixed: true},
		},
		Calls: []wireCall{{Func: "m/notify.SendBulk", Guarded: true}},
	}
	wc, ec, fc := toWire(weeklyCall), toWire(ext), toWire(fixedCall)
	cmd := streamRecord{Package: "m/cmd", Rule: "emailconsent", Calls: []wireCall{
		// SendCampaign: used as a job handler, callers unknown.
		{Func: "(*m/jobs.Worker).SendCampaign", Value: true},
		// SendWeeklyDigest: called unguarded once; the finding moves.
		{Func: "(*m/digest.Service).SendWeeklyDigest"},
		{Func: "(*m/digest.Service).SendWeeklyDigest", Finding: &wc},
		// Launch: every call guarded: clean.
		{Func: "(*m/digest.Service).Launch", Guarded: true},
		// A callee of a package that is not in the run.
		{Func: "(*ext.Mailer).SendAll", Finding: &ec},
		// Hook is used as a value in its own package: it stays.
		{Func: "m/digest.Hook", Finding: &fc},
	}}
	// The package and its test variant print the same record.
	out := stream(t, notify, jobs, digest, digest, cmd)
	run, err := parseVetOutput(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got := findingLines(run.findings)
	want := findingLines([]finding.Finding{campaign, forward, weeklyCall, ext, fixed})
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
}

func TestDriverWithoutEntriesKeepsTheFindings(t *testing.T) {
	f := mailFinding("/m/a.go", 3, "plain")
	run, err := parseVetOutput(strings.NewReader(stream(t, streamRecord{Package: "m", Rule: "emailconsent", Findings: []wireFinding{toWire(f)}})))
	if err != nil {
		t.Fatal(err)
	}
	if got := findingLines(run.findings); !slices.Equal(got, []string{"plain"}) {
		t.Errorf("got %q", got)
	}
}
