package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylint/policylint/internal/finding"
)

func ipLogged(file string, line int, fn, source string) finding.Finding {
	return finding.Finding{
		Rule: "piilog", Category: "user.device.ip_address", Severity: "error",
		Message:  "user.device.ip_address from " + source + " reaches log.Printf without anonymization",
		Pos:      finding.Position{File: file, Line: line, Column: 2},
		Function: fn, Source: source, Sink: "log.Printf",
	}
}

func TestMovedFindingStaysKnownAndNewOneIsFresh(t *testing.T) {
	cwd := t.TempDir()
	path := filepath.Join("ci", "policylint-baseline.json")
	if err := os.Mkdir(filepath.Join(cwd, "ci"), 0o755); err != nil {
		t.Fatal(err)
	}
	old := []finding.Finding{
		ipLogged("internal/api/login.go", 40, "example.com/api.Login", "r.RemoteAddr"),
		ipLogged("internal/api/login.go", 52, "example.com/api.Login", "r.RemoteAddr"),
	}
	if err := Write(filepath.Join(cwd, path), cwd, old); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path, cwd)
	if err != nil {
		t.Fatal(err)
	}
	// Ten lines were added above both; a third, identical flow appeared,
	// and one from another source.
	now := []finding.Finding{
		ipLogged("internal/api/login.go", 50, "example.com/api.Login", "r.RemoteAddr"),
		ipLogged("internal/api/login.go", 62, "example.com/api.Login", "r.RemoteAddr"),
		ipLogged("internal/api/login.go", 70, "example.com/api.Login", "r.RemoteAddr"),
		ipLogged("internal/api/login.go", 75, "example.com/api.Login", `X-Forwarded-For header`),
	}
	fresh, known := b.Filter(cwd, now)
	if known != 2 || len(fresh) != 2 || fresh[0].Pos.Line != 70 || fresh[1].Pos.Line != 75 {
		t.Errorf("want the two old findings known and the two others fresh; known %d, fresh %+v", known, fresh)
	}
}

func TestFindingInAnotherFunctionOrFileIsFresh(t *testing.T) {
	cwd := t.TempDir()
	path := filepath.Join(cwd, "b.json")
	if err := Write(path, cwd, []finding.Finding{ipLogged("a.go", 1, "p.F", "ip")}); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path, cwd)
	if err != nil {
		t.Fatal(err)
	}
	fresh, known := b.Filter(cwd, []finding.Finding{ipLogged("a.go", 1, "p.G", "ip"), ipLogged("b.go", 1, "p.F", "ip")})
	if known != 0 || len(fresh) != 2 {
		t.Errorf("want both fresh, got known %d, fresh %d", known, len(fresh))
	}
}

func TestBadBaselinesAreErrors(t *testing.T) {
	cwd := t.TempDir()
	for name, content := range map[string]string{
		"garbage.json": "not json",
		"unknown.json": `{"version": 1, "findings": [], "extra": true}`,
		"version.json": `{"version": 7, "findings": []}`,
		"noid.json":    `{"version": 1, "findings": [{"rule": "piilog"}]}`,
	} {
		if err := os.WriteFile(filepath.Join(cwd, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(name, cwd); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: want an error naming the file, got %v", name, err)
		}
	}
	if _, err := Load("missing.json", cwd); err == nil || !strings.Contains(err.Error(), "-write-baseline") {
		t.Errorf("a missing baseline should say how to create it, got %v", err)
	}
}
