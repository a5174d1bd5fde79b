package main

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRealisticFindingsMatchMarkers runs policylint, as a new user would,
// on testdata/realistic: a federated blogging and newsletter service
// written in the style of real ones, with the policylint.toml it ships
// (found by policy discovery). The findings must be exactly the lines that
// human review marked with "// policylint: expect RULE": no finding a
// reviewer would dismiss, and no marked violation missed. Test files are
// not reported by default, so no finding may be in one.
func TestRealisticFindingsMatchMarkers(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a 6,000-line module")
	}
	t.Parallel()
	root := filepath.Join("..", "..", "testdata", "realistic")
	res := policylint(t, ".", "-C", root, "-format", "json", "./...")
	if res.code != exitFindings {
		t.Fatalf("want exit 1, got %v", res)
	}
	rep, _ := decodeReport(t, []byte(res.stdout))
	if rep.Policy == nil || filepath.Base(*rep.Policy) != "policylint.toml" {
		t.Errorf("want the module's policylint.toml in use, got policy %v", rep.Policy)
	}

	messages := map[string]string{}
	var got []string
	for _, f := range rep.Findings {
		file := filepath.ToSlash(f.Pos.File)
		key := file + ":" + strconv.Itoa(f.Pos.Line) + ": " + *f.Rule
		if strings.HasSuffix(file, "_test.go") {
			t.Errorf("finding in a test file, which is not reported by default: %s %s", key, *f.Message)
		}
		messages[key] = *f.Message
		got = append(got, key)
	}
	// A marker stands for the findings of its rule on its line.
	slices.Sort(got)
	got = slices.Compact(got)
	want := exampleMarkers(t, root, "inkwell")
	for _, rule := range []string{"piilog", "emailconsent", "piiegress"} {
		if !slices.ContainsFunc(want, func(m string) bool { return strings.HasSuffix(m, ": "+rule) }) {
			t.Fatalf("no %s marker in %s: the markers were not read", rule, root)
		}
	}

	var unmarked, missed []string
	for _, g := range got {
		if !slices.Contains(want, g) {
			unmarked = append(unmarked, g+": "+messages[g])
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			missed = append(missed, w)
		}
	}
	if len(unmarked) > 0 {
		t.Errorf("%d findings on unmarked lines (a reviewer would dismiss them):\n\t%s", len(unmarked), strings.Join(unmarked, "\n\t"))
	}
	if len(missed) > 0 {
		t.Errorf("%d marked violations not reported:\n\t%s", len(missed), strings.Join(missed, "\n\t"))
	}
}
