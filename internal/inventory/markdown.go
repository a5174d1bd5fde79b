package inventory

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/policylint/policylint/internal/finding"
)

// WriteMarkdown writes inv as markdown a privacy reviewer can read: the
// destinations x categories table, the third parties and why they
// receive what they receive, every entry with its first flow, and the
// drift.
func WriteMarkdown(w io.Writer, inv *Inventory) error {
	b := bufio.NewWriter(w)
	cats := inv.UsedCategories()
	title := "Data map"
	if inv.Module != "" {
		title += " of " + inv.Module
	}
	fmt.Fprintf(b, "# %s\n\n", title)
	fmt.Fprintf(b, "Policy: %s. %s of %s to %s; %s.\n\n",
		inv.Policy, count(inv.FlowCount(), "flow", "flows"), count(len(cats), "category", "categories"),
		count(len(inv.Destinations()), "destination", "destinations"), count(len(inv.Drift), "drift warning", "drift warnings"))
	if len(inv.Entries) == 0 {
		fmt.Fprintln(b, "No personal data reaches a log, a mailer, a third party, storage or a cookie.")
	} else {
		fmt.Fprintln(b, "## Where each category goes")
		fmt.Fprintln(b)
		fmt.Fprintln(b, "Flows per destination and category: *denied* breaks a rule of the policy, *allowed* is let through by it, *undeclared* is something the manifest does not mention.")
		fmt.Fprintln(b)
		fmt.Fprintf(b, "| destination |")
		for _, c := range cats {
			fmt.Fprintf(b, " %s |", c)
		}
		fmt.Fprintf(b, "\n|---|%s\n", strings.Repeat("---|", len(cats)))
		for _, d := range inv.Destinations() {
			fmt.Fprintf(b, "| %s |", cell(d.Label()))
			for _, c := range cats {
				fmt.Fprintf(b, " %s |", inv.cellSummary(d, c))
			}
			fmt.Fprintln(b)
		}
		fmt.Fprintln(b)
		if hosts := inv.ThirdParties(); len(hosts) > 0 {
			fmt.Fprintln(b, "## Third parties")
			fmt.Fprintln(b)
			fmt.Fprintln(b, "| host | receives | why | status |")
			fmt.Fprintln(b, "|---|---|---|---|")
			for _, h := range hosts {
				fmt.Fprintf(b, "| %s | %s | %s | %s |\n", cell(h.Host), cell(strings.Join(h.Categories, ", ")), cell(h.Why), h.Status)
			}
			fmt.Fprintln(b)
		}
		fmt.Fprintln(b, "## Entries")
		fmt.Fprintln(b)
		fmt.Fprintln(b, "| kind | destination | category | status | why | function | flows | first flow |")
		fmt.Fprintln(b, "|---|---|---|---|---|---|---|---|")
		for _, e := range inv.Entries {
			dest := e.Destination
			if e.Operation != "" {
				dest += " (" + e.Operation + ")"
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %d | %s |\n",
				e.Kind, cell(dest), e.Category, e.Status, cell(e.Reason), cell("`"+inv.ShortFunc(e.Function)+"`"), e.Flows, cell(FlowSummary(e.Flow)))
		}
		fmt.Fprintln(b)
	}
	if len(inv.Drift) > 0 {
		fmt.Fprintln(b, "## Drift from the manifest")
		fmt.Fprintln(b)
		for _, d := range inv.Drift {
			fmt.Fprintf(b, "- %s\n", d)
		}
		fmt.Fprintln(b)
	}
	if len(inv.Errors) > 0 {
		fmt.Fprintln(b, "## Problems")
		fmt.Fprintln(b)
		for _, e := range inv.Errors {
			fmt.Fprintf(b, "- %s\n", e)
		}
		fmt.Fprintln(b)
	}
	return b.Flush()
}

// FlowCount is the number of flows of all entries.
func (inv *Inventory) FlowCount() int {
	n := 0
	for _, e := range inv.Entries {
		n += e.Flows
	}
	return n
}

// cellSummary is "2 denied, 1 allowed" for one destination and category.
func (inv *Inventory) cellSummary(d Dest, cat string) string {
	n := map[string]int{}
	for _, e := range inv.Entries {
		if e.Kind == d.Kind && e.Destination == d.Name && e.Category == cat {
			n[e.Status] += e.Flows
		}
	}
	var parts []string
	for _, s := range []string{Denied, Undeclared, Allowed} {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[s], s))
		}
	}
	return strings.Join(parts, ", ")
}

// ThirdParty is what one host receives and why.
type ThirdParty struct {
	Host       string
	Categories []string
	// Why groups the categories by the reason they go there: the allow
	// entry's purpose, or "not declared".
	Why    string
	Status string // the worst status of its entries
}

// ThirdParties summarises the host entries by host: the categories each
// receives and why.
func (inv *Inventory) ThirdParties() []ThirdParty {
	var out []ThirdParty
	idx := map[string]int{}
	reasons := map[string][]string{} // host -> reasons in order
	cats := map[[2]string][]string{} // host, reason -> categories
	for _, e := range inv.Entries {
		if e.Kind != KindHost {
			continue
		}
		i, ok := idx[e.Destination]
		if !ok {
			i = len(out)
			idx[e.Destination] = i
			out = append(out, ThirdParty{Host: e.Destination, Status: e.Status})
		}
		t := &out[i]
		if !contains(t.Categories, e.Category) {
			t.Categories = append(t.Categories, e.Category)
		}
		why := e.Reason
		if e.Status != Allowed {
			why = "not declared in the manifest"
		}
		k := [2]string{e.Destination, why}
		if !contains(reasons[e.Destination], why) {
			reasons[e.Destination] = append(reasons[e.Destination], why)
		}
		if !contains(cats[k], e.Category) {
			cats[k] = append(cats[k], e.Category)
		}
		if statusRank(e.Status) < statusRank(t.Status) {
			t.Status = e.Status
		}
	}
	for i := range out {
		var parts []string
		for _, why := range reasons[out[i].Host] {
			parts = append(parts, why+" ("+strings.Join(cats[[2]string{out[i].Host, why}], ", ")+")")
		}
		out[i].Why = strings.Join(parts, "; ")
	}
	return out
}

func statusRank(s string) int {
	switch s {
	case Denied:
		return 0
	case Undeclared:
		return 1
	}
	return 2
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// ShortFunc names a function without the module path:
// "(*internal/httpapi.Handler).Login".
func (inv *Inventory) ShortFunc(fn string) string {
	if inv.Module == "" {
		return fn
	}
	return strings.ReplaceAll(fn, inv.Module+"/", "")
}

// FlowSummary renders a flow in one line: its steps' notes and places,
// the file named once while it does not change.
func FlowSummary(steps []finding.Step) string {
	var parts []string
	file := ""
	for _, s := range steps {
		where := fmt.Sprintf("%s:%d", s.Pos.File, s.Pos.Line)
		if s.Pos.File == file {
			where = fmt.Sprintf(":%d", s.Pos.Line)
		} else if file != "" && path.Dir(s.Pos.File) == path.Dir(file) {
			where = fmt.Sprintf("%s:%d", path.Base(s.Pos.File), s.Pos.Line)
		}
		file = s.Pos.File
		parts = append(parts, fmt.Sprintf("%s (%s)", s.Note, where))
	}
	return strings.Join(parts, " → ")
}

// cell escapes a markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
