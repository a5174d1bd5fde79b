package output

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/policylint/policylint/internal/finding"
)

// fingerprintKey names policylint's own partial fingerprint. The version
// suffix changes if the recipe below ever changes, so that old and new
// fingerprints are never compared as if they meant the same thing.
const fingerprintKey = "policylint/v1"

// githubFingerprintKey is the one partial fingerprint GitHub code scanning
// reads. When a SARIF file does not carry it, the upload action computes
// one from the text around the reported line; policylint supplies its own
// so that the identity of an alert follows the data flow, not the text.
const githubFingerprintKey = "primaryLocationLineHash"

// fingerprinter computes the partial fingerprints of a run's results.
// Within a run two findings can share every ingredient (the same IP logged
// twice in one function by the same call); an occurrence number, counted
// in output order, keeps their fingerprints apart.
type fingerprinter struct {
	seen map[string]int
}

func newFingerprinter() *fingerprinter {
	return &fingerprinter{seen: make(map[string]int)}
}

// next returns the fingerprint of f, reported in file (slash-separated,
// relative to the base directory).
func (fp *fingerprinter) next(f finding.Finding, file string) string {
	h := identityHash(f, file)
	fp.seen[h]++
	return h + ":" + strconv.Itoa(fp.seen[h])
}

// identityHash hashes what makes a finding the same finding from one run
// to the next: the rule, the data category, the file, the enclosing
// function, and the flow's source and sink. Line and column are left out
// on purpose, so that code added above a finding does not turn it into a
// new alert (and close the old one). When a finding names neither source
// nor sink, its message stands in for them, so that different findings in
// one function do not collapse into one alert.
func identityHash(f finding.Finding, file string) string {
	parts := []string{fingerprintKey, f.Rule, f.Category, file, f.Function, f.Source, f.Sink}
	if f.Source == "" && f.Sink == "" {
		parts = append(parts, f.Message)
	}
	h := sha256.New()
	for _, part := range parts {
		h.Write([]byte(part))
		h.Write([]byte{0}) // a separator no part contains: ("ab","c") != ("a","bc")
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
