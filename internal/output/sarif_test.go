package output

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/policylint/policylint/internal/finding"
)

// schemaFile is the official SARIF 2.1.0 JSON schema (OASIS, errata 01),
// stored so that the test runs offline. Source: oasis-tcs/sarif-spec,
// Schemata/sarif-schema-2.1.0.json, the file GitHub's SARIF documentation
// links to.
var schemaFile = filepath.Join("testdata", "sarif-schema-2.1.0.json")

var sarifSchemaOnce = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open(schemaFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // check "uri" and "uri-reference", not just the shape
	if err := c.AddResource(schemaFile, doc); err != nil {
		return nil, err
	}
	return c.Compile(schemaFile)
})

func validateSARIF(t *testing.T, data []byte) error {
	t.Helper()
	schema, err := sarifSchemaOnce()
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return schema.Validate(inst)
}

func sarifOf(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSARIFValidatesAgainstOfficialSchema(t *testing.T) {
	odd := fixture()
	odd.BaseDir = "/home/dev/my project"
	odd.Findings = []finding.Finding{{
		Rule: "piilog", Message: "m",
		Pos:  finding.Position{File: "/home/dev/my project/ünïcode/100%?.go", Line: 1},
		Flow: []finding.Step{{Note: "a step without a position"}},
	}}
	for name, r := range map[string]*Report{
		"fixture":     fixture(),
		"empty":       {},
		"odd paths":   odd,
		"no base dir": {Findings: fixture().Findings},
	} {
		t.Run(name, func(t *testing.T) {
			if err := validateSARIF(t, sarifOf(t, r)); err != nil {
				t.Errorf("SARIF output does not validate:\n%v", err)
			}
		})
	}
}

// TestSchemaValidationCanFail makes sure the validator above is not
// vacuous: it must reject a log that breaks the schema.
func TestSchemaValidationCanFail(t *testing.T) {
	for name, bad := range map[string]func(map[string]any){
		"level":   func(m map[string]any) { result(m)["level"] = "fatal" },
		"version": func(m map[string]any) { m["version"] = "2.0.0" },
		"region":  func(m map[string]any) { physical(result(m))["region"] = map[string]any{"startLine": 0} },
		"uri":     func(m map[string]any) { physical(result(m))["artifactLocation"] = map[string]any{"uri": "a b\\c"} },
	} {
		t.Run(name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(sarifOf(t, fixture()), &m); err != nil {
				t.Fatal(err)
			}
			bad(m)
			data, _ := json.Marshal(m)
			if validateSARIF(t, data) == nil {
				t.Errorf("the schema accepted an invalid log")
			}
		})
	}
}

func run0(m map[string]any) map[string]any {
	return m["runs"].([]any)[0].(map[string]any)
}

func result(m map[string]any) map[string]any {
	return run0(m)["results"].([]any)[0].(map[string]any)
}

func physical(res map[string]any) map[string]any {
	return res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
}

// TestSARIFMeetsGitHubRequirements checks what GitHub code scanning needs
// beyond the schema (docs.github.com, "SARIF support for code scanning"):
// rule texts that are present and at most 1024 characters, results whose
// ruleIndex points at their rule, one location, a primaryLocationLineHash,
// and repository-relative URIs.
func TestSARIFMeetsGitHubRequirements(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(sarifOf(t, fixture()), &log); err != nil {
		t.Fatal(err)
	}
	if log.Schema == "" || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("want $schema, version 2.1.0 and one run; got %q %q %d runs", log.Schema, log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "policylint" || run.Tool.Driver.Version != "v0.3.0" || run.Tool.Driver.InformationURI == "" {
		t.Errorf("driver = %+v", run.Tool.Driver)
	}
	for _, rule := range run.Tool.Driver.Rules {
		for what, text := range map[string]string{
			"shortDescription": rule.ShortDescription.Text,
			"fullDescription":  rule.FullDescription.Text,
		} {
			if text == "" || utf8.RuneCountInString(text) > githubTextLimit {
				t.Errorf("rule %s: %s has %d characters, want 1..1024", rule.ID, what, utf8.RuneCountInString(text))
			}
		}
		if rule.Help.Text == "" || rule.Help.Markdown == "" || len(rule.Properties.Tags) == 0 || rule.HelpURI == "" && rule.ID != "policylint" {
			t.Errorf("rule %s: want help text and markdown, tags and a help URI; got %+v", rule.ID, rule)
		}
	}
	for _, res := range run.Results {
		if res.RuleIndex == nil || run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %q: ruleIndex does not point at its rule", res.Message.Text)
		}
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation == nil {
			t.Fatalf("result %q: want exactly one physical location", res.Message.Text)
		}
		if res.PartialFingerprints[githubFingerprintKey] == "" || res.PartialFingerprints[fingerprintKey] == "" {
			t.Errorf("result %q: partialFingerprints = %v", res.Message.Text, res.PartialFingerprints)
		}
		loc := res.Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URIBaseID == srcRoot && (strings.HasPrefix(loc.URI, "/") || strings.Contains(loc.URI, `\`)) {
			t.Errorf("result %q: uri %q is not a relative, slash-separated URI", res.Message.Text, loc.URI)
		}
	}
}

func TestSARIFAlwaysListsTheThreeRules(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(sarifOf(t, &Report{Rules: []RuleInfo{{ID: "piilog", Severity: "warning"}}}), &log); err != nil {
		t.Fatal(err)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "piilog,emailconsent,piiegress" {
		t.Fatalf("rules = %v, want piilog, emailconsent, piiegress", ids)
	}
	if rules[0].DefaultConfiguration.Level != "warning" || rules[0].DefaultConfiguration.Enabled == nil || !*rules[0].DefaultConfiguration.Enabled {
		t.Errorf("piilog ran at the manifest's level warning; got %+v", rules[0].DefaultConfiguration)
	}
	if e := rules[1].DefaultConfiguration.Enabled; e == nil || *e {
		t.Errorf("emailconsent did not run; want enabled false, got %v", e)
	}
}

func TestSARIFMapsSeverityToLevel(t *testing.T) {
	for severity, level := range map[string]string{"error": "error", "warning": "warning", "info": "note"} {
		r := &Report{Findings: []finding.Finding{{Rule: "piilog", Severity: severity, Message: "m", Pos: finding.Position{File: "a.go", Line: 1, Column: 1}}}}
		var log sarifLog
		if err := json.Unmarshal(sarifOf(t, r), &log); err != nil {
			t.Fatal(err)
		}
		if got := log.Runs[0].Results[0].Level; got != level {
			t.Errorf("severity %s: level %q, want %q", severity, got, level)
		}
	}
}

func TestSARIFURIsAreRelativeAndEscaped(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(sarifOf(t, fixture()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got := run.OriginalURIBaseIDs[srcRoot].URI; got != "file:///home/dev/acme/" {
		t.Errorf("%%SRCROOT%% = %q, want file:///home/dev/acme/", got)
	}
	want := map[string]sarifArtifactLocation{
		"piiegress":  {URI: "internal/web%20hooks/send%231.go", URIBaseID: srcRoot},
		"piilog":     {URI: "internal/api/handler.go", URIBaseID: srcRoot},
		"policylint": {URI: "file:///home/dev/go/pkg/mod/example.com/shared@v1.2.0/log.go"},
	}
	for _, res := range run.Results {
		got := res.Locations[0].PhysicalLocation.ArtifactLocation
		if got != want[res.RuleID] {
			t.Errorf("%s: artifactLocation = %+v, want %+v", res.RuleID, got, want[res.RuleID])
		}
		// The URI must resolve back to the file, whatever it contains.
		if got.URIBaseID == srcRoot {
			u, err := url.Parse(got.URI)
			if err != nil || u.IsAbs() {
				t.Errorf("%s: %q is not a relative URI reference: %v", res.RuleID, got.URI, err)
			}
		}
	}
}

func TestSARIFCodeFlowFollowsTheFlow(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(sarifOf(t, fixture()), &log); err != nil {
		t.Fatal(err)
	}
	for _, res := range log.Runs[0].Results {
		if res.Message.Text != fixture().Findings[1].Message {
			continue
		}
		locs := res.CodeFlows[0].ThreadFlows[0].Locations
		if len(locs) != 3 || locs[0].Location.Message.Text != "r.RemoteAddr is user.device.ip_address" ||
			locs[2].Location.PhysicalLocation.Region.StartLine != 42 {
			t.Errorf("codeFlow = %+v", locs)
		}
		return
	}
	t.Fatal("the finding with a flow is missing")
}

func TestFileURIs(t *testing.T) {
	for in, want := range map[string]string{
		"/home/dev/x.go":            "file:///home/dev/x.go",
		"/home/dev/my project/ü.go": "file:///home/dev/my%20project/%C3%BC.go",
		"/tmp/a#b?c%d.go":           "file:///tmp/a%23b%3Fc%25d.go",
		"C:/Users/me/x.go":          "file:///C:/Users/me/x.go", // a Windows path after ToSlash
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
	if got := dirURI("/home/dev/acme"); got != "file:///home/dev/acme/" {
		t.Errorf("dirURI = %q, want a trailing slash", got)
	}
}

func TestArtifactURIOfDependencySteps(t *testing.T) {
	for _, tt := range []struct{ displayed, uri, base string }{
		{"internal/api/handler.go", "internal/api/handler.go", "%SRCROOT%"},
		{"$GOROOT/src/net/http/server.go", "src/net/http/server.go", "GOROOT"},
		{"github.com/lib/pq@v1.12.3/conn.go", "github.com/lib/pq@v1.12.3/conn.go", "GOMODCACHE"},
		{"internal/a@b/x.go", "internal/a@b/x.go", "%SRCROOT%"},
	} {
		uri, base := artifactURI(tt.displayed)
		if uri != tt.uri || base != tt.base {
			t.Errorf("artifactURI(%q) = %q, %q; want %q, %q", tt.displayed, uri, base, tt.uri, tt.base)
		}
	}
}
