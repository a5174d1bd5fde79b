package golangci

import (
	"crypto/sha256"
	"encoding/hex"
	"os"

	"github.com/policylint/policylint/rules"
)

// manifestKey is the setting the plugin adds to its own settings to carry
// the manifest's SHA-256. Users do not write it; decodeSettings skips it.
//
// golangci-lint caches each package's issues under a key made of the
// package's Go files, its dependencies, go.mod and the linters' settings as
// written: not the manifest they name. Without this an edited manifest
// would go unnoticed until the Go code changed. golangci-lint builds its
// linters (calling New) before it computes that key from the same settings
// map, so adding the hash to the map makes it part of the key. Where a
// later golangci-lint computes the key first, this does nothing, and
// `golangci-lint cache clean` is the remedy (docs/golangci.md).
const manifestKey = "manifest-sha256"

// saltCache records in conf, when it is the settings map golangci-lint
// handed over, the hash of the manifest in use: p's, or without a policy
// setting the one found for the working directory ($POLICYLINT_POLICY, else
// the nearest policylint.toml). Manifests that only packages in other
// directories find are not covered.
func saltCache(conf any, p *rules.Policy, env environment) {
	m, ok := conf.(map[string]any)
	if !ok {
		return
	}
	hash := ""
	switch {
	case p != nil:
		hash = p.Hash
	default:
		path, err := rules.Find("", env.wd)
		if err != nil || path == "" {
			return
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return
		}
		sum := sha256.Sum256(data)
		hash = hex.EncodeToString(sum[:])
	}
	m[manifestKey] = hash
}

// withoutManifestKey returns conf without the key saltCache adds, so that
// settings decoded a second time (golangci-lint may build its linters more
// than once) are not rejected for it.
func withoutManifestKey(conf any) any {
	m, ok := conf.(map[string]any)
	if !ok {
		return conf
	}
	if _, has := m[manifestKey]; !has {
		return conf
	}
	c := make(map[string]any, len(m)-1)
	for k, v := range m {
		if k != manifestKey {
			c[k] = v
		}
	}
	return c
}
