package inventory

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Kinds of drift.
const (
	// DriftUnusedAllow: an allowlisted host receives nothing.
	DriftUnusedAllow = "unused-allow"
	// DriftUndeclaredRecipient: a host or SDK receives a category that no
	// allow entry lists for it.
	DriftUndeclaredRecipient = "undeclared-recipient"
	// DriftUndeclaredStorage: a category is written to storage but the
	// manifest has no [data] table for it.
	DriftUndeclaredStorage = "undeclared-storage"
)

// Declared reports whether the manifest has a [data."cat"] table. The
// embedded default policy declares the six default categories.
func Declared(p *rules.Policy, cat string) bool {
	_, ok := p.Pos["data."+cat]
	return ok
}

// Categories describes the policy's categories.
func Categories(p *rules.Policy) []Category {
	var out []Category
	for _, name := range p.Categories() {
		c := Category{Name: name, Declared: Declared(p, name)}
		if d := p.Data[name]; d != nil {
			c.Description = d.Description
		}
		if r := p.Recognisers(name); c.Description == "" && r != nil {
			c.Description = r.Description
		}
		out = append(out, c)
	}
	return out
}

// CheckDrift compares the entries with the manifest p and sets
// inv.Drift. rel shows a manifest path as the report does.
func CheckDrift(inv *Inventory, p *rules.Policy, rel func(string) string) {
	var out []Drift
	for i, a := range p.PIIEgress.Allow {
		if a.Host == "" {
			continue
		}
		used := slices.ContainsFunc(inv.Entries, func(e Entry) bool {
			return e.Kind == KindHost && rules.MatchHost(a.Host, e.Destination)
		})
		if used {
			continue
		}
		d := Drift{
			Kind:        DriftUnusedAllow,
			Destination: a.Host,
			Message:     fmt.Sprintf("allow entry for %s receives no personal data in the analysed packages", a.Host),
		}
		if a.Purpose != "" {
			d.Message = fmt.Sprintf("allow entry for %s (%s) receives no personal data in the analysed packages", a.Host, a.Purpose)
		}
		if pos := p.PosOf(fmt.Sprintf("rules.piiegress.allow[%d]", i)); pos.File != "" && pos.Line > 0 {
			d.Pos = &finding.Position{File: rel(pos.File), Line: pos.Line, Column: pos.Col}
		}
		out = append(out, d)
	}
	type key struct{ kind, dest, cat string }
	seen := map[key]bool{}
	for _, e := range inv.Entries { // sorted: the first site of a key is the earliest entry's
		switch {
		case e.Kind == KindHost && e.Status != Allowed:
			k := key{e.Kind, e.Destination, e.Category}
			if seen[k] {
				continue
			}
			seen[k] = true
			pos := e.Sites[0].Pos
			msg := fmt.Sprintf("%s receives %s, which no allow entry of the manifest lists for it", e.Destination, e.Category)
			if e.Destination == UnknownHost {
				msg = fmt.Sprintf("%s is sent to a destination policylint cannot resolve, which no allow entry of the manifest can list", e.Category)
			}
			out = append(out, Drift{Kind: DriftUndeclaredRecipient, Message: msg, Pos: &pos, Category: e.Category, Destination: e.Destination})
		case e.Kind == KindStorage && !Declared(p, e.Category):
			k := key{e.Kind, "", e.Category}
			if seen[k] {
				continue
			}
			seen[k] = true
			pos := e.Sites[0].Pos
			out = append(out, Drift{
				Kind:        DriftUndeclaredStorage,
				Message:     fmt.Sprintf("%s is written to storage (%s), but the manifest has no [data.%q] table", e.Category, e.Destination, e.Category),
				Pos:         &pos,
				Category:    e.Category,
				Destination: e.Destination,
			})
		}
	}
	slices.SortStableFunc(out, func(a, b Drift) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), comparePosPtr(a.Pos, b.Pos), cmp.Compare(a.Message, b.Message))
	})
	if out == nil {
		out = []Drift{}
	}
	inv.Drift = out
}

func comparePosPtr(a, b *finding.Position) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return comparePos(*a, *b)
}

// String renders a drift line as the command prints it on stderr:
// "file:line:col: message".
func (d Drift) String() string {
	if d.Pos == nil {
		return d.Message
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.Pos.File, d.Pos.Line, d.Pos.Column, d.Message)
}

// UnknownHost is the destination of data sent to a host policylint
// cannot resolve.
const UnknownHost = "unknown host"
