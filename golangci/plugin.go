// Package golangci makes policylint a golangci-lint v2 module plugin named
// "policylint".
//
// It is a driver, like cmd/policylint: it turns the plugin settings of a
// .golangci.yml into a policy and hands golangci-lint the rule analyzers of
// analyzers/suite. A custom golangci-lint binary imports it for its init
// side effect (see docs/golangci.md):
//
//	linters:
//	  enable: [policylint]
//	  settings:
//	    custom:
//	      policylint:
//	        type: module
//	        settings:
//	          policy: policylint.toml   # optional; relative to the config file
//	          rules: [piilog]           # optional; default: every rule
//
// Without a policy setting the policy is resolved per package exactly as
// the standalone command does without -policy: $POLICYLINT_POLICY, else the
// nearest policylint.toml up to the module root, else the embedded default.
//
// golangci-lint shows a finding as "piilog: <message> (policylint)": the
// rule is the prefix, and the message names the data category (the plugin
// puts it in front of a message that does not, as golangci-lint drops
// Diagnostic.Category).
// It turns each piece of related information into an issue of its own, so
// the plugin leaves the flow out (policylint -format sarif shows it).
package golangci

import (
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/analyzers/suite"
	"github.com/policylint/policylint/rules"
)

// Name is the plugin's name: the key under linters.settings.custom and the
// linter name that //nolint and the enable list use.
const Name = "policylint"

func init() {
	register.Plugin(Name, New)
	// golangci-lint's run.tests decides whether test files are loaded;
	// a manifest's [run] tests = false still drops their findings.
	report.TestsByDefault = true
}

// Plugin is the policylint linter for one golangci-lint configuration.
type Plugin struct {
	settings Settings
	// policy is the manifest named by the policy setting, or nil to
	// resolve one per package.
	policy *rules.Policy
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the plugin settings golangci-lint passes (the value of
// linters.settings.custom.policylint.settings) and loads the policy they
// name. Any problem is an error: golangci-lint then stops before linting.
func New(conf any) (register.LinterPlugin, error) {
	return newPlugin(conf, hostEnv())
}

func newPlugin(conf any, env environment) (*Plugin, error) {
	s, err := decodeSettings(conf)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	p := &Plugin{settings: s}
	if s.Policy != "" {
		p.policy, err = loadPolicy(s.Policy, env)
		if err != nil {
			return nil, fmt.Errorf("%s settings: %w", Name, err)
		}
	}
	saltCache(conf, p.policy, env)
	return p, nil
}

// GetLoadMode asks golangci-lint for type information: the engine builds
// SSA from it.
func (*Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// BuildAnalyzers returns the rule analyzers the settings select, adapted to
// golangci-lint (see adapt).
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	as := suite.Analyzers(p.policy, p.settings.Rules)
	for _, name := range p.settings.Rules {
		if slices.ContainsFunc(as, func(a *analysis.Analyzer) bool { return a.Name == name }) {
			continue
		}
		if p.policy != nil && !p.policy.RuleEnabled(name) {
			continue // switched off by the manifest: nothing to run, nothing wrong
		}
		return nil, fmt.Errorf("%s settings: rule %q is not available in this build of policylint (available: %s)",
			Name, name, strings.Join(available(), ", "))
	}
	out := make([]*analysis.Analyzer, len(as))
	for i, a := range as {
		out[i] = adapt(a)
	}
	return out, nil
}

// available names the rules this build implements.
func available() []string {
	var names []string
	for _, a := range suite.Analyzers(rules.Default(), nil) {
		names = append(names, a.Name)
	}
	return names
}

// adapt returns a copy of the rule analyzer a for golangci-lint:
//
//   - its diagnostics carry no related information: golangci-lint would
//     print every step of the flow as an issue of its own (at the package
//     clause for steps in other packages), which //nolint on the finding's
//     line does not suppress;
//   - golangci-lint drops a diagnostic's Category, so a message that does
//     not name its data category gets it in front ("user.contact.email:
//     marketing e-mail to ... without a consent check");
//   - a panic in its Run becomes an error naming the rule and the package,
//     rather than a crash of the whole golangci-lint run.
//
// Only the rule analyzers are copied. Nothing requires them, whereas the
// engine and the policy analyzer are looked up by identity in ResultOf and
// must stay as they are.
func adapt(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	run := a.Run
	c.Run = func(pass *analysis.Pass) (result any, err error) {
		defer func() {
			if v := recover(); v != nil {
				pkg := "(unknown)"
				if pass.Pkg != nil {
					pkg = pass.Pkg.Path()
				}
				result, err = nil, fmt.Errorf("internal error: analyzer %s panicked on package %s: %v (please report this bug)", a.Name, pkg, v)
			}
		}()
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			if d.Category != "" && !strings.Contains(d.Message, d.Category) {
				d.Message = d.Category + ": " + d.Message
			}
			pass.Report(d)
		}
		return run(&p)
	}
	return &c
}
