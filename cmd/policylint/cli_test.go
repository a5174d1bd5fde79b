package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/policylint/policylint/analyzers/suite"
	"github.com/policylint/policylint/rules"
)

// The svc fixture logs c.RemoteAddr() of a net.Conn in main.go (line 12) and in
// internal/handler/handler.go (line 11); the web fixture logs r.RemoteAddr
// in an HTTP handler (main.go, line 10). The default policy denies IPs in
// logs. The clean and broken fixtures import nothing, to keep the tests of
// the command line fast.

// Manifests the tests write next to a fixture.
const (
	quietManifest = "# IPs in logs do not bother this policy.\nversion = 1\n\n[rules.piilog]\nenabled = false\n"
	warnManifest  = "# IPs in logs are a warning under this policy.\nversion = 1\n\n[rules.piilog]\nseverity = \"warning\"\ndeny = [\"user.device.ip_address\"]\n"
	// brokenManifest misspells a key on line 5.
	brokenManifest = "# A misspelt key.\nversion = 1\n\n[rules.piilog]\nenabeld = false\n"
)

// withManifests copies a fixture and writes quiet.toml, warn.toml and
// broken.toml at its root.
func withManifests(t *testing.T, name string) string {
	t.Helper()
	dir := fixture(t, name)
	writeFile(t, filepath.Join(dir, "quiet.toml"), quietManifest)
	writeFile(t, filepath.Join(dir, "warn.toml"), warnManifest)
	writeFile(t, filepath.Join(dir, "broken.toml"), brokenManifest)
	return dir
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		fixture string
		args    []string
		code    int
		stdout  string // a substring of stdout, when not empty
	}{
		{"no findings", "clean", nil, exitClean, ""},
		{"findings at severity error", "svc", nil, exitFindings, "main.go:12:"},
		{"findings in a subdirectory", "svc", []string{"./internal/..."}, exitFindings, "handler.go:11:"},
		{"an HTTP handler logging r.RemoteAddr", "web", nil, exitFindings, "main.go:10:"},
		{"rule disabled by the manifest", "svc", []string{"-policy", "quiet.toml"}, exitClean, ""},
		{"findings at severity warning", "svc", []string{"-policy", "warn.toml"}, exitClean, "warning"},
		{"rule not selected", "svc", []string{"-rules", "emailconsent,piiegress"}, exitClean, ""},
		{"flags after the packages", "svc", []string{"./...", "-policy", "quiet.toml"}, exitClean, ""},
		{"test files left out", "svc", []string{"-test=false"}, exitFindings, "main.go:12:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := policylint(t, withManifests(t, tt.fixture), tt.args...)
			if res.code != tt.code {
				t.Fatalf("want exit %d, got %v", tt.code, res)
			}
			if tt.stdout != "" && !strings.Contains(res.stdout, tt.stdout) {
				t.Errorf("stdout does not contain %q: %v", tt.stdout, res)
			}
			if tt.stdout == "" && res.stdout != "" {
				t.Errorf("want no report on stdout, got %v", res)
			}
			if strings.Contains(res.stdout, "\x1b[") {
				t.Errorf("colour codes in output that is not a terminal: %q", res.stdout)
			}
		})
	}
}

func TestBadCommandLineExits2WithOneLine(t *testing.T) {
	t.Parallel()
	dir := withManifests(t, "clean")
	if err := mkfifo(filepath.Join(dir, "fifo")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"-format", "xml"}, `invalid -format "xml": use text, json or sarif`},
		{[]string{"-rules", "piilog,nope"}, `unknown rule "nope" in -rules: valid rules are piilog, emailconsent, piiegress`},
		{[]string{"-bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"-test=maybe"}, `invalid boolean value "maybe" for -test`},
		{[]string{"-policy"}, "flag needs an argument: -policy"},
		{[]string{"-o", filepath.Join(dir, "no", "such", "dir", "report.json")}, "no such file or directory"},
		{[]string{"-o", dir}, "is a directory"},
		{[]string{"-policy", "missing.toml"}, "missing.toml"},
		{[]string{"./nosuchpkg"}, "nosuchpkg"},
		{[]string{"explain"}, "explain needs one rule name"},
		{[]string{"explain", "nope"}, `unknown rule "nope": valid rules are piilog, emailconsent, piiegress`},
		{[]string{"init", "extra"}, `unexpected argument "extra"`},
		{[]string{"version", "extra"}, "version takes no arguments"},
		{[]string{"--", "-format"}, `invalid package pattern "-format"`},
		{[]string{"-policy", "fifo"}, "fifo: "}, // not a regular file: never read (it would block)
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			t.Parallel()
			res := policylint(t, dir, tt.args...)
			if res.code != exitError {
				t.Fatalf("want exit 2, got %v", res)
			}
			if !strings.Contains(res.stderr, tt.want) {
				t.Errorf("stderr does not say %q: %v", tt.want, res)
			}
			if lines := strings.Count(res.stderr, "\n"); lines > 2 {
				t.Errorf("want at most 2 lines on stderr, got %d: %v", lines, res)
			}
			if strings.Contains(res.stderr, "goroutine ") {
				t.Errorf("panic trace for bad input: %v", res)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	t.Parallel()
	for _, arg := range []string{"-h", "-help", "help"} {
		res := policylint(t, t.TempDir(), arg)
		if res.code != exitClean || !strings.Contains(res.stdout, "-policy FILE") || !strings.Contains(res.stdout, "go vet -vettool") {
			t.Errorf("%s: want usage on stdout and exit 0, got %v", arg, res)
		}
	}
}

func TestBrokenManifestNamesFileLineAndColumn(t *testing.T) {
	t.Parallel()
	want := regexp.MustCompile(`(?m)^policylint: (broken|sub/policylint)\.toml:5:\d+: .*enabeld`)
	tests := map[string]func(dir string) result{
		"flag": func(dir string) result { return policylint(t, dir, "-policy", "broken.toml") },
		"env":  func(dir string) result { return command(t, dir, testEnv("POLICYLINT_POLICY=broken.toml"), binary) },
		"discovered": func(dir string) result {
			if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(dir, "sub", "policylint.toml"), brokenManifest)
			writeFile(t, filepath.Join(dir, "sub", "sub.go"), "package sub\n")
			return policylint(t, dir, "./sub")
		},
	}
	for name, run := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			res := run(withManifests(t, "clean"))
			if res.code != exitError {
				t.Errorf("want exit 2, got %v", res)
			}
			if !want.MatchString(res.stderr) {
				t.Errorf("stderr does not match %s: %v", want, res)
			}
		})
	}
}

func TestTypeErrorNamesFileAndLine(t *testing.T) {
	t.Parallel()
	res := policylint(t, fixture(t, "broken"), "-format", "json")
	if res.code != exitError {
		t.Fatalf("want exit 2, got %v", res)
	}
	want := regexp.MustCompile(`(?m)^policylint: bad\.go:5:\d+: .*not an int`)
	if !want.MatchString(res.stderr) {
		t.Errorf("stderr does not match %s: %v", want, res)
	}
	if strings.Contains(res.stderr, "goroutine ") || strings.Contains(res.stderr, "good") {
		t.Errorf("unexpected stderr: %v", res)
	}
	var rep struct{ Errors []jsonProblem }
	if err := json.Unmarshal([]byte(res.stdout), &rep); err != nil {
		t.Fatalf("the report is not JSON: %v\n%v", err, res)
	}
	if len(rep.Errors) != 1 || !strings.HasPrefix(rep.Errors[0].String(), "bad.go:5:") || rep.Errors[0].Severity != "error" {
		t.Errorf("want the type error in the report's errors, got %q", rep.Errors)
	}
}

// jsonReport is the contract's JSON shape (section 4).
type jsonReport struct {
	Version  *int    `json:"version"`
	Policy   *string `json:"policy"`
	Findings []struct {
		Rule, Category, Severity, Message, Clause *string
		Pos                                       *jsonPos `json:"pos"`
		Flow                                      []struct {
			Pos  *jsonPos `json:"pos"`
			Note *string  `json:"note"`
		} `json:"flow"`
	} `json:"findings"`
	Errors []jsonProblem `json:"errors"`
}

// jsonProblem is an entry of "errors": {"severity", "message", "pos"?}.
type jsonProblem struct {
	Severity string   `json:"severity"`
	Message  string   `json:"message"`
	Pos      *jsonPos `json:"pos"`
}

// String is the problem as the text format prints it.
func (p jsonProblem) String() string {
	if p.Pos == nil {
		return p.Message
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.Pos.File, p.Pos.Line, p.Pos.Column, p.Message)
}

type jsonPos struct {
	File         string
	Line, Column int
}

func decodeReport(t *testing.T, data []byte) (jsonReport, map[string]json.RawMessage) {
	t.Helper()
	var rep jsonReport
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("the report is not JSON: %v\n%s", err, data)
	}
	if err := json.Unmarshal(data, &keys); err != nil {
		t.Fatal(err)
	}
	return rep, keys
}

func TestJSONHasTheContractKeys(t *testing.T) {
	t.Parallel()
	res := policylint(t, fixture(t, "clean"), "-format", "json")
	if res.code != exitClean {
		t.Fatalf("want exit 0, got %v", res)
	}
	rep, keys := decodeReport(t, []byte(res.stdout))
	for _, k := range []string{"version", "policy", "findings", "errors"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("no %q key in %s", k, res.stdout)
		}
	}
	if rep.Version == nil || *rep.Version != 1 || rep.Policy == nil || *rep.Policy != "default" {
		t.Errorf("want version 1 and policy \"default\", got %s", res.stdout)
	}
}

func TestJSONFindings(t *testing.T) {
	t.Parallel()
	dir := withManifests(t, "svc")
	res := policylint(t, dir, "-format", "json", "-policy", filepath.Join(dir, "warn.toml"))
	if res.code != exitClean {
		t.Fatalf("want exit 0 (warnings only), got %v", res)
	}
	rep, _ := decodeReport(t, []byte(res.stdout))
	if rep.Policy == nil || *rep.Policy != "warn.toml" {
		t.Errorf("want the manifest path relative to the working directory: %s", res.stdout)
	}
	got := make(map[string]int)
	for _, f := range rep.Findings {
		if f.Rule == nil || f.Category == nil || f.Severity == nil || f.Message == nil || f.Clause == nil || f.Pos == nil || f.Flow == nil {
			t.Fatalf("finding lacks a contract key: %s", res.stdout)
		}
		if *f.Severity != "warning" {
			t.Errorf("want severity warning from warn.toml, got %q", *f.Severity)
		}
		got[f.Pos.File]++
		if *f.Rule == rules.PIILog && f.Pos.File == "main.go" && f.Pos.Line != 12 {
			t.Errorf("want the main.go finding at the log call, line 12; got %+v", f.Pos)
		}
	}
	if got["main.go"] == 0 || got[filepath.Join("internal", "handler", "handler.go")] == 0 {
		t.Errorf("want findings in main.go and internal/handler/handler.go, relative to the working directory; got %s", res.stdout)
	}
	if got["main.go"] != 1 {
		t.Errorf("want the main.go finding once (the test variant analyses it again), got %d", got["main.go"])
	}
}

func TestOutputFile(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "svc")
	res := policylint(t, dir, "-format", "json", "-o", "report.json")
	if res.stdout != "" {
		t.Errorf("want nothing on stdout with -o, got %v", res)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatalf("-o did not write the report: %v\n%v", err, res)
	}
	rep, _ := decodeReport(t, data)
	if res.code != exitFindings || len(rep.Findings) == 0 {
		t.Errorf("want findings in report.json and exit 1, got %s\n%v", data, res)
	}
}

func TestSARIFWritesVersion210(t *testing.T) {
	t.Parallel()
	res := policylint(t, fixture(t, "clean"), "-format", "sarif")
	var sarif struct {
		Version string `json:"version"`
		Runs    []json.RawMessage
	}
	if err := json.Unmarshal([]byte(res.stdout), &sarif); err != nil || sarif.Version != "2.1.0" || len(sarif.Runs) != 1 {
		t.Errorf("want SARIF 2.1.0 with one run, got %v (%v)", res, err)
	}
}

func TestVerbose(t *testing.T) {
	t.Parallel()
	res := policylint(t, fixture(t, "clean"), "-v")
	for _, want := range []string{"policylint: policy: default", "policylint: packages: 1 analysed", "policylint: time: "} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("-v does not say %q: %v", want, res)
		}
	}
}

func TestInitWritesAManifestThatLoads(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	res := policylint(t, dir, "init")
	if res.code != exitClean {
		t.Fatalf("init: want exit 0, got %v", res)
	}
	written, err := os.ReadFile(filepath.Join(dir, "policylint.toml"))
	if err != nil {
		t.Fatalf("init wrote no policylint.toml: %v", err)
	}
	if string(written) != string(rules.DefaultTOML) || res.stdout != string(rules.DefaultTOML) {
		t.Errorf("init must write and print the default policy")
	}
	if !strings.Contains(res.stderr, "wrote policylint.toml") {
		t.Errorf("init does not say what it wrote: %v", res)
	}

	if res := policylint(t, dir, "-policy", "policylint.toml", "-v"); res.code != exitClean || !strings.Contains(res.stderr, "policy: policylint.toml") {
		t.Errorf("the written manifest is not accepted: %v", res)
	}

	writeFile(t, filepath.Join(dir, "policylint.toml"), "# mine\n")
	res = policylint(t, dir, "init")
	if res.code != exitError || !strings.Contains(res.stderr, "policylint.toml already exists") {
		t.Errorf("init over an existing file: want exit 2 and a message, got %v", res)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "policylint.toml")); string(data) != "# mine\n" {
		t.Errorf("init overwrote an existing manifest")
	}

	res = policylint(t, dir, "init", "-o", "other.toml")
	if _, err := os.Stat(filepath.Join(dir, "other.toml")); res.code != exitClean || err != nil {
		t.Errorf("init -o other.toml: %v (%v)", res, err)
	}

	// -o DIR writes DIR/policylint.toml.
	if err := os.Mkdir(filepath.Join(dir, "conf"), 0o755); err != nil {
		t.Fatal(err)
	}
	res = policylint(t, dir, "init", "-o", "conf")
	if _, err := os.Stat(filepath.Join(dir, "conf", "policylint.toml")); res.code != exitClean || err != nil || !strings.Contains(res.stderr, "wrote conf/policylint.toml") {
		t.Errorf("init -o conf: want conf/policylint.toml written, got %v (%v)", res, err)
	}
}

func TestExplainHelp(t *testing.T) {
	t.Parallel()
	for _, arg := range []string{"-h", "--help"} {
		res := policylint(t, t.TempDir(), "explain", arg)
		if res.code != exitClean || !strings.HasPrefix(res.stdout, "usage: policylint explain RULE") || strings.Contains(res.stderr, "unknown rule") {
			t.Errorf("explain %s: want the usage, got %v", arg, res)
		}
	}
}

// TestBadRulesUnderGoVetIsReportedOnce: go vet runs the tool once per
// package; a bad -rules is caught when the go command first asks for the
// tool's identity, so it is said once and nothing is analysed.
func TestBadRulesUnderGoVetIsReportedOnce(t *testing.T) {
	t.Parallel()
	res := goVet(t, fixture(t, "svc"), testEnv(), "-rules=nope", "./...")
	if res.code == 0 || strings.Count(res.stderr, `unknown rule "nope"`) != 1 {
		t.Errorf("want one error about the rule, got %v", res)
	}
}

func TestExplainPrintsTheRuleDoc(t *testing.T) {
	t.Parallel()
	var doc string
	for _, a := range suite.Analyzers(nil, nil) {
		if a.Name == rules.PIILog {
			doc = a.Doc
		}
	}
	if doc == "" {
		t.Fatal("suite.Analyzers has no piilog analyzer")
	}
	res := policylint(t, t.TempDir(), "explain", "piilog")
	if res.code != exitClean || strings.TrimSuffix(res.stdout, "\n") != strings.TrimSuffix(doc, "\n") {
		t.Errorf("want the piilog Doc, exactly; got %v", res)
	}
	if !strings.HasPrefix(res.stdout, "piilog: ") {
		t.Errorf("want the title line first: %q", res.stdout)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	res := policylint(t, t.TempDir(), "version")
	if res.code != exitClean || !regexp.MustCompile(`^policylint \S.* go1\.\d+\S* \w+/\w+\n$`).MatchString(res.stdout) {
		t.Errorf("unexpected version output: %v", res)
	}
}

func TestFixLeavesCodeThatBuilds(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "svc")
	before := policylint(t, dir, "-format", "json")
	res := policylint(t, dir, "-fix", "-format", "json")
	if res.code == exitError {
		t.Fatalf("-fix failed: %v", res)
	}
	if build := command(t, dir, testEnv(), "go", "build", "./..."); build.code != 0 {
		t.Fatalf("the fixed code does not build: %v", build)
	}
	if !strings.Contains(res.stderr, "applied ") {
		return // the rules offered no fix here
	}
	after := policylint(t, dir, "-format", "json")
	rb, _ := decodeReport(t, []byte(before.stdout))
	ra, _ := decodeReport(t, []byte(after.stdout))
	if len(ra.Findings) >= len(rb.Findings) {
		t.Errorf("fixes were applied but the findings did not go down: before %d, after %d\n%v", len(rb.Findings), len(ra.Findings), res)
	}
}

func TestReferenceThatResolvesToNothingIsAWarning(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "svc")
	writeFile(t, filepath.Join(dir, "refs.toml"), `version = 1

[data."user.device.ip_address"]
sanitizers = ["example.com/svc/internal/handler.Handle", "example.com/svc/internal/handler.Mask"]

[rules.piilog]
sinks = ["(*log.Logger).Printf", "(*log.Logger).Printff"]
`)
	res := policylint(t, dir, "-policy", "refs.toml")
	want := []string{
		`policylint: warning: refs.toml:4:58: function "example.com/svc/internal/handler.Mask" resolves to nothing in the analysed packages`,
		`policylint: warning: refs.toml:7:34: function "(*log.Logger).Printff" resolves to nothing in the analysed packages`,
	}
	var got []string
	for line := range strings.Lines(res.stderr) {
		if strings.Contains(line, "resolves to nothing") {
			got = append(got, strings.TrimSpace(line))
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("want exactly the two misspelt references reported\ngot:\n%s\nwant:\n%s\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"), res)
	}
	if res.code != exitFindings {
		t.Errorf("warnings must not change the exit status: %v", res)
	}
}

// TestSummaryOfMethodFromIndirectImportApplies: under go vet a package's
// facts come from its direct imports only; a method of a type that a
// direct import's API exposes has its summary re-exported, and it must be
// used although the declaring package is not imported.
func TestSummaryOfMethodFromIndirectImportApplies(t *testing.T) {
	t.Parallel()
	got, res := jsonFindings(t, fixture(t, "indirect"))
	if len(got) != 1 || got[0] != "a/a.go:16" {
		t.Errorf("want the IP returned by c.T.Addr logged in a/a.go:16, got %q: %v", got, res)
	}
}
