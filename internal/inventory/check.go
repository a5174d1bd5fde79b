package inventory

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// CheckPage checks that page (WriteHTML's output for inv) is well-formed,
// holds exactly one svg element, loads nothing from the network, and has,
// for every entry, an edge from its category to its package and one from
// its package to its destination, of the entry's status, that list the
// entry. Tests use it on the example's page.
func CheckPage(page []byte, inv *Inventory) error {
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	type edge struct {
		from, to, status string
		entries          []int
	}
	var edges []edge
	svgs := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("the page does not parse: %w", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := func(name string) string {
			for _, a := range el.Attr {
				if a.Name.Local == name {
					return a.Value
				}
			}
			return ""
		}
		for _, a := range el.Attr {
			if (a.Name.Local == "src" || a.Name.Local == "href") && strings.Contains(a.Value, "//") {
				return fmt.Errorf("the page loads %s", a.Value)
			}
		}
		switch {
		case el.Name.Local == "svg":
			svgs++
		case el.Name.Local == "g" && slices.Contains(strings.Fields(attr("class")), "edge"):
			e := edge{from: attr("data-from"), to: attr("data-to"), status: attr("data-status")}
			for _, f := range strings.Fields(attr("data-entries")) {
				i, err := strconv.Atoi(f)
				if err != nil {
					return fmt.Errorf("edge %s -> %s: bad entry %q", e.from, e.to, f)
				}
				e.entries = append(e.entries, i)
			}
			edges = append(edges, e)
		}
	}
	if svgs != 1 {
		return fmt.Errorf("the page holds %d svg elements, want 1", svgs)
	}
	var errs []error
	for i, en := range inv.Entries {
		has := func(from, to string) bool {
			return slices.ContainsFunc(edges, func(e edge) bool {
				return e.from == from && e.to == to && e.status == en.Status && slices.Contains(e.entries, i)
			})
		}
		if !has("cat:"+en.Category, "pkg:"+en.Package) {
			errs = append(errs, fmt.Errorf("entry %d (%s): no edge %s -> %s", i, en.Category, en.Category, en.Package))
		}
		if !has("pkg:"+en.Package, "dst:"+en.Kind+":"+en.Destination) {
			errs = append(errs, fmt.Errorf("entry %d (%s): no edge %s -> %s", i, en.Category, en.Package, en.Destination))
		}
	}
	for _, e := range edges {
		for _, i := range e.entries {
			if i < 0 || i >= len(inv.Entries) {
				errs = append(errs, fmt.Errorf("edge %s -> %s lists entry %d of %d", e.from, e.to, i, len(inv.Entries)))
			}
		}
	}
	return errors.Join(errs...)
}
