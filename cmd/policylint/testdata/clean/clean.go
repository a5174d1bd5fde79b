// Package clean is a fixture with nothing to report and no imports, for
// the tests of the command line that need a package but no findings.
package clean

// Add adds.
func Add(a, b int) int { return a + b }
