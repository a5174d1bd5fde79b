package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// decodeObject decodes JSON into a generic map, the way a consumer of the
// contract that knows nothing of our Go types would.
func decodeObject(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("output is not a JSON object: %v\n%s", err, data)
	}
	return m
}

// checkKeys fails unless obj is an object with exactly the keys want:
// a missing key and an extra key both break the contract.
func checkKeys(t *testing.T, where string, obj any, want ...string) map[string]any {
	t.Helper()
	m, ok := obj.(map[string]any)
	if !ok {
		t.Fatalf("%s: got %T, want an object", where, obj)
	}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: keys %q, want %q", where, got, want)
	}
	return m
}

// checkArray fails unless v is a JSON array (null is not an array).
func checkArray(t *testing.T, where string, v any) []any {
	t.Helper()
	a, ok := v.([]any)
	if !ok {
		t.Fatalf("%s: got %T (%v), want an array", where, v, v)
	}
	return a
}

func checkString(t *testing.T, where string, v any) string {
	t.Helper()
	s, ok := v.(string)
	if !ok {
		t.Errorf("%s: got %T, want a string", where, v)
	}
	return s
}

func checkPos(t *testing.T, where string, v any) {
	t.Helper()
	pos := checkKeys(t, where, v, "file", "line", "column")
	file := checkString(t, where+".file", pos["file"])
	if strings.HasPrefix(file, "/home/dev/acme/") || strings.Contains(file, `\`) {
		t.Errorf("%s.file = %q, want a slash-separated path relative to the base directory", where, file)
	}
	for _, k := range []string{"line", "column"} {
		if n, ok := pos[k].(float64); !ok || n != float64(int(n)) {
			t.Errorf("%s.%s = %v, want an integer", where, k, pos[k])
		}
	}
}

// TestJSONMatchesContractShape checks the JSON against section 4 of the
// manifest spec, key by key.
func TestJSONMatchesContractShape(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	top := checkKeys(t, "report", decodeObject(t, buf.Bytes()), "version", "policy", "findings", "errors")
	if top["version"] != float64(1) {
		t.Errorf("version = %v, want 1", top["version"])
	}
	if got := checkString(t, "policy", top["policy"]); got != "policylint.toml" {
		t.Errorf("policy = %q, want the manifest path relative to the base directory", got)
	}
	findings := checkArray(t, "findings", top["findings"])
	if len(findings) != len(fixture().Findings) {
		t.Fatalf("%d findings, want %d", len(findings), len(fixture().Findings))
	}
	for i, f := range findings {
		where := fmt.Sprintf("findings[%d]", i)
		m := checkKeys(t, where, f, "rule", "category", "severity", "message", "clause", "pos", "flow")
		for _, k := range []string{"rule", "category", "severity", "message", "clause"} {
			checkString(t, where+"."+k, m[k])
		}
		checkPos(t, where+".pos", m["pos"])
		for _, step := range checkArray(t, where+".flow", m["flow"]) {
			s := checkKeys(t, where+".flow[]", step, "pos", "note")
			checkPos(t, where+".flow[].pos", s["pos"])
			checkString(t, where+".flow[].note", s["note"])
		}
	}
	for _, e := range checkArray(t, "errors", top["errors"]) {
		// {"severity", "message", "pos"?}: pos only when the problem has
		// a place, as all of the fixture's do.
		m := checkKeys(t, "errors[]", e, "severity", "message", "pos")
		if s := checkString(t, "errors[].severity", m["severity"]); s != "error" && s != "warning" {
			t.Errorf("errors[].severity = %q, want error or warning", s)
		}
		checkString(t, "errors[].message", m["message"])
		checkPos(t, "errors[].pos", m["pos"])
	}
}

func TestJSONEmptyReportHasEmptyArraysNotNull(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, &Report{Findings: nil, Errors: nil}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"version\": 1,\n  \"policy\": \"default\",\n  \"findings\": [],\n  \"errors\": []\n}\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestJSONFindingWithoutFlowHasEmptyFlow(t *testing.T) {
	r := fixture()
	r.Findings = r.Findings[2:3] // the slog finding has no flow
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	f := checkArray(t, "findings", decodeObject(t, buf.Bytes())["findings"])[0].(map[string]any)
	if flow := checkArray(t, "flow", f["flow"]); len(flow) != 0 {
		t.Errorf("flow = %v, want []", flow)
	}
}

func TestJSONIsIndentedWithTwoSpacesAndEndsWithNewline(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "{\n  \"version\": 1,\n  \"policy\"") {
		t.Errorf("want two-space indentation, got:\n%.80s", out)
	}
	if !strings.HasSuffix(out, "}\n") || strings.HasSuffix(out, "\n\n") {
		t.Errorf("want exactly one trailing newline")
	}
}

func TestJSONDoesNotEscapeHTML(t *testing.T) {
	r := fixture()
	r.Findings[0].Message = "ctx.Value(<nil>) -> log.Print & friends"
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "ctx.Value(<nil>) -> log.Print & friends") {
		t.Errorf("want <, > and & printed as they are, got:\n%s", buf.String())
	}
}
