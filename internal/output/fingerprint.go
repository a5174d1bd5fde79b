package output

import (
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
	h := f.Identity(file)
	fp.seen[h]++
	return h + ":" + strconv.Itoa(fp.seen[h])
}
