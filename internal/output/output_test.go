package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/policylint/policylint/internal/finding"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const piilogHelp = `piilog: report personal data written to logs

The piilog analyzer reports a value of a denied data category (by default
user.device.ip_address) that reaches a log sink without a sanitizer on the
way, such as a client IP passed to log.Printf or (*go.uber.org/zap.Logger).Info.

Example:

	log.Printf("login from %s", r.RemoteAddr) // reported

Manifest keys: [rules.piilog] deny, sinks, severity, clause.

Suppress a finding with //policylint:ignore piilog followed by a reason.`

// fixture is a report with what the writers must handle: findings out of
// order, absolute paths inside and outside the base directory, a path that
// needs escaping in a URI, flows, a finding without a flow, a rule other
// than the three, a rule that did not run, and unsorted, duplicated
// problems with absolute paths.
func fixture() *Report {
	const base = "/home/dev/acme"
	ipFlow := []finding.Step{
		{Pos: finding.Position{File: base + "/internal/api/handler.go", Line: 40, Column: 9}, Note: "r.RemoteAddr is user.device.ip_address"},
		{Pos: finding.Position{File: base + "/internal/api/handler.go", Line: 41, Column: 2}, Note: "assigned to addr"},
		{Pos: finding.Position{File: base + "/internal/api/handler.go", Line: 42, Column: 13}, Note: "passed to log.Printf"},
	}
	return &Report{
		Policy:      base + "/policylint.toml",
		ToolVersion: "v0.3.0",
		BaseDir:     base,
		Rules: []RuleInfo{
			{ID: "piiegress", Short: "report personal data sent to hosts that are not allowlisted", Severity: "warning"},
			{ID: "piilog", Short: "report personal data written to logs", Help: piilogHelp, HelpURI: "https://policylint.example/rules/piilog", Severity: "error"},
		},
		Findings: []finding.Finding{
			{
				Rule: "piiegress", Category: "user.contact.email", Severity: "warning",
				Message: `user.contact.email from u.Email reaches (*net/http.Client).Do for host "hooks.example.net", which is not allowlisted (piiegress: "We never share personal information with anyone but the processors listed.")`,
				Clause:  "We never share personal information with anyone but the processors listed.",
				Pos:     finding.Position{File: base + "/internal/web hooks/send#1.go", Line: 27, Column: 18},
				Flow: []finding.Step{
					{Pos: finding.Position{File: base + "/internal/web hooks/send#1.go", Line: 20, Column: 5}, Note: "u.Email is user.contact.email"},
					{Pos: finding.Position{File: base + "/internal/web hooks/send#1.go", Line: 27, Column: 18}, Note: "sent with (*net/http.Client).Do"},
				},
				Function: "(*example.com/acme/internal/webhooks.Sender).Send", Source: "u.Email", Sink: "(*net/http.Client).Do",
			},
			{
				Rule: "piilog", Category: "user.device.ip_address", Severity: "error",
				Message:  `client IP from r.RemoteAddr reaches log.Printf without anonymization (piilog: "We do not use IP addresses to identify visitors.")`,
				Clause:   "We do not use IP addresses to identify visitors.",
				Pos:      finding.Position{File: base + "/internal/api/handler.go", Line: 42, Column: 13},
				Flow:     ipFlow,
				Function: "example.com/acme/internal/api.Login", Source: "r.RemoteAddr", Sink: "log.Printf",
			},
			{
				Rule: "piilog", Category: "user.device.ip_address", Severity: "error",
				Message:  `client IP from X-Forwarded-For reaches (*log/slog.Logger).Info without anonymization (piilog: "We do not use IP addresses to identify visitors.")`,
				Clause:   "We do not use IP addresses to identify visitors.",
				Pos:      finding.Position{File: base + "/internal/api/handler.go", Line: 9, Column: 3},
				Function: "example.com/acme/internal/api.audit", Source: "X-Forwarded-For", Sink: "(*log/slog.Logger).Info",
			},
			{
				Rule: "policylint", Severity: "warning",
				Message: "//policylint:ignore piilog suppresses nothing: remove it",
				Pos:     finding.Position{File: "/home/dev/go/pkg/mod/example.com/shared@v1.2.0/log.go", Line: 3, Column: 1},
			},
		},
		Errors: []string{
			base + "/internal/legacy/old.go:10:2: could not import example.com/gone (no required module provides package)",
			base + "/internal/legacy/old.go:9:2: could not import example.com/lost (no required module provides package)",
			base + "/internal/legacy/old.go:10:2: could not import example.com/gone (no required module provides package)",
		},
		Warnings: []string{
			base + `/policylint.toml:14:3: sinks: "example.com/acme/audit.Record" matches no function in the analysed packages`,
		},
	}
}

func render(t *testing.T, write func(*bytes.Buffer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var writers = []struct {
	golden string
	write  func(*bytes.Buffer, *Report) error
}{
	{"report.txt", func(b *bytes.Buffer, r *Report) error { return WriteText(b, r, false) }},
	{"report.color.txt", func(b *bytes.Buffer, r *Report) error { return WriteText(b, r, true) }},
	{"report.json", func(b *bytes.Buffer, r *Report) error { return WriteJSON(b, r) }},
	{"report.sarif", func(b *bytes.Buffer, r *Report) error { return WriteSARIF(b, r) }},
}

// TestOutputMatchesGoldenFiles pins every format byte for byte. Run
// `go test ./internal/output -update` after an intended change and review
// the diff of testdata/.
func TestOutputMatchesGoldenFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the fixture's paths are POSIX paths")
	}
	for _, w := range writers {
		t.Run(w.golden, func(t *testing.T) {
			got := render(t, func(b *bytes.Buffer) error { return w.write(b, fixture()) })
			path := filepath.Join("testdata", w.golden)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", w.golden, got)
			}
		})
	}
}

// TestOutputDoesNotDependOnFindingOrder feeds the findings and problems in
// reverse and checks that every format prints the same bytes.
func TestOutputDoesNotDependOnFindingOrder(t *testing.T) {
	for _, w := range writers {
		t.Run(w.golden, func(t *testing.T) {
			first := render(t, func(b *bytes.Buffer) error { return w.write(b, fixture()) })
			r := fixture()
			slices.Reverse(r.Findings)
			slices.Reverse(r.Errors)
			slices.Reverse(r.Rules)
			second := render(t, func(b *bytes.Buffer) error { return w.write(b, r) })
			if !bytes.Equal(first, second) {
				t.Errorf("output changed with the order of the input:\n%s\n---\n%s", first, second)
			}
		})
	}
}

func TestWritersLeaveTheReportUnchanged(t *testing.T) {
	for _, w := range writers {
		r := fixture()
		render(t, func(b *bytes.Buffer) error { return w.write(b, r) })
		if !reflect.DeepEqual(r, fixture()) {
			t.Errorf("%s: the writer modified the caller's report", w.golden)
		}
	}
}

func TestNilReportIsAnEmptyReport(t *testing.T) {
	for _, w := range writers {
		got := render(t, func(b *bytes.Buffer) error { return w.write(b, nil) })
		want := render(t, func(b *bytes.Buffer) error { return w.write(b, &Report{}) })
		if !bytes.Equal(got, want) {
			t.Errorf("%s: nil report printed %q, empty report %q", w.golden, got, want)
		}
	}
}

type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteErrorsAreWrapped(t *testing.T) {
	for name, write := range map[string]func() error{
		"text":  func() error { return WriteText(failingWriter{}, fixture(), false) },
		"json":  func() error { return WriteJSON(failingWriter{}, fixture()) },
		"sarif": func() error { return WriteSARIF(failingWriter{}, fixture()) },
	} {
		if err := write(); !errors.Is(err, errDiskFull) {
			t.Errorf("%s: got %v, want an error wrapping %v", name, err, errDiskFull)
		}
	}
}

// TestSARIFRunFailsExactlyWhenThereAreErrors checks the contract that
// executionSuccessful is false exactly when the exit status is 2 (the run
// had errors), and that errors are notifications of level error.
func TestSARIFRunFailsExactlyWhenThereAreErrors(t *testing.T) {
	for _, tt := range []struct {
		name             string
		errors, warnings []string
		successful       bool
		levels           []string
	}{
		{"clean", nil, nil, true, nil},
		{"warnings only", nil, []string{"/src/policylint.toml:3:1: funcs: \"a.B\" resolves to nothing"}, true, []string{"warning"}},
		{"an error", []string{"/src/a.go:1:1: could not import x", "go vet failed: exit status 1"}, []string{"/src/policylint.toml:3:1: w"}, false, []string{"error", "error", "warning"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var log struct {
				Runs []struct {
					Invocations []struct {
						ExecutionSuccessful        bool `json:"executionSuccessful"`
						ToolExecutionNotifications []struct {
							Level     string
							Locations []json.RawMessage
						} `json:"toolExecutionNotifications"`
					}
				}
			}
			out := render(t, func(b *bytes.Buffer) error {
				return WriteSARIF(b, &Report{BaseDir: "/src", Errors: tt.errors, Warnings: tt.warnings})
			})
			if err := json.Unmarshal(out, &log); err != nil {
				t.Fatal(err)
			}
			inv := log.Runs[0].Invocations[0]
			if inv.ExecutionSuccessful != tt.successful {
				t.Errorf("executionSuccessful = %v, want %v", inv.ExecutionSuccessful, tt.successful)
			}
			var levels []string
			for _, n := range inv.ToolExecutionNotifications {
				levels = append(levels, n.Level)
			}
			if !slices.Equal(levels, tt.levels) {
				t.Errorf("notification levels = %q, want %q", levels, tt.levels)
			}
		})
	}
}

// TestJSONErrorsHaveASeverity checks the shape of an entry of "errors":
// {"severity", "message", "pos"?}, with the position taken out of the
// message when the problem has one.
func TestJSONErrorsHaveASeverity(t *testing.T) {
	out := render(t, func(b *bytes.Buffer) error {
		return WriteJSON(b, &Report{BaseDir: "/src",
			Errors:   []string{"/src/a.go:7:2: could not import x", "go vet failed: exit status 1"},
			Warnings: []string{"/src/policylint.toml:3:1: funcs: \"a.B\" resolves to nothing"}})
	})
	var rep struct {
		Errors []map[string]json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"message":"go vet failed: exit status 1","severity":"error"}`,
		`{"message":"could not import x","pos":{"column":2,"file":"a.go","line":7},"severity":"error"}`,
		`{"message":"funcs: \"a.B\" resolves to nothing","pos":{"column":1,"file":"policylint.toml","line":3},"severity":"warning"}`,
	}
	var got []string
	for _, e := range rep.Errors {
		data, _ := json.Marshal(e)
		var norm any
		_ = json.Unmarshal(data, &norm)
		data, _ = json.Marshal(norm)
		got = append(got, string(data))
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
