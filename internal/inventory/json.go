package inventory

import (
	"encoding/json"
	"io"
)

// WriteJSON writes inv as one indented JSON object (docs/inventory.md
// documents its keys). Entries, sites and drift are sorted, so the same
// code and manifest give the same bytes.
func WriteJSON(w io.Writer, inv *Inventory) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(inv)
}
