package suite_test

// What Bazel's nogo (docs/nogo.md) relies on: it imports each analyzer
// package's Analyzer variable, configures analyzers only through their
// flags and a JSON file, runs every package in an action of its own, and
// carries facts between actions gob-encoded, as unitchecker does under go
// vet. analysistest's checker gob-encodes every fact it passes from a
// package to its importers (checker.Options.SanityCheck), so the
// cross-package fixtures below go through the same encoding.

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/emailconsent"
	"github.com/policylint/policylint/analyzers/piiegress"
	"github.com/policylint/policylint/analyzers/piilog"
	"github.com/policylint/policylint/analyzers/suite"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// TestNogoAnalyzersShareOneEngine checks the Analyzer variables nogo
// imports: valid together, and requiring one engine, so a nogo target
// that lists the three rules builds each package's SSA form once.
func TestNogoAnalyzersShareOneEngine(t *testing.T) {
	as := []*analysis.Analyzer{piilog.Analyzer, emailconsent.Analyzer, piiegress.Analyzer}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	if got := suite.Analyzers(nil, nil); !reflect.DeepEqual(got, as) {
		t.Errorf("suite.Analyzers(nil, nil) = %v, want the packages' Analyzer variables %v", got, as)
	}
	for _, a := range as {
		if !requires(a, taint.Analyzer) {
			t.Errorf("%s does not require taint.Analyzer", a.Name)
		}
	}
}

func requires(a, dep *analysis.Analyzer) bool {
	for _, r := range a.Requires {
		if r == dep || requires(r, dep) {
			return true
		}
	}
	return false
}

// TestNogoTakesTheManifestFromTheEnvironment: nogo has no -policy flag;
// $POLICYLINT_POLICY names the manifest. The custom fixture's findings
// quote custom.toml's clause, so they match only if it was used.
func TestNogoTakesTheManifestFromTheEnvironment(t *testing.T) {
	dir := filepath.Join("..", "emailconsent", "testdata")
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("POLICYLINT_POLICY", filepath.Join(abs, "custom.toml"))
	analysistest.Run(t, abs, emailconsent.Analyzer, "custom")
}

// TestNogoFactsFlowBetweenPackages runs the package-level analyzers on a
// wrapper in one package and its caller in another: the finding moves to
// the caller only through the wrapper's fact.
func TestNogoFactsFlowBetweenPackages(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("..", "emailconsent", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("POLICYLINT_POLICY", "")
	analysistest.Run(t, abs, emailconsent.Analyzer, "mailer", "campaign")
}

// TestFactsSurviveGob encodes a fact of every type with every field set,
// twice (the encoding must be deterministic: the go command and Bazel
// cache by content), and decodes it back unchanged.
func TestFactsSurviveGob(t *testing.T) {
	steps := []finding.Step{{Pos: finding.Position{File: "a.go", Line: 3, Column: 7}, Note: "r.RemoteAddr"}}
	facts := []analysis.Fact{
		&taint.FuncSummary{
			Sinks: []taint.ParamSink{{Param: 1, Path: ".IP", Removed: "user.name", Kind: taint.Egress, Sink: "net/http.Client.Do", Chain: steps, Host: "api.example.com", Funcs: []string{"a.Send"},
				// The receiver's base URL: a reference whose fields are all
				// zero must come back, not become nil.
				HostFrom: &taint.DestRef{}}},
			Results: []taint.ResultSource{{Result: 0, Param: -1, Path: ".Addr", Cat: "user.device.ip_address", Desc: "r.RemoteAddr", Steps: steps}},
			Flows:   []taint.Flow{{Param: 0, Path: "", Removed: "user.contact.email", ToResult: 1, ToParam: -1, ToPath: ".X"}},
			Ctx:     []taint.CtxStore{{Param: 2, Path: ".A", Removed: "", Key: "a.key"}},
			Dests: []taint.ResultDest{
				{Result: 0, Path: ".BaseURL", Host: "api.example.com", From: &taint.DestRef{Param: 1, Path: ".cfg", HostOnly: true}, Option: true},
			},
		},
		&taint.PackageFacts{Stores: []taint.Stored{{Loc: "field:a.T.IP", Cat: "user.device.ip_address", Desc: "r.RemoteAddr", Steps: steps}}},
		&emailconsent.Summary{
			Sends:     []emailconsent.Send{{Param: 1, Via: []string{"a.Notify", "net/smtp.SendMail"}, Chain: steps}},
			Answer:    &emailconsent.Answer{Param: 0, Polarity: rules.Allows, Err: true},
			Consented: true,
		},
	}
	for _, a := range []*analysis.Analyzer{taint.Analyzer, emailconsent.Analyzer} {
		for _, ft := range a.FactTypes {
			found := false
			for _, f := range facts {
				found = found || reflect.TypeOf(f) == reflect.TypeOf(ft)
			}
			if !found {
				t.Errorf("fact type %T of %s is not covered by this test", ft, a.Name)
			}
		}
	}
	for _, f := range facts {
		var b1, b2 bytes.Buffer
		if err := gob.NewEncoder(&b1).Encode(f); err != nil {
			t.Fatalf("encoding %T: %v", f, err)
		}
		if err := gob.NewEncoder(&b2).Encode(f); err != nil {
			t.Fatalf("encoding %T: %v", f, err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Errorf("the encoding of %T is not deterministic", f)
		}
		back := reflect.New(reflect.TypeOf(f).Elem()).Interface().(analysis.Fact)
		if err := gob.NewDecoder(&b1).Decode(back); err != nil {
			t.Fatalf("decoding %T: %v", f, err)
		}
		if _, lazy := f.(*taint.FuncSummary); lazy {
			// A summary keeps its encoding until the engine reads it
			// (taint/factcodec.go): what it prints decodes it, and it
			// must encode again to the same bytes.
			var b3 bytes.Buffer
			if err := gob.NewEncoder(&b3).Encode(back); err != nil {
				t.Fatalf("encoding %T again: %v", f, err)
			}
			if !bytes.Equal(b3.Bytes(), b2.Bytes()) {
				t.Errorf("%T encodes differently after gob", f)
			}
			if got, want := fmt.Sprint(back), fmt.Sprint(f); got != want {
				t.Errorf("%T after gob: %s, want %s", f, got, want)
			}
			continue
		}
		if !reflect.DeepEqual(back, f) {
			t.Errorf("%T after gob: %+v, want %+v", f, back, f)
		}
	}
}
