// Package sdk is a vendor SDK the fixtures' manifest declares as a sink
// with a fixed host.
package sdk

// Tracker sends events to the vendor.
type Tracker struct{ key string }

// Push sends one event.
func (t *Tracker) Push(event string, value any) error { return nil }
