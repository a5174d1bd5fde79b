package inventory

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

func pos(file string, line int) finding.Position {
	return finding.Position{File: "/src/" + file, Line: line, Column: 2}
}

// sample is a handful of flows of every kind, with a wrapper's inner hit
// and a test variant's duplicate.
func sample() []Flow {
	step := func(p finding.Position, note string) finding.Step { return finding.Step{Pos: p, Note: note} }
	return []Flow{
		{Category: rules.IPAddress, Kind: KindLog, Destination: "slog", Status: Denied, Reason: "denied in logs",
			Function: "example.com/a.Handle", Package: "example.com/a", Sink: "slog.Info", Pos: pos("a/a.go", 10),
			Steps: []finding.Step{step(pos("a/a.go", 9), "ip from r.RemoteAddr"), step(pos("a/a.go", 10), "reaches slog.Info")}},
		// The same flow, from the package's test variant.
		{Category: rules.IPAddress, Kind: KindLog, Destination: "slog", Status: Denied, Reason: "denied in logs",
			Function: "example.com/a.Handle", Package: "example.com/a", Sink: "slog.Info", Pos: pos("a/a.go", 10),
			Steps: []finding.Step{step(pos("a/a.go", 9), "ip from r.RemoteAddr"), step(pos("a/a.go", 10), "reaches slog.Info")}},
		{Category: rules.Email, Kind: KindHost, Destination: "api.segment.io", Status: Denied, Reason: "not declared",
			Function: "example.com/a.Handle", Package: "example.com/a", Sink: "analytics.Identify", Pos: pos("a/a.go", 12),
			Steps: []finding.Step{step(pos("a/a.go", 11), "email from u.Email"), step(pos("a/a.go", 12), "reaches analytics.Identify")}},
		{Category: rules.Email, Kind: KindHost, Destination: "api.stripe.com", Status: Allowed, Reason: "payment processing",
			Allow:    &Allow{Host: "api.stripe.com", Purpose: "payment processing"},
			Function: "example.com/a.Pay", Package: "example.com/a", Sink: "payment.Create", Pos: pos("a/pay.go", 5),
			Steps: []finding.Step{step(pos("a/pay.go", 4), "email from c.Email"), step(pos("a/pay.go", 5), "reaches payment.Create")}},
		// Through a wrapper in package store, whose own hit on the field
		// is the same flow.
		{Category: rules.Email, Kind: KindStorage, Destination: "sql users", Operation: "INSERT", Status: Allowed, Reason: "declared category",
			Function: "example.com/a.Signup", Package: "example.com/a", Sink: "store.Add", Pos: pos("a/signup.go", 20),
			Steps: []finding.Step{step(pos("a/signup.go", 19), "email from f.Email"), step(pos("a/signup.go", 20), "passed to store.Add"), step(pos("store/store.go", 8), "reaches sql.DB.Exec")}},
		{Category: rules.Email, Kind: KindStorage, Destination: "sql users", Operation: "INSERT", Status: Allowed, Reason: "declared category",
			Function: "example.com/store.Add", Package: "example.com/store", Sink: "sql.DB.Exec", Pos: pos("store/store.go", 8),
			Steps: []finding.Step{step(pos("store/store.go", 7), "email from u.Email"), step(pos("store/store.go", 8), "reaches sql.DB.Exec")}},
		{Category: rules.Email, Kind: KindCookie, Destination: "remember_email", Status: Allowed, Reason: "declared category",
			Function: "example.com/a.Login", Package: "example.com/a", Sink: "gin.Context.SetCookie", Pos: pos("a/login.go", 30),
			Steps: []finding.Step{step(pos("a/login.go", 30), "email from req.Email"), step(pos("a/login.go", 30), "reaches gin.Context.SetCookie")}},
		{Category: rules.Email, Kind: KindMail, Destination: "smtp.SendMail", Status: Denied, Reason: "unguarded",
			Function: "example.com/a.Promo", Package: "example.com/a", Sink: "mailer.Send", Pos: pos("a/promo.go", 3),
			Steps: []finding.Step{step(pos("a/promo.go", 3), "recipient s.Email")}},
		// Tests are left out by default.
		{Category: rules.IPAddress, Kind: KindLog, Destination: "log", Status: Denied, Reason: "denied in logs",
			Function: "example.com/a.TestX", Package: "example.com/a", Sink: "log.Println", Pos: pos("a/a_test.go", 3)},
	}
}

func build(flows []Flow) *Inventory {
	return Build(flows, Options{Module: "example.com", BaseDir: "/src"})
}

func TestBuildGroupsFlowsIntoEntries(t *testing.T) {
	inv := build(sample())
	var got []string
	for _, e := range inv.Entries {
		got = append(got, e.Kind+" "+e.Destination+" "+e.Category+" "+e.Function+" "+e.Sites[0].Pos.File)
		if e.Flows != len(e.Sites) || e.Flows != 1 {
			t.Errorf("%s %s: %d flows, %d sites, want 1", e.Kind, e.Destination, e.Flows, len(e.Sites))
		}
	}
	want := []string{
		"log slog user.device.ip_address example.com/a.Handle a/a.go",
		"mail smtp.SendMail user.contact.email example.com/a.Promo a/promo.go",
		"host api.segment.io user.contact.email example.com/a.Handle a/a.go",
		"host api.stripe.com user.contact.email example.com/a.Pay a/pay.go",
		"storage sql users user.contact.email example.com/a.Signup a/signup.go",
		"cookie remember_email user.contact.email example.com/a.Login a/login.go",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTestFlowsOnlyWithTests(t *testing.T) {
	inv := Build(sample(), Options{BaseDir: "/src", Tests: true})
	found := false
	for _, e := range inv.Entries {
		found = found || strings.HasSuffix(e.Sites[0].Pos.File, "_test.go")
	}
	if !found {
		t.Error("with Tests, the flow in a_test.go is missing")
	}
}

func TestSameFlowsInAnyOrderSameBytes(t *testing.T) {
	p := mustParse(t, allowStripe)
	render := func(flows []Flow) string {
		inv := build(flows)
		inv.Categories = Categories(p)
		CheckDrift(inv, p, func(s string) string { return s })
		var b bytes.Buffer
		for _, w := range []func(io.Writer, *Inventory) error{WriteJSON, WriteMarkdown, WriteHTML, WriteFides} {
			if err := w(&b, inv); err != nil {
				t.Fatal(err)
			}
		}
		return b.String()
	}
	first := render(sample())
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		flows := sample()
		r.Shuffle(len(flows), func(a, b int) { flows[a], flows[b] = flows[b], flows[a] })
		if got := render(flows); got != first {
			t.Fatalf("shuffle %d renders differently", i)
		}
	}
}

const allowStripe = `version = 1
[data."user.device.ip_address"]
description = "a visitor's IP address"

[[rules.piiegress.allow]]
host    = "api.stripe.com"
data    = ["user.contact.email"]
purpose = "payment processing"

[[rules.piiegress.allow]]
host    = "api.mailgun.net"
data    = ["user.contact.email"]
purpose = "transactional e-mail"
`

func mustParse(t *testing.T, src string) *rules.Policy {
	t.Helper()
	p, err := rules.Parse("/m/policylint.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestEachDriftCaseHasItsLine: an allowlisted host that receives nothing
// (mailgun), a host receiving a category no allow entry lists for it
// (segment), a category stored that the manifest has no table for
// (e-mail; the IP address has one).
func TestEachDriftCaseHasItsLine(t *testing.T) {
	p := mustParse(t, allowStripe)
	flows := append(sample(), Flow{Category: rules.IPAddress, Kind: KindStorage, Destination: "sql consents", Operation: "INSERT",
		Status: Allowed, Function: "example.com/a.Consent", Package: "example.com/a", Pos: pos("a/consent.go", 4)})
	inv := build(flows)
	CheckDrift(inv, p, func(s string) string { return strings.TrimPrefix(s, "/m/") })
	var got []string
	for _, d := range inv.Drift {
		got = append(got, d.Kind+": "+d.String())
	}
	want := []string{
		`undeclared-recipient: a/a.go:12:2: api.segment.io receives user.contact.email, which no allow entry of the manifest lists for it`,
		`undeclared-storage: a/signup.go:20:2: user.contact.email is written to storage (sql users), but the manifest has no [data."user.contact.email"] table`,
		`unused-allow: policylint.toml:10:1: allow entry for api.mailgun.net (transactional e-mail) receives no personal data in the analysed packages`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("drift:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNoDriftWhenTheManifestCoversTheCode(t *testing.T) {
	p := mustParse(t, `version = 1
[data."user.contact.email"]
description = "e-mail"
[[rules.piiegress.allow]]
host = "api.stripe.com"
data = ["user.contact.email"]
`)
	inv := build(sample()[:4])
	CheckDrift(inv, p, func(s string) string { return s })
	for _, d := range inv.Drift {
		if d.Kind != DriftUndeclaredRecipient || d.Destination != "api.segment.io" {
			t.Errorf("unexpected drift: %s", d)
		}
	}
	if len(inv.Drift) != 1 {
		t.Errorf("want only segment's drift, got %v", inv.Drift)
	}
}

// TestHTMLHasAnEdgePairForEveryEntry parses the page as XML: one svg, and
// for every entry an edge from its category to its package and one from
// its package to its destination, each listing the entry.
func TestHTMLHasAnEdgePairForEveryEntry(t *testing.T) {
	inv := build(sample())
	var b bytes.Buffer
	if err := WriteHTML(&b, inv); err != nil {
		t.Fatal(err)
	}
	checkPage(t, b.Bytes(), inv)
}

// checkPage checks a page against its inventory; the command's test uses
// it too, through CheckPage.
func checkPage(t *testing.T, page []byte, inv *Inventory) {
	t.Helper()
	if err := CheckPage(page, inv); err != nil {
		t.Error(err)
	}
}

func TestJSONKeys(t *testing.T) {
	inv := build(sample())
	var b bytes.Buffer
	if err := WriteJSON(&b, inv); err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "module", "policy", "categories", "entries", "drift", "errors"} {
		if _, ok := top[k]; !ok {
			t.Errorf("no %q key", k)
		}
	}
	var entries []map[string]json.RawMessage
	if err := json.Unmarshal(top["entries"], &entries); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"category", "kind", "destination", "status", "function", "package", "flows", "flow", "sites"} {
		if _, ok := entries[0][k]; !ok {
			t.Errorf("no %q key in an entry", k)
		}
	}
}

func TestFidesDeclaresThirdPartiesAsEgress(t *testing.T) {
	inv := build(sample())
	var b bytes.Buffer
	if err := WriteFides(&b, inv); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"egress:\n      - fides_key: api_segment_io\n        type: system\n        data_categories:\n          - user.contact.email\n",
		"- name: \"api.stripe.com: payment processing\"\n        data_categories:\n          - user.contact.email\n        data_use: essential.service.payment_processing\n        data_subjects: []\n        egress:\n          - api_stripe_com\n",
		"data_use: collect\n",                        // segment: not declared
		"data_use: marketing.communications.email\n", // the unguarded send
		"data_use: functional.storage\n",             // the cookie
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the fragment lacks %q:\n%s", want, out)
		}
	}
}

// TestCheckPageCatchesAMissingEdge: the page check fails on a page with
// an edge taken out, a second svg, or a script from the network.
func TestCheckPageCatchesAMissingEdge(t *testing.T) {
	inv := build(sample())
	var b bytes.Buffer
	if err := WriteHTML(&b, inv); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	start := strings.Index(page, `<g class="edge`)
	end := start + strings.Index(page[start:], "</g>") + len("</g>")
	for name, bad := range map[string]string{
		"an edge less":    page[:start] + page[end:],
		"two svgs":        strings.Replace(page, "</body>", `<svg xmlns="http://www.w3.org/2000/svg"></svg></body>`, 1),
		"a remote script": strings.Replace(page, "</body>", `<script src="https://cdn.example/x.js"></script></body>`, 1),
		"not well-formed": strings.Replace(page, "</table>", "", 1),
	} {
		if CheckPage([]byte(bad), inv) == nil {
			t.Errorf("%s: the check passed", name)
		}
	}
}
