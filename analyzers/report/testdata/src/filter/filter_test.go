package filter

import (
	"log"
	"testing"
)

// Findings in test files are off by default: no want here, and the unused
// suppression below is not reported either.
func TestLogs(t *testing.T) {
	log.Print("203.0.113.7")
	//policylint:ignore piilog unused, but test findings are off
	log.Print("nothing")
}
