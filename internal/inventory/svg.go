package inventory

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// The data-map picture: categories on the left, the packages of the
// analysed code in the middle, destinations on the right grouped by kind.
// An edge joins a category to a package and a package to a destination
// for every entry; edges of the same ends and status are merged, their
// width grows with the number of flows, their colour is the status. The
// layout is computed here, so the page needs no script to draw it.

const (
	svgWidth   = 1160
	nodeHeight = 26
	nodeGap    = 8
	groupGap   = 26 // above each kind's group on the right: room for its heading
	topMargin  = 40
	colCat     = 16  // x of the category column
	colPkg     = 430 // x of the package column
	colDest    = 830 // x of the destination column
	catWidth   = 230
	pkgWidth   = 230
	destWidth  = 314
)

// Status colours, shared with the page's legend.
var statusColour = map[string]string{
	Denied:     "#c62828",
	Undeclared: "#e08a00",
	Allowed:    "#2e7d32",
}

var kindHeading = map[string]string{
	KindLog:     "Logs",
	KindMail:    "E-mail",
	KindHost:    "Third parties",
	KindStorage: "Storage",
	KindCookie:  "Cookies and response headers",
}

type node struct {
	id    string // "cat:...", "pkg:...", "dst:KIND:NAME"
	label string
	kind  string // destinations: their kind
	x, y  int
	w     int
}

func (n *node) mid() int { return n.y + nodeHeight/2 }

// edge is one line of the picture: entries of one status between two
// nodes.
type edge struct {
	from, to *node
	status   string
	flows    int
	entries  []int
}

// layout places the nodes and the edges of inv's picture.
type layout struct {
	cats, pkgs, dests []*node
	left, right       []*edge
	height            int
	headings          []heading
}

type heading struct {
	text string
	y    int
}

func (inv *Inventory) layout() *layout {
	l := &layout{}
	byID := map[string]*node{}
	for _, c := range inv.UsedCategories() {
		n := &node{id: "cat:" + c, label: c, x: colCat, w: catWidth}
		l.cats = append(l.cats, n)
		byID[n.id] = n
	}
	var pkgs []string
	for _, e := range inv.Entries {
		if !slices.Contains(pkgs, e.Package) {
			pkgs = append(pkgs, e.Package)
		}
	}
	slices.Sort(pkgs)
	for _, p := range pkgs {
		n := &node{id: "pkg:" + p, label: inv.shortPkg(p), x: colPkg, w: pkgWidth}
		l.pkgs = append(l.pkgs, n)
		byID[n.id] = n
	}
	for _, d := range inv.Destinations() {
		n := &node{id: "dst:" + d.Kind + ":" + d.Name, label: d.Name, kind: d.Kind, x: colDest, w: destWidth}
		l.dests = append(l.dests, n)
		byID[n.id] = n
	}

	// The right column is the tallest in most maps: headings between
	// the kinds.
	y := topMargin
	kind := ""
	for _, n := range l.dests {
		if n.kind != kind {
			kind = n.kind
			y += groupGap
			l.headings = append(l.headings, heading{kindHeading[kind], y - 8})
		}
		n.y = y
		y += nodeHeight + nodeGap
	}
	rightH := y - topMargin
	place := func(ns []*node) int {
		h := len(ns)*(nodeHeight+nodeGap) - nodeGap
		start := topMargin + max(0, (rightH-h)/2)
		for i, n := range ns {
			n.y = start + i*(nodeHeight+nodeGap)
		}
		return start + h
	}
	bottom := max(place(l.cats), place(l.pkgs), y)
	l.height = bottom + 24

	type ekey struct{ from, to, status string }
	edges := map[ekey]*edge{}
	add := func(side *[]*edge, from, to *node, status string, flows, entry int) {
		k := ekey{from.id, to.id, status}
		e := edges[k]
		if e == nil {
			e = &edge{from: from, to: to, status: status}
			edges[k] = e
			*side = append(*side, e)
		}
		e.flows += flows
		if !slices.Contains(e.entries, entry) {
			e.entries = append(e.entries, entry)
		}
	}
	for i, e := range inv.Entries {
		c, p, d := byID["cat:"+e.Category], byID["pkg:"+e.Package], byID["dst:"+e.Kind+":"+e.Destination]
		add(&l.left, c, p, e.Status, e.Flows, i)
		add(&l.right, p, d, e.Status, e.Flows, i)
	}
	// Thick edges first, so that thin ones stay visible on top.
	for _, side := range [][]*edge{l.left, l.right} {
		slices.SortStableFunc(side, func(a, b *edge) int {
			return cmp.Or(cmp.Compare(b.flows, a.flows), cmp.Compare(a.from.id, b.from.id), cmp.Compare(a.to.id, b.to.id), cmp.Compare(a.status, b.status))
		})
	}
	return l
}

// shortPkg names a package without the module path; the module's root
// package is the module's last element.
func (inv *Inventory) shortPkg(p string) string {
	if inv.Module != "" {
		if p == inv.Module {
			return p[strings.LastIndex(p, "/")+1:]
		}
		if rest, ok := strings.CutPrefix(p, inv.Module+"/"); ok {
			return rest
		}
	}
	return p
}

func strokeWidth(flows int) string {
	w := math.Min(1.5+2.5*math.Sqrt(float64(flows)), 14)
	return strconv.FormatFloat(w, 'f', 1, 64)
}

// writeSVG draws the picture.
func (inv *Inventory) writeSVG(w io.Writer) {
	l := inv.layout()
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" id="map" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="data map: categories, packages, destinations">`+"\n", svgWidth, l.height, svgWidth, l.height)
	fmt.Fprintf(w, `<text class="col" x="%d" y="22">Personal data</text><text class="col" x="%d" y="22">Our code (packages)</text><text class="col" x="%d" y="22">Where it goes</text>`+"\n", colCat, colPkg, colDest)
	for _, h := range l.headings {
		fmt.Fprintf(w, `<text class="kind" x="%d" y="%d">%s</text>`+"\n", colDest, h.y, esc(h.text))
	}
	writeEdges := func(es []*edge) {
		for _, e := range es {
			// Lines of different status between the same nodes run
			// side by side rather than on top of each other.
			off := map[string]int{Denied: -3, Undeclared: 0, Allowed: 3}[e.status]
			x1, y1 := e.from.x+e.from.w, e.from.mid()+off
			x2, y2 := e.to.x, e.to.mid()+off
			mx := (x1 + x2) / 2
			d := fmt.Sprintf("M%d %d C%d %d %d %d %d %d", x1, y1, mx, y1, mx, y2, x2, y2)
			ids := make([]string, len(e.entries))
			for i, id := range e.entries {
				ids[i] = strconv.Itoa(id)
			}
			title := fmt.Sprintf("%s → %s: %s, %s", e.from.label, e.to.label, count(e.flows, "flow", "flows"), e.status)
			fmt.Fprintf(w, `<g class="edge %s" data-from="%s" data-to="%s" data-status="%s" data-entries="%s" tabindex="0"><title>%s</title>`,
				e.status, esc(e.from.id), esc(e.to.id), e.status, strings.Join(ids, " "), esc(title))
			fmt.Fprintf(w, `<path class="hit" d="%s"/><path class="line" d="%s" stroke="%s" stroke-width="%s"/></g>`+"\n",
				d, d, statusColour[e.status], strokeWidth(e.flows))
		}
	}
	writeEdges(l.left)
	writeEdges(l.right)
	for _, col := range [][]*node{l.cats, l.pkgs, l.dests} {
		for _, n := range col {
			class := "node"
			if n.kind != "" {
				class += " " + n.kind
			}
			fmt.Fprintf(w, `<g class="%s" data-id="%s"><rect x="%d" y="%d" width="%d" height="%d" rx="5"/><text x="%d" y="%d">%s</text></g>`+"\n",
				class, esc(n.id), n.x, n.y, n.w, nodeHeight, n.x+8, n.y+17, esc(fit(n.label, n.w)))
		}
	}
	fmt.Fprintln(w, `</svg>`)
}

// fit shortens a label to what a box of width w holds at the page's font
// size (about 7 pixels a character), keeping its end, which tells most.
func fit(s string, w int) string {
	n := (w - 14) / 7
	if len([]rune(s)) <= n {
		return s
	}
	r := []rune(s)
	return "…" + string(r[len(r)-n+1:])
}

func esc(s string) string { return html.EscapeString(s) }
