package rules

import (
	_ "embed"
	"sync"
)

// DefaultTOML is the embedded default policy, which `policylint init`
// writes out as a commented policylint.toml to start from.
//
//go:embed default.toml
var DefaultTOML []byte

// Default returns the embedded default policy, used when no manifest is
// found. Its Path is "default"; its exception paths, if a caller adds
// any, are relative to the current directory. The policy is shared: do
// not modify it.
func Default() *Policy { return defaultPolicy() }

var defaultPolicy = sync.OnceValue(func() *Policy {
	p, err := Parse("default", DefaultTOML)
	if err != nil {
		// default.toml is part of the binary; the tests parse it.
		panic("rules: the embedded default policy is invalid: " + err.Error())
	}
	p.dir = ""
	return p
})
