package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policylint/policylint/internal/inventory"
)

var updateInventory = flag.Bool("update-inventory", false, "rewrite the inventory golden files in testdata/inventory")

// exampleRoot is testdata/example, from this package's directory.
var exampleRoot = filepath.Join("..", "..", "testdata", "example")

// inventoryRun runs policylint inventory on the example with args.
func inventoryRun(t *testing.T, args ...string) result {
	t.Helper()
	return policylint(t, ".", append([]string{"inventory", "-C", exampleRoot}, args...)...)
}

func decodeInventory(t *testing.T, data string) *inventory.Inventory {
	t.Helper()
	var inv inventory.Inventory
	if err := json.Unmarshal([]byte(data), &inv); err != nil {
		t.Fatalf("the inventory is not JSON: %v\n%s", err, data)
	}
	return &inv
}

// TestInventoryGoldens runs the README's command on the example in each
// text format, with the embedded default policy and (JSON) with the
// shop's manifest, and compares the output with testdata/inventory.
func TestInventoryGoldens(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	for _, c := range []struct{ golden, format, policy string }{
		{"example.md", "md", ""},
		{"example.json", "json", ""},
		{"example.fides.yaml", "fides", ""},
		{"example-acme.json", "json", "../manifests/acme.toml"},
	} {
		args := []string{"-format", c.format}
		if c.policy != "" {
			args = append(args, "-policy", c.policy)
		}
		res := inventoryRun(t, args...)
		if res.code != exitClean {
			t.Fatalf("%s: want exit 0, got %v", c.golden, res)
		}
		if !strings.Contains(res.stderr, "warning: drift: ") {
			t.Errorf("%s: no drift warning on stderr:\n%s", c.golden, res.stderr)
		}
		path := filepath.Join("..", "..", "testdata", "inventory", c.golden)
		if *updateInventory {
			if err := os.WriteFile(path, []byte(res.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if c.format == "md" {
			// The README shows this run, stderr first.
			readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(readme), res.stderr+strings.TrimRight(res.stdout, "\n")+"\n```") {
				t.Errorf("README.md does not show the output of policylint inventory -C testdata/example:\n%s%s", res.stderr, res.stdout)
			}
		}
		if res.stdout != string(want) {
			t.Errorf("%s differs from the output (run go test -run TestInventoryGoldens -update-inventory and review the diff):\n%s", c.golden, res.stdout)
		}
	}
}

// TestInventoryListsEveryFindingsFlow: each finding of a normal run on
// the example is a flow of the inventory, at the same place, of the same
// category, to a destination of the rule's kind.
func TestInventoryListsEveryFindingsFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	kindOf := map[string]string{"piilog": inventory.KindLog, "emailconsent": inventory.KindMail, "piiegress": inventory.KindHost}
	for _, policy := range []string{"", "../manifests/acme.toml"} {
		args, invArgs := []string{"-C", exampleRoot, "-format", "json"}, []string{"-format", "json"}
		if policy != "" {
			args, invArgs = append(args, "-policy", policy), append(invArgs, "-policy", policy)
		}
		rep, _ := decodeReport(t, []byte(policylint(t, ".", args...).stdout))
		inv := decodeInventory(t, inventoryRun(t, invArgs...).stdout)
		sites := map[string]bool{}
		for _, e := range inv.Entries {
			for _, s := range e.Sites {
				sites[fmt.Sprintf("%s:%d %s %s %s", s.Pos.File, s.Pos.Line, e.Kind, e.Category, e.Status)] = true
			}
		}
		if len(rep.Findings) == 0 {
			t.Fatal("no findings on the example")
		}
		for _, f := range rep.Findings {
			k := fmt.Sprintf("%s:%d %s %s %s", filepath.ToSlash(f.Pos.File), f.Pos.Line, kindOf[*f.Rule], *f.Category, inventory.Denied)
			if !sites[k] {
				t.Errorf("policy %q: the finding %s has no denied flow in the inventory", policy, k)
			}
		}
		kinds := map[string]bool{}
		for _, e := range inv.Entries {
			kinds[e.Kind] = true
		}
		for _, k := range inventory.Kinds {
			if !kinds[k] {
				t.Errorf("policy %q: no %s entry in the example's inventory", policy, k)
			}
		}
	}
}

// TestInventoryHTMLPage: the page parses, holds one SVG, loads nothing,
// and draws every entry of the JSON inventory of the same run.
func TestInventoryHTMLPage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	inv := decodeInventory(t, inventoryRun(t, "-format", "json").stdout)
	page := inventoryRun(t, "-format", "html")
	if page.code != exitClean {
		t.Fatalf("want exit 0, got %v", page)
	}
	if err := inventory.CheckPage([]byte(page.stdout), inv); err != nil {
		t.Error(err)
	}
	if !strings.Contains(page.stdout, "<h2>Third parties</h2>") || !strings.Contains(page.stdout, "api.segment.io") {
		t.Error("the page does not list the third parties")
	}
}

// TestInventoryIsDeterministic runs the inventory twice (the second from
// go's cache) and compares the bytes.
func TestInventoryIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	for _, format := range []string{"json", "html"} {
		a, b := inventoryRun(t, "-format", format), inventoryRun(t, "-format", format)
		if a.stdout != b.stdout || a.stderr != b.stderr {
			t.Errorf("%s: two runs differ", format)
		}
	}
}

func TestInventoryFailOnDrift(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example service's dependencies")
	}
	res := inventoryRun(t, "-format", "json", "-fail-on-drift")
	if res.code != exitFindings {
		t.Errorf("-fail-on-drift with drift: want exit 1, got %v", res)
	}
	inv := decodeInventory(t, res.stdout)
	var lines []string
	for _, d := range inv.Drift {
		lines = append(lines, "policylint: warning: drift: "+d.String())
	}
	got := strings.Split(strings.TrimSpace(res.stderr), "\n")
	if len(lines) == 0 || !slices.Equal(got, lines) {
		t.Errorf("stderr is not the drift lines:\n%s\nwant:\n%s", res.stderr, strings.Join(lines, "\n"))
	}
}

func TestInventoryBadFlags(t *testing.T) {
	t.Parallel()
	res := policylint(t, ".", "inventory", "-format", "pdf")
	if res.code != exitError || !strings.Contains(res.stderr, `invalid -format "pdf"`) {
		t.Errorf("want exit 2 and a message, got %v", res)
	}
	res = policylint(t, ".", "inventory", "-h")
	if res.code != exitClean || !strings.Contains(res.stdout, "-fail-on-drift") {
		t.Errorf("-h: got %v", res)
	}
}

// TestInventoryFormatFromTheFileName: -o with a known extension picks
// the format; JSON otherwise when stdout is not a terminal.
func TestInventoryFormatFromTheFileName(t *testing.T) {
	for name, want := range map[string]string{"map.html": "html", "map.md": "md", "map.yaml": "fides", "map.json": "json", "map.txt": "json", "": "json"} {
		if got := defaultInventoryFormat(name, &reportDest{w: os.Stderr, file: os.Stderr}); got != want && name != "" {
			t.Errorf("%q: format %s, want %s", name, got, want)
		}
	}
}
