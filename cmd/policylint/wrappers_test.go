package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// An exported wrapper that sends a recognised field of its parameter is a
// finding in its own package under go vet, which cannot see its callers.
// The standalone command sees them: the finding is reported once, at the
// call that fills the struct with personal data.
func TestExportedWrapperFindingMovesToItsCaller(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module m\n\ngo 1.22\n",
		"tracker/tracker.go": `package tracker

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type User struct {
	ID        string
	IPAddress string
}

// Capture posts the user to an error tracker.
func Capture(msg string, u User) {
	body, _ := json.Marshal(map[string]string{"msg": msg, "ip": u.IPAddress})
	http.Post("https://errors.example.org/api/store", "application/json", bytes.NewReader(body))
}
`,
		"app/app.go": `package app

import (
	"net/http"

	"m/tracker"
)

func Recover(r *http.Request) {
	tracker.Capture("panic", tracker.User{ID: "u1", IPAddress: r.RemoteAddr})
}
`,
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, path, src)
	}
	where := func(args ...string) []string {
		res := policylint(t, dir, append([]string{"-format", "json"}, args...)...)
		if res.code != exitFindings {
			t.Fatalf("want exit 1, got %v", res)
		}
		rep, _ := decodeReport(t, []byte(res.stdout))
		var out []string
		for _, f := range rep.Findings {
			out = append(out, filepath.ToSlash(f.Pos.File)+":"+strconv.Itoa(f.Pos.Line))
		}
		slices.Sort(out)
		return out
	}
	if got, want := where("./..."), []string{"app/app.go:10"}; !slices.Equal(got, want) {
		t.Errorf("whole run: findings at %q, want %q", got, want)
	}
	// The tracker alone: nothing calls Capture, so it is an entry point.
	if got, want := where("./tracker"), []string{"tracker/tracker.go:17"}; !slices.Equal(got, want) {
		t.Errorf("tracker alone: findings at %q, want %q", got, want)
	}
}
