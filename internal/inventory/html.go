package inventory

import "io"

// WriteHTML writes the page.
func WriteHTML(w io.Writer, inv *Inventory) error { return nil }
