package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// errorLines parses src as p.toml and returns each error as a line.
func errorLines(t *testing.T, src string) []string {
	t.Helper()
	p, err := Parse("p.toml", []byte(src))
	if err == nil {
		return nil
	}
	if p != nil {
		t.Errorf("Parse returned a policy along with errors")
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Parse error is %T, want Errors: %v", err, err)
	}
	var lines []string
	for _, e := range es {
		if e.Pos.File != "p.toml" || e.Pos.Line < 1 || e.Pos.Col < 1 {
			t.Errorf("error without a full position: %#v", e)
		}
		lines = append(lines, e.Error())
	}
	return lines
}

func TestParseReportsEachProblemWithItsPosition(t *testing.T) {
	const v = "version = 1\n"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			"syntax error",
			v + "policy = \n",
			[]string{`p.toml:2:10: invalid TOML: expected value but found the end of the line instead`},
		},
		{
			"unclosed table header: the line it is on, not the next",
			v + "[rules.piilog\nenabled = true\n",
			[]string{`p.toml:2:14: invalid TOML: expected '.' or ']' to end table name, but got the end of the line instead`},
		},
		{
			"unclosed table header at the end of the file",
			v + "[rules.piilog",
			[]string{`p.toml:2:13: invalid TOML: expected '.' or ']' to end table name, but got the end of the file instead`},
		},
		{
			"run.tests of the wrong type",
			v + "[run]\ntests = \"yes\"\n",
			[]string{`p.toml:3:1: run.tests must be true or false, not a string`},
		},
		{
			"unknown key in [run]",
			v + "[run]\ntest = true\n",
			[]string{`p.toml:3:1: unknown key "test" in run (did you mean "tests"?)`},
		},
		{
			"a name pattern that matches every identifier",
			v + "[data.\"user.device.ip_address\"]\nnames = ['', '(?i)^ip$', 'x*']\n",
			[]string{
				`p.toml:3:10: data.user.device.ip_address.names[0]: the pattern "" matches every identifier (anchor it, such as '(?i)^client_?ip$')`,
				`p.toml:3:26: data.user.device.ip_address.names[2]: the pattern "x*" matches every identifier (anchor it, such as '(?i)^client_?ip$')`,
			},
		},
		{
			"an exception with no paths",
			v + "[[exceptions]]\nrule = \"piilog\"\npaths = []\nreason = \"legacy\"\n",
			[]string{`p.toml:4:1: exceptions[0].paths is empty: the exception covers no file (list the files it covers, such as ["internal/legacy/**"], or remove it)`},
		},
		{
			"duplicate key at a line start",
			v + "version = 1\n",
			[]string{`p.toml:2:1: invalid TOML: key 'version' has already been defined`},
		},
		{
			"misspelt top-level key",
			v + "ploicy = \"x\"\n",
			[]string{`p.toml:2:1: unknown key "ploicy" at the top level (did you mean "policy"?)`},
		},
		{
			"misspelt rule key",
			v + "[rules.piilog]\n  sink = [\"log.Print\"]\n",
			[]string{`p.toml:3:3: unknown key "sink" in rules.piilog (did you mean "sinks"?)`},
		},
		{
			"misspelt rule table",
			v + "[rules.pilog]\ndeny = []\n",
			[]string{`p.toml:2:8: unknown key "pilog" in rules (did you mean "piilog"?)`},
		},
		{
			"misspelt table header",
			v + "[rule.piilog]\n",
			[]string{`p.toml:2:2: unknown key "rule" at the top level (did you mean "rules"?)`},
		},
		{
			"unknown key with nothing close",
			v + "[rules.piiegress]\nzzzzzz = 1\n",
			[]string{`p.toml:3:1: unknown key "zzzzzz" in rules.piiegress`},
		},
		{
			"misspelt key in a quoted category",
			v + "[data.\"user.device.ip_address\"]\ntype = [\"net.IP\"]\n",
			[]string{`p.toml:3:1: unknown key "type" in data.user.device.ip_address (did you mean "types"?)`},
		},
		{
			"misspelt key in an array of tables",
			v + "[[rules.piiegress.allow]]\nhost = \"a.example\"\ndata = [\"user.name\"]\n[[rules.piiegress.allow]]\nhost = \"b.example\"\ndata = [\"user.name\"]\npurpsoe = \"x\"\n",
			[]string{`p.toml:8:1: unknown key "purpsoe" in rules.piiegress.allow[1] (did you mean "purpose"?)`},
		},
		{
			"misspelt key in an inline table",
			v + "[rules.piiegress]\nallow = [\n  {host = \"a.example\", data = [\"user.name\"]},\n  {host = \"b.example\", data = [\"user.name\"], purpse = \"x\"},\n]\n",
			[]string{`p.toml:5:46: unknown key "purpse" in rules.piiegress.allow[1] (did you mean "purpose"?)`},
		},
		{
			"version of the wrong type",
			"version = \"1\"\n",
			[]string{`p.toml:1:1: version must be an integer, not a string`},
		},
		{
			"version missing",
			"policy = \"x\"\n",
			[]string{`p.toml:1:1: missing required key "version" (add version = 1 at the top)`},
		},
		{
			"unsupported version",
			"# comment\nversion = 2\n",
			[]string{`p.toml:2:1: unsupported manifest version 2 (this policylint reads version 1)`},
		},
		{
			"string instead of array",
			v + "[rules.piilog]\ndeny = \"user.*\"\n",
			[]string{`p.toml:3:1: rules.piilog.deny must be an array of strings, not a string`},
		},
		{
			"wrong element type in a multi-line array",
			v + "[rules.piilog]\ndeny = [\n  \"user.*\",\n  # a comment\n  42,\n]\n",
			[]string{`p.toml:6:3: rules.piilog.deny[1] must be a string, not an integer`},
		},
		{
			"string instead of boolean",
			v + "[rules.emailconsent]\nenabled = \"no\"\n",
			[]string{`p.toml:3:1: rules.emailconsent.enabled must be true or false, not a string`},
		},
		{
			"value instead of table",
			v + "[rules]\npiilog = 1\n",
			[]string{`p.toml:3:1: rules.piilog must be a table, not an integer`},
		},
		{
			"table instead of array of tables",
			v + "[exceptions]\nrule = \"piilog\"\n",
			[]string{`p.toml:2:2: exceptions must be an array of tables ([[exceptions]]), not a table`},
		},
		{
			"bad severity",
			v + "[rules.piilog]\nseverity = \"warn\"\n",
			[]string{`p.toml:3:1: rules.piilog.severity: "warn" is not one of "error", "warning", "info" (did you mean "warning"?)`},
		},
		{
			"bad unknown",
			v + "[rules.piiegress]\nunknown = \"ignore\"\n",
			[]string{`p.toml:3:1: rules.piiegress.unknown: "ignore" is not one of "report", "allow"`},
		},
		{
			"bad regular expression",
			v + "[data.\"user.device.ip_address\"]\nnames = ['^ok$', '(?i)^(client']\n",
			[]string{"p.toml:3:18: data.user.device.ip_address.names[1]: invalid regular expression \"(?i)^(client\": error parsing regexp: missing closing ): `(?i)^(client`"},
		},
		{
			"undefined category, misspelt",
			v + "[rules.piilog]\ndeny = [\"user.contact.emial\"]\n",
			[]string{`p.toml:3:9: rules.piilog.deny[0]: undefined category "user.contact.emial" (did you mean "user.contact.email"?)`},
		},
		{
			"pattern that matches no category",
			v + "[rules.piiegress]\ndeny = [\"finance.*\"]\n",
			[]string{`p.toml:3:9: rules.piiegress.deny[0]: undefined category "finance.*"`},
		},
		{
			"undefined category in allow data",
			v + "[[rules.piiegress.allow]]\nhost = \"api.stripe.com\"\ndata = [\"user.name\", \"user.card\"]\n",
			[]string{`p.toml:4:22: rules.piiegress.allow[0].data[1]: undefined category "user.card"`},
		},
		{
			"malformed category pattern",
			v + "[rules.piilog]\ndeny = [\"user.*.email\"]\n",
			[]string{`p.toml:3:9: rules.piilog.deny[0]: malformed category pattern "user.*.email" (want a name such as "user.contact.email", or "user.*")`},
		},
		{
			"invalid category name",
			v + "[data.\"user..card\"]\n",
			[]string{`p.toml:2:7: invalid category name "user..card" (want dotted words such as user.contact.email)`},
		},
		{
			"malformed function references",
			v + "[rules.piilog]\nsinks = [\"audit.Record()\", \"(*a/b.T.M\", \"Record\", \"*a/b.T.M\", \"(*a/b.T).M\", \"gopkg.in/gomail.v2.NewDialer\"]\n",
			[]string{
				`p.toml:3:10: rules.piilog.sinks[0]: malformed function reference "audit.Record()" (want "pkg/path.Func", "(*pkg/path.T).M" or "(pkg/path.T).M")`,
				`p.toml:3:28: rules.piilog.sinks[1]: malformed function reference "(*a/b.T.M" (want "pkg/path.Func", "(*pkg/path.T).M" or "(pkg/path.T).M")`,
				`p.toml:3:41: rules.piilog.sinks[2]: malformed function reference "Record" (want "pkg/path.Func", "(*pkg/path.T).M" or "(pkg/path.T).M")`,
				`p.toml:3:51: rules.piilog.sinks[3]: malformed function reference "*a/b.T.M" (want "pkg/path.Func", "(*pkg/path.T).M" or "(pkg/path.T).M")`,
			},
		},
		{
			"malformed field and type references",
			v + "[data.\"user.x\"]\nfields = [\"RemoteAddr\", \"*.ClientIP\", \"net/http.Request.RemoteAddr\"]\ntypes = [\"*net.IP\"]\n",
			[]string{
				`p.toml:3:11: data.user.x.fields[0]: malformed field reference "RemoteAddr" (want "pkg/path.Type.Field" or "*.Field")`,
				`p.toml:4:10: data.user.x.types[0]: malformed type reference "*net.IP" (want "pkg/path.Name")`,
			},
		},
		{
			"malformed consent reference",
			v + "[rules.emailconsent]\nconsent = [\"example.com/u.User.Unsubscribed\", \"Unsubscribed\"]\n",
			[]string{`p.toml:3:47: rules.emailconsent.consent[1]: malformed reference "Unsubscribed" (want a function "pkg/path.Func", "(*pkg/path.T).M" or "(pkg/path.T).M", or a field "pkg/path.Type.Field" or "*.Field")`},
		},
		{
			"malformed header and tag",
			v + "[data.\"user.x\"]\nheaders = [\"X Forwarded\"]\ntags = ['pii=ip']\n",
			[]string{
				`p.toml:3:12: data.user.x.headers[0]: malformed header name "X Forwarded"`,
				`p.toml:4:9: data.user.x.tags[0]: malformed struct tag "pii=ip" (want key:"value", such as pii:"ip")`,
			},
		},
		{
			"exception without a reason",
			v + "\n[[exceptions]]\nrule = \"piilog\"\npaths = [\"a/**\"]\n",
			[]string{`p.toml:3:1: exceptions[0]: missing reason (say why the deviation is accepted)`},
		},
		{
			"exception with a blank reason and unknown rule",
			v + "[[exceptions]]\nrule = \"pilog\"\npaths = [\"a/**\"]\nreason = \"  \"\n",
			[]string{
				`p.toml:3:1: exceptions[0].rule: unknown rule "pilog" (did you mean "piilog"?)`,
				`p.toml:5:1: exceptions[0].reason is empty (say why the deviation is accepted)`,
			},
		},
		{
			"exception without rule or paths",
			v + "[[exceptions]]\nreason = \"r\"\n",
			[]string{
				`p.toml:2:1: exceptions[0]: missing rule (one of piilog, emailconsent, piiegress)`,
				`p.toml:2:1: exceptions[0]: missing paths (the files it covers, such as ["internal/legacy/**"])`,
			},
		},
		{
			"malformed exception paths",
			v + "[[exceptions]]\nrule = \"piilog\"\nreason = \"r\"\npaths = ['internal\\legacy', \"/abs/**\", \"a**/b\", \"[\"]\n",
			[]string{
				`p.toml:5:10: exceptions[0].paths[0]: path pattern "internal\\legacy": use forward slashes`,
				`p.toml:5:29: exceptions[0].paths[1]: path pattern "/abs/**" must be relative to the manifest's directory`,
				`p.toml:5:40: exceptions[0].paths[2]: path pattern "a**/b": "**" must be a whole path element, as in "internal/**"`,
				`p.toml:5:49: exceptions[0].paths[3]: malformed path pattern "["`,
			},
		},
		{
			"unparsable expires",
			v + "[[exceptions]]\nrule = \"piilog\"\npaths = [\"a\"]\nreason = \"r\"\nexpires = \"next year\"\n",
			[]string{`p.toml:6:1: exceptions[0].expires: "next year" is not a date (want a date such as 2027-03-01)`},
		},
		{
			"expires with a time",
			v + "[[exceptions]]\nrule = \"piilog\"\npaths = [\"a\"]\nreason = \"r\"\nexpires = 2027-03-01T10:00:00Z\n",
			[]string{`p.toml:6:1: exceptions[0].expires must be a date such as 2027-03-01, not a date-time`},
		},
		{
			"expires of the wrong type",
			v + "[[exceptions]]\nrule = \"piilog\"\npaths = [\"a\"]\nreason = \"r\"\nexpires = 20270301\n",
			[]string{`p.toml:6:1: exceptions[0].expires must be a date such as 2027-03-01, not an integer`},
		},
		{
			"allow with host and func",
			v + "[[rules.piiegress.allow]]\nhost = \"api.stripe.com\"\nfunc = \"a/b.F\"\ndata = [\"user.name\"]\n",
			[]string{`p.toml:2:1: rules.piiegress.allow[0]: set host or func, not both (make two entries)`},
		},
		{
			"allow with neither host nor func, nor data",
			v + "[[rules.piiegress.allow]]\npurpose = \"x\"\n",
			[]string{
				`p.toml:2:1: rules.piiegress.allow[0]: missing host or func (the destination this entry allows)`,
				`p.toml:2:1: rules.piiegress.allow[0]: missing data (the categories this destination may receive)`,
			},
		},
		{
			"malformed hosts",
			v + "[rules.piiegress]\nallow = [\n  {host = \"https://api.stripe.com/v1\", data = [\"user.name\"]},\n  {host = \"api.stripe.com:443\", data = [\"user.name\"]},\n  {host = \"*\", data = [\"user.name\"]},\n  {host = \"bad host\", data = [\"user.name\"]},\n]\n",
			[]string{
				`p.toml:4:4: rules.piiegress.allow[0].host: malformed host "https://api.stripe.com/v1" (want a host name such as "api.stripe.com" or "*.acme.internal"; did you mean "api.stripe.com"?)`,
				`p.toml:5:4: rules.piiegress.allow[1].host: malformed host "api.stripe.com:443" (want a host name such as "api.stripe.com" or "*.acme.internal"; did you mean "api.stripe.com"?)`,
				`p.toml:6:4: rules.piiegress.allow[2].host: host "*" allows every destination; list the processors' hosts instead`,
				`p.toml:7:4: rules.piiegress.allow[3].host: malformed host "bad host" (want a host name such as "api.stripe.com" or "*.acme.internal")`,
			},
		},
		{
			"sdk sink without host",
			v + "[[rules.piiegress.sinks]]\nfunc = \"(*github.com/getsentry/sentry-go.Scope).SetUser\"\n",
			[]string{`p.toml:2:1: rules.piiegress.sinks[0]: missing host (where the SDK sends the data)`},
		},
		{
			"several problems, reported in file order",
			"policy = 1\n[rules.piilog]\nseverity = \"fatal\"\nsink = []\n",
			[]string{
				`p.toml:1:1: missing required key "version" (add version = 1 at the top)`,
				`p.toml:1:1: policy must be a string, not an integer`,
				`p.toml:3:1: rules.piilog.severity: "fatal" is not one of "error", "warning", "info"`,
				`p.toml:4:1: unknown key "sink" in rules.piilog (did you mean "sinks"?)`,
			},
		},
		{
			"dotted keys",
			v + "rules.piilog.sinkz = []\n",
			[]string{`p.toml:2:14: unknown key "sinkz" in rules.piilog (did you mean "sinks"?)`},
		},
		{
			"CRLF line endings and a BOM",
			"\ufeffversion = 1\r\n[rules.piilog]\r\nsevertiy = \"error\"\r\n",
			[]string{`p.toml:3:1: unknown key "severtiy" in rules.piilog (did you mean "severity"?)`},
		},
		{
			"multi-line strings before the error",
			v + "policy = \"\"\"\nthe [rules] of\n\"quoted\" = 1\n\"\"\"\nurl = '''x'''\nplicy = 2\n",
			[]string{`p.toml:7:1: unknown key "plicy" at the top level (did you mean "policy"?)`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := errorLines(t, tt.src)
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseErrorIsAnError(t *testing.T) {
	_, err := Parse("p.toml", []byte("version = 1\nbogus = 1\n"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("errors.As(%v, *Error) = false", err)
	}
	if e.Pos != (Position{File: "p.toml", Line: 2, Col: 1}) {
		t.Errorf("Pos = %v", e.Pos)
	}
	if !strings.HasPrefix(e.Msg, `unknown key "bogus"`) {
		t.Errorf("Msg = %q", e.Msg)
	}
}

func TestParseFillsDefaults(t *testing.T) {
	p, err := Parse("p.toml", []byte("version = 1\n[data.\"user.x\"]\nnames = ['^x$']\n[rules.piiegress]\nclause = \"c\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range RuleNames {
		c := p.common(rule)
		if !c.Enabled || c.Severity != "error" || !c.Builtins {
			t.Errorf("%s: %+v, want enabled, severity error, builtins on", rule, *c)
		}
	}
	if p.PIIEgress.Unknown != "report" {
		t.Errorf("piiegress unknown = %q, want report", p.PIIEgress.Unknown)
	}
	if c := p.Data["user.x"]; c == nil || !c.Builtins {
		t.Errorf("category user.x = %+v, want builtins on", c)
	}
	for _, name := range BuiltinCategories() {
		if c := p.Data[name]; c == nil || c.Description == "" || !c.Builtins {
			t.Errorf("default category %s = %+v, want it present with a description", name, c)
		}
	}
}

func TestParseSpecExample(t *testing.T) {
	p, err := Load("testdata/spec.toml")
	if err != nil {
		t.Fatal(err)
	}
	ip := p.Data[IPAddress]
	if want := []string{"X-Forwarded-For", "X-Real-Ip"}; !slices.Equal(ip.Headers, want) {
		t.Errorf("headers = %q, want canonical %q", ip.Headers, want)
	}
	if p.PIILog.Enabled != true || p.PIILog.Severity != "error" || len(p.PIILog.Sinks) != 1 {
		t.Errorf("piilog = %+v", p.PIILog)
	}
	if got := p.EmailConsent.Consent; len(got) != 2 {
		t.Errorf("consent = %q", got)
	}
	if len(p.PIIEgress.Allow) != 2 || p.PIIEgress.Allow[1].Func != "(*example.com/acme/hooks.Dispatcher).Deliver" {
		t.Errorf("allow = %+v", p.PIIEgress.Allow)
	}
	if len(p.PIIEgress.Sinks) != 1 || p.PIIEgress.Sinks[0].Host != "sentry.io" {
		t.Errorf("sinks = %+v", p.PIIEgress.Sinks)
	}
	ex := p.Exceptions[0]
	if want := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC); !ex.Expires.Equal(want) || ex.Pos.Line != 62 || ex.Pos.Col != 1 {
		t.Errorf("exception = %+v", ex)
	}
	data, _ := os.ReadFile("testdata/spec.toml")
	sum := sha256.Sum256(data)
	if p.Hash != hex.EncodeToString(sum[:]) || p.Path != "testdata/spec.toml" {
		t.Errorf("Path, Hash = %q, %q", p.Path, p.Hash)
	}
	for key, want := range map[string]Position{
		"version":                                {Line: 1, Col: 1},
		"data.user.device.ip_address":            {Line: 10, Col: 7},
		"data.user.device.ip_address.funcs[1]":   {Line: 14, Col: 36},
		"rules.piilog.sinks[0]":                  {Line: 30, Col: 13},
		"rules.piiegress.allow[1]":               {Line: 50, Col: 1},
		"rules.piiegress.allow[1].func":          {Line: 51, Col: 1},
		"rules.piiegress.sinks[0].host":          {Line: 57, Col: 1},
		"exceptions[0].paths[0]":                 {Line: 64, Col: 12},
		"rules.emailconsent.transactional[0]":    {Line: 37, Col: 18},
		"data.user.contact.email.fields[1]":      {Line: 21, Col: 22},
		"data.user.device.ip_address.names[0]":   {Line: 16, Col: 15},
		"data.user.device.ip_address.headers[1]": {Line: 15, Col: 34},
	} {
		want.File = "testdata/spec.toml"
		if got := p.Pos[key]; got != want {
			t.Errorf("Pos[%q] = %v, want %v", key, got, want)
		}
	}
}

func TestPosOfFallsBackToTheEnclosingTable(t *testing.T) {
	p, err := Parse("p.toml", []byte("version = 1\n[rules.piilog]\ndeny = [\"user.name\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.PosOf("rules.piilog.sinks[3]"), (Position{File: "p.toml", Line: 2, Col: 8}); got != want {
		t.Errorf("PosOf = %v, want %v", got, want)
	}
	if got := Default().PosOf("nowhere"); got != (Position{File: "default"}) {
		t.Errorf("PosOf(nowhere) = %v, want only the file", got)
	}
}

func TestKeyPositionsOfNestedValues(t *testing.T) {
	src := `a = { b = [1, { c = "}]" }], 'd.e' = """x
y""" }
[[t]]
[[t.u]]
v = 1
[[t]]
[[t.u]]
[[t.u]]
w = [[1, 2], [3,
  4]]
[t.x."q.r"]
s = 1
["\u0061\e\x41\t".b]
`
	pos := keyPositions("f", src)
	for key, want := range map[string]Position{
		"a":                 {Line: 1, Col: 1},
		"a.b[1].c":          {Line: 1, Col: 17},
		"a.d.e":             {Line: 1, Col: 30},
		"t[0]":              {Line: 3, Col: 1},
		"t[0].u[0].v":       {Line: 5, Col: 1},
		"t[1]":              {Line: 6, Col: 1},
		"t[1].u[1]":         {Line: 8, Col: 1},
		"t[1].u[1].w[1][1]": {Line: 10, Col: 3},
		"t[1].x.q.r.s":      {Line: 12, Col: 1},
		"a\x1bA\t.b":        {Line: 13, Col: 19}, // the b
	} {
		want.File = "f"
		if got := pos[key]; got != want {
			t.Errorf("pos[%q] = %v, want %v", key, got, want)
		}
	}
}

func TestLoadNamesAMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.toml")
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), "loading policy "+path) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want an error naming it that wraps fs.ErrNotExist", err)
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"enabled", "severity", "clause", "builtins", "deny", "sinks"}
	for in, want := range map[string]string{
		"sink":     ` (did you mean "sinks"?)`,
		"Severity": ` (did you mean "severity"?)`,
		"sevirity": ` (did you mean "severity"?)`,
		"enalbed":  ` (did you mean "enabled"?)`,  // swapped neighbours
		"buil":     ` (did you mean "builtins"?)`, // truncated
		"url":      ``,
		"x":        ``,
	} {
		if got := suggest(in, keys); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReferenceSyntax(t *testing.T) {
	for _, tt := range []struct {
		check func(string) bool
		ref   string
		want  bool
	}{
		{checkFuncRef, "net/smtp.SendMail", true},
		{checkFuncRef, "(*net/http.Client).Do", true},
		{checkFuncRef, "(net/http.Header).Get", true},
		{checkFuncRef, "gopkg.in/gomail.v2.NewDialer", true},
		{checkFuncRef, "(*example.com/x.List[T]).Push", true},
		{checkFuncRef, "(*example.com/x.Map[K, V]).Get", true},
		{checkFuncRef, "(*example.com/x.List[T).Push", false},
		{checkFuncRef, "(*example.com/x.List[T](int)).Push", false},
		{checkFuncRef, "example.com/x.List[T].Push", false},
		{checkFuncRef, "(*example.com/x.T).", false},
		{checkFuncRef, "example.com//x.F", false},
		{checkFuncRef, "../x.F", false},
		{checkFuncRef, "x y.F", false},
		{checkFuncRef, ".F", false},
		{checkFieldRef, "*.Email", true},
		{checkFieldRef, "net/http.Request.RemoteAddr", true},
		{checkFieldRef, "*.", false},
		{checkFieldRef, "*.*.Email", false},
		{checkFieldRef, "Request.", false},
		{checkTypeRef, "net/netip.Addr", true},
		{checkTypeRef, "net.IP[]", false},
		{checkTypeRef, "[]net.IP", false},
	} {
		if got := tt.check(tt.ref); got != tt.want {
			t.Errorf("check(%q) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}

func TestRunTestsKey(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want *bool
	}{
		{"version = 1\n", nil},
		{"version = 1\n[run]\n", nil},
		{"version = 1\n[run]\ntests = true\n", new(true)},
		{"version = 1\n[run]\ntests = false\n", new(false)},
	} {
		p, err := Parse("p.toml", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		got := p.Run.Tests
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%q: Run.Tests = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestLoadRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "policy.fifo")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Load(fifo)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("Load(FIFO) = %v, want an error that says it is not a regular file", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Load blocked on a FIFO")
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "a directory") {
		t.Errorf("Load(dir) = %v, want an error that says it is a directory", err)
	}
}
