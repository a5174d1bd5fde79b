package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// expectMarker is the comment that ends a line of testdata/example where a
// finding is expected: "// policylint: expect piilog" with every manifest,
// "// policylint(acme): expect piilog" only with ../manifests/acme.toml,
// "// policylint(default): expect piiegress" only with the embedded default,
// "// policylint(standalone): expect emailconsent" with every manifest, by
// this command only: go vet and golangci-lint see one package at a time.
var expectMarker = regexp.MustCompile(`// policylint(?:\((\w+)\))?: expect ([a-z, ]+)$`)

// exampleMarkers returns "file:line: rule" for every marker that applies
// under manifest ("default" for the embedded default policy).
func exampleMarkers(t *testing.T, root, manifest string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(root, path)
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			m := expectMarker.FindStringSubmatch(sc.Text())
			if m == nil || (m[1] != "" && m[1] != manifest && m[1] != "standalone") {
				continue
			}
			for rule := range strings.SplitSeq(m[2], ",") {
				out = append(out, filepath.ToSlash(rel)+":"+strconv.Itoa(line)+": "+strings.TrimSpace(rule))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestExampleFindingsMatchMarkers runs the README's first command on the
// example service, with the embedded default policy and with the shop's
// manifest, and checks that the findings are exactly the marked lines.
func TestExampleFindingsMatchMarkers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	t.Parallel()
	root := filepath.Join("..", "..", "testdata", "example")
	for _, manifest := range []string{"default", "acme"} {
		args := []string{"-C", root, "-format", "json"}
		if manifest != "default" {
			args = append(args, "-policy", filepath.Join("..", "manifests", manifest+".toml"))
		}
		res := policylint(t, ".", args...)
		if res.code != exitFindings {
			t.Fatalf("manifest %q: want exit 1, got %v", manifest, res)
		}
		rep, _ := decodeReport(t, []byte(res.stdout))
		var got []string
		for _, f := range rep.Findings {
			got = append(got, filepath.ToSlash(f.Pos.File)+":"+strconv.Itoa(f.Pos.Line)+": "+*f.Rule)
		}
		// A marker stands for the findings of its rule on its line: a
		// call that sends two categories is two findings, one marker.
		slices.Sort(got)
		got = slices.Compact(got)
		want := exampleMarkers(t, root, manifest)
		if !slices.Equal(got, want) {
			t.Errorf("manifest %q: findings differ from the markers\ngot:\n\t%s\nwant:\n\t%s", manifest,
				strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
		}
	}
}
