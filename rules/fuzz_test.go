package rules

import (
	"bytes"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// FuzzParse checks that no manifest, however broken, crashes Parse, and
// that every error it reports points into the file.
func FuzzParse(f *testing.F) {
	f.Add(DefaultTOML)
	if spec, err := os.ReadFile("testdata/spec.toml"); err == nil {
		f.Add(spec)
	}
	for _, s := range []string{
		"",
		"version = 1\n",
		"version = 2\npolicy = 1\n[rules.pilog]\n",
		"version = 1\n[data.\"user..x\"]\nnames = ['(']\n",
		"version = 1\n[rules.piiegress]\nallow = [{host = \"https://x/\", data = [\"user.*\", 3]}, 4]\n",
		"version = 1\n[[exceptions]]\nrule = \"piilog\"\npaths = ['a\\b', \"**x\"]\nexpires = 2027-13-01\n",
		"version = 1\n[[exceptions]]\nexpires = 10:00:00\n[exceptions.x]\n",
		"version = 1\na = \"\"\"\n[not.a.table]\n\"\"\"\nb = '''x'''''\n",
		"\ufeffversion = 1\r\n[ rules . \"piilog\" ]\r\ndeny = [ # c\r\n  \"user.*\" , ]\r\n",
		"version = 1\nrules = { piilog = { deny = [\"x\"] }, emailconsent = 3 }\n",
		"version = [1]\n[[data]]\n",
		"[[rules.piiegress.allow]]\n[[rules.piiegress.allow.data]]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("f.toml", data)
		if err == nil {
			if p == nil {
				t.Fatal("no policy and no error")
			}
			// What the engine asks of a valid policy must not panic either.
			for _, name := range p.Categories() {
				p.Recognisers(name)
				p.Denies(PIILog, name)
				p.EgressAllowed(name, "api.example.com", "example.com/x.F")
			}
			p.ExceptionFor(PIILog, "internal/x.go", time.Now())
			p.Warnings(time.Now())
			return
		}
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("error is not a non-empty Errors: %#v", err)
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, e := range es {
			if e.Pos.File != "f.toml" || e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Col < 1 {
				t.Errorf("error without a position in the file: %#v", e)
			}
		}
	})
}

// FuzzKeyPositions checks the position scanner against the TOML decoder:
// every key the decoder sees must have a position, and every position must
// be at the start of something in the file.
func FuzzKeyPositions(f *testing.F) {
	f.Add(DefaultTOML)
	if spec, err := os.ReadFile("testdata/spec.toml"); err == nil {
		f.Add(spec)
	}
	f.Add([]byte("a = { b = [1, { c = \"}]\" }], 'd.e' = \"\"\"x\ny\"\"\" }\n[[t]]\n[[t.u]]\nv = 1\n[t.x.\"q.r\"]\ns = 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src := stripBOM(string(data))
		var v map[string]any
		md, err := toml.Decode(src, &v)
		if err != nil {
			return
		}
		pos := keyPositions("f", src)
		seen := make(map[string]bool)
		for k := range pos {
			seen[arrayIndex.ReplaceAllString(k, "")] = true
		}
		lines := strings.Split(src, "\n")
		for k, p := range pos {
			if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1]) {
				t.Fatalf("position %v of %q outside the file", p, k)
			}
			// A position is where something starts, never blank space.
			if c := lines[p.Line-1][p.Col-1]; strings.IndexByte(" \t\r#,=", c) >= 0 {
				t.Errorf("position %v of %q is at %q", p, k, c)
			}
		}
		for _, k := range md.Keys() {
			key := ""
			for _, part := range k {
				key = joinKey(key, part)
			}
			if !seen[key] {
				t.Errorf("no position for key %q", key)
			}
		}
	})
}

var arrayIndex = regexp.MustCompile(`\[\d+\]`)
