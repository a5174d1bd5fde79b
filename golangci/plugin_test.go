package golangci

import (
	"errors"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/rules"
)

// writeFile creates dir/name (and its directories) with the given text.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodManifest = `version = 1

[rules.piilog]
clause = "No IPs in logs."
`

// project lays out a repository with a golangci-lint configuration at its
// root, a manifest in policy/ and a package directory below, and returns
// the root.
func project(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	writeFile(t, root, ".golangci.yml", "version: \"2\"\n")
	writeFile(t, root, "policy/policylint.toml", goodManifest)
	if err := os.MkdirAll(filepath.Join(root, "internal", "api"), 0o755); err != nil {
		t.Fatal(err)
	}
	return root
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestPluginIsRegisteredAsPolicylint(t *testing.T) {
	newPlugin, err := register.GetPlugin("policylint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

func TestNoSettingsResolvesThePolicyPerPackage(t *testing.T) {
	p, err := newPlugin(nil, environment{wd: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if p.policy != nil {
		t.Errorf("policy = %s, want nil (per-package resolution)", p.policy.Path)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(names(as), rules.PIILog) {
		t.Errorf("analyzers = %v, want piilog among them", names(as))
	}
}

func TestGoodSettingsLoadThePolicyFromTheConfigDirectory(t *testing.T) {
	root := project(t)
	env := environment{wd: filepath.Join(root, "internal", "api")}
	conf := map[string]any{"policy": "policy/policylint.toml", "rules": []any{"piilog"}}
	p, err := newPlugin(conf, env)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "policy", "policylint.toml"); p.policy == nil || p.policy.Path != want {
		t.Fatalf("policy = %v, want %s", p.policy, want)
	}
	if got := p.policy.Clause(rules.PIILog); got != "No IPs in logs." {
		t.Errorf("clause = %q: the manifest was not the one loaded", got)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got := names(as); !slices.Equal(got, []string{rules.PIILog}) {
		t.Errorf("analyzers = %v, want [piilog]", got)
	}
}

func TestSettingsErrorsNameTheProblem(t *testing.T) {
	for _, tc := range []struct {
		name string
		conf any
		want []string // substrings of the error
	}{
		{"misspelt key", map[string]any{"polcy": "p.toml"}, []string{`unknown setting "polcy"`, `did you mean "policy"?`}},
		{"misspelt rules key", map[string]any{"rule": []any{"piilog"}}, []string{`unknown setting "rule"`, `did you mean "rules"?`}},
		{"two unknown keys", map[string]any{"zzz": 1, "policy": "", "aaa": 2}, []string{`unknown setting "aaa", unknown setting "zzz"`, "the settings are policy and rules"}},
		{"unknown rule", map[string]any{"rules": []any{"piilg"}}, []string{`unknown rule "piilg"`, `did you mean "piilog"?`, "piilog, emailconsent, piiegress"}},
		{"far-off rule", map[string]any{"rules": []any{"gosec"}}, []string{`unknown rule "gosec" (rules:`}},
		{"rules as a string", map[string]any{"rules": "piilog"}, []string{"setting rules: want a list of rule names", "got a string"}},
		{"rule not a string", map[string]any{"rules": []any{3}}, []string{"setting rules: want a list of rule names", "got a number"}},
		{"policy not a string", map[string]any{"policy": []any{"a"}}, []string{"setting policy: want the path of a policy manifest", "got an array"}},
		{"settings not a mapping", []any{"piilog"}, []string{"settings must be a mapping with the keys policy and rules"}},
		{"empty rule name", map[string]any{"rules": []any{""}}, []string{`unknown rule ""`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newPlugin(tc.conf, environment{wd: t.TempDir()})
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "policylint settings: ") {
				t.Errorf("error %q does not start with %q", msg, "policylint settings: ")
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
		})
	}
}

func TestSettingsKeysAreMatchedLikeJSON(t *testing.T) {
	// golangci-lint's loader lower-cases keys anyway; encoding/json
	// ignores case, and so does the key check in front of it.
	s, err := decodeSettings(map[string]any{"Rules": []any{"piilog", "piilog"}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.Rules, []string{"piilog"}) {
		t.Errorf("rules = %v, want [piilog] (duplicates dropped)", s.Rules)
	}
}

func TestBadManifestErrorNamesFileLineAndColumn(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, ".golangci.yml", "version: \"2\"\n")
	manifest := writeFile(t, root, "policylint.toml", "version = 1\n\n[rules.piilog]\nsevirity = \"error\"\n")
	_, err := newPlugin(map[string]any{"policy": "policylint.toml"}, environment{wd: root})
	if err == nil {
		t.Fatal("no error for a manifest with an unknown key")
	}
	want := regexp.MustCompile(`^policylint settings: bad policy manifest: ` + regexp.QuoteMeta(manifest) + `:4:1: .*sevirity.*did you mean "severity"`)
	if !want.MatchString(err.Error()) {
		t.Errorf("error %q does not match %s", err, want)
	}
	var re *rules.Error
	if !errors.As(err, &re) || re.Pos.Line != 4 {
		t.Errorf("error %v does not wrap a *rules.Error at line 4", err)
	}
}

func TestMissingManifestSaysWhereItWasLookedFor(t *testing.T) {
	root := project(t)
	env := environment{wd: filepath.Join(root, "internal", "api")}
	_, err := newPlugin(map[string]any{"policy": "nope.toml"}, env)
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{
		filepath.Join(root, "nope.toml") + " does not exist",
		`"nope.toml" is taken from the directory of ` + filepath.Join(root, ".golangci.yml"),
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not contain %q", err, w)
		}
	}
	_, err = newPlugin(map[string]any{"policy": "policy"}, env)
	if err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("policy naming a directory: error %v, want one saying it is a directory", err)
	}
}

func TestRelativePolicyResolution(t *testing.T) {
	root := project(t)
	sub := filepath.Join(root, "internal", "api")
	other := t.TempDir()
	writeFile(t, other, "ci/golangci.yaml", "version: \"2\"\n")
	home := t.TempDir()
	writeFile(t, home, ".golangci.toml", "")
	bare := t.TempDir() // no configuration anywhere up to the root

	for _, tc := range []struct {
		name    string
		env     environment
		setting string
		want    string
	}{
		{"config in the working directory", environment{wd: root}, "policy/policylint.toml", filepath.Join(root, "policy/policylint.toml")},
		{"config in a parent", environment{wd: sub}, "policy/policylint.toml", filepath.Join(root, "policy/policylint.toml")},
		{"dot-dot from the config", environment{wd: sub}, "../x.toml", filepath.Join(filepath.Dir(root), "x.toml")},
		{"config-path placeholder", environment{wd: sub}, "${config-path}/policy/policylint.toml", filepath.Join(root, "policy/policylint.toml")},
		{"absolute", environment{wd: sub}, "/etc/policylint.toml", "/etc/policylint.toml"},
		{"--config flag", environment{wd: sub, args: []string{"run", "--config", filepath.Join(other, "ci/golangci.yaml"), "./..."}}, "p.toml", filepath.Join(other, "ci/p.toml")},
		{"--config= flag, relative to the working directory", environment{wd: other, args: []string{"run", "--config=ci/golangci.yaml"}}, "p.toml", filepath.Join(other, "ci/p.toml")},
		{"-c flag", environment{wd: other, args: []string{"run", "-c", "ci/golangci.yaml"}}, "p.toml", filepath.Join(other, "ci/p.toml")},
		{"-cFILE", environment{wd: other, args: []string{"run", "-cci/golangci.yaml"}}, "p.toml", filepath.Join(other, "ci/p.toml")},
		{"the last --config wins", environment{wd: other, args: []string{"run", "-c", "a/x.yml", "--config", "ci/golangci.yaml"}}, "p.toml", filepath.Join(other, "ci/p.toml")},
		{"flags after -- are not ours", environment{wd: sub, args: []string{"run", "--", "-c", "elsewhere/x.yml"}}, "p.toml", filepath.Join(root, "p.toml")},
		{"--no-config: working directory", environment{wd: sub, args: []string{"run", "--no-config"}}, "p.toml", filepath.Join(sub, "p.toml")},
		{"config from stdin: working directory", environment{wd: sub, args: []string{"run", "-c", "-"}}, "p.toml", filepath.Join(sub, "p.toml")},
		{"config in the home directory", environment{wd: bare, home: home}, "p.toml", filepath.Join(home, "p.toml")},
		{"no config at all: working directory", environment{wd: bare}, "p.toml", filepath.Join(bare, "p.toml")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := policyPath(tc.setting, tc.env)
			if got != tc.want {
				t.Errorf("policyPath(%q) = %s, want %s", tc.setting, got, tc.want)
			}
		})
	}
}

func TestConfigFilePrefersGolangciOrderInOneDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".golangci.yml", "")
	writeFile(t, dir, ".golangci.yaml", "")
	if got, want := configFile(environment{wd: dir}), filepath.Join(dir, ".golangci.yaml"); got != want {
		t.Errorf("configFile = %s, want %s (yaml before yml, as viper tries them)", got, want)
	}
	writeFile(t, dir, ".golangci.json", "")
	if got, want := configFile(environment{wd: dir}), filepath.Join(dir, ".golangci.json"); got != want {
		t.Errorf("configFile = %s, want %s", got, want)
	}
}

func TestBuildAnalyzersFollowsTheRulesSetting(t *testing.T) {
	for _, rule := range rules.RuleNames {
		t.Run(rule, func(t *testing.T) {
			p, err := newPlugin(map[string]any{"rules": []any{rule}}, environment{wd: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			as, err := p.BuildAnalyzers()
			if err != nil {
				// A rule the suite does not implement yet must say so.
				if !strings.Contains(err.Error(), `rule "`+rule+`" is not available in this build`) {
					t.Fatalf("BuildAnalyzers: %v", err)
				}
				return
			}
			if got := names(as); !slices.Equal(got, []string{rule}) {
				t.Errorf("analyzers = %v, want [%s]", got, rule)
			}
		})
	}
}

func TestRuleSwitchedOffByTheManifestIsNoError(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "policylint.toml", "version = 1\n\n[rules.piilog]\nenabled = false\n")
	p, err := newPlugin(map[string]any{"policy": "policylint.toml", "rules": []any{"piilog"}}, environment{wd: root})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 0 {
		t.Errorf("analyzers = %v, want none", names(as))
	}
}

func TestAdaptedAnalyzerDropsRelatedInformation(t *testing.T) {
	a := adapt(&analysis.Analyzer{
		Name: "fake",
		Doc:  "fake: reports one diagnostic with a flow",
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Report(analysis.Diagnostic{
				Pos:     1,
				Message: "m",
				Related: []analysis.RelatedInformation{{Pos: 2, Message: "step"}},
			})
			return nil, nil
		},
	})
	var got []analysis.Diagnostic
	pass := &analysis.Pass{Analyzer: a, Report: func(d analysis.Diagnostic) { got = append(got, d) }}
	if _, err := a.Run(pass); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Message != "m" || got[0].Pos != token.Pos(1) || got[0].Related != nil {
		t.Errorf("reported %+v, want one diagnostic \"m\" without related information", got)
	}
}

func TestAdaptedAnalyzerNamesTheCategoryInTheMessage(t *testing.T) {
	a := adapt(&analysis.Analyzer{
		Name: "fake",
		Doc:  "fake: reports with and without the category in the message",
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Report(analysis.Diagnostic{Category: "user.contact.email", Message: "marketing e-mail to u.Email without a consent check"})
			pass.Report(analysis.Diagnostic{Category: "user.name", Message: "user.name from FullName is sent to x.example"})
			pass.Report(analysis.Diagnostic{Message: "no category"})
			return nil, nil
		},
	})
	var got []string
	if _, err := a.Run(&analysis.Pass{Analyzer: a, Report: func(d analysis.Diagnostic) { got = append(got, d.Message) }}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"user.contact.email: marketing e-mail to u.Email without a consent check",
		"user.name from FullName is sent to x.example",
		"no category",
	}
	if !slices.Equal(got, want) {
		t.Errorf("messages = %q, want %q", got, want)
	}
}

func TestAdaptedAnalyzerTurnsAPanicIntoAnError(t *testing.T) {
	a := adapt(&analysis.Analyzer{
		Name: "fake",
		Doc:  "fake: panics",
		Run:  func(*analysis.Pass) (any, error) { panic("boom") },
	})
	_, err := a.Run(&analysis.Pass{Analyzer: a})
	if err == nil || !strings.Contains(err.Error(), "analyzer fake panicked on package (unknown): boom") {
		t.Errorf("err = %v, want the panic as an error naming the analyzer", err)
	}
}

func TestAdaptedPIILogReportsCategoryRuleAndClause(t *testing.T) {
	t.Setenv(rules.EnvVar, "")
	p, err := newPlugin(map[string]any{"rules": []any{"piilog"}}, environment{wd: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), as[0], "visits")
}

func TestManifestHashJoinsTheSettingsForGolangciCache(t *testing.T) {
	root := project(t)
	conf := map[string]any{"policy": "policy/policylint.toml"}
	p, err := newPlugin(conf, environment{wd: root})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := conf[manifestKey].(string)
	if first == "" || first != p.policy.Hash {
		t.Fatalf("settings[%q] = %q, want the manifest hash %q", manifestKey, first, p.policy.Hash)
	}
	// golangci-lint may build its linters again from the same map.
	if _, err := newPlugin(conf, environment{wd: root}); err != nil {
		t.Fatalf("second decoding of the same settings: %v", err)
	}

	writeFile(t, root, "policy/policylint.toml", goodManifest+"severity = \"warning\"\n")
	conf = map[string]any{"policy": "policy/policylint.toml"}
	if _, err := newPlugin(conf, environment{wd: root}); err != nil {
		t.Fatal(err)
	}
	if conf[manifestKey] == first {
		t.Errorf("an edited manifest left settings[%q] unchanged", manifestKey)
	}
}

func TestDiscoveredManifestHashJoinsTheSettings(t *testing.T) {
	t.Setenv(rules.EnvVar, "")
	root := t.TempDir()
	writeFile(t, root, "go.mod", "module example.com/m\n")
	writeFile(t, root, "policylint.toml", goodManifest)
	conf := map[string]any{}
	if _, err := newPlugin(conf, environment{wd: root}); err != nil {
		t.Fatal(err)
	}
	if h, _ := conf[manifestKey].(string); len(h) != 64 {
		t.Errorf("settings[%q] = %q, want the discovered manifest's SHA-256", manifestKey, h)
	}

	conf = map[string]any{}
	if _, err := newPlugin(conf, environment{wd: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	if _, ok := conf[manifestKey]; ok {
		t.Errorf("settings[%q] set without any manifest", manifestKey)
	}
}
