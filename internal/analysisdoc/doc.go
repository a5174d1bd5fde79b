// Package analysisdoc extracts an analyzer's documentation from the package
// comment of its doc.go, so `policylint explain RULE`, Analyzer.Doc and the
// Go documentation are one text.
package analysisdoc

import (
	"fmt"
	"strings"
)

// Extract returns the section of a doc.go source that follows the heading
// "# Analyzer NAME", up to the package clause, with comment markers
// removed. Its first line is the analyzer's title.
func Extract(src, name string) string {
	heading := "// # Analyzer " + name
	_, rest, ok := strings.Cut(src, heading+"\n")
	if !ok {
		panic(fmt.Sprintf("doc.go has no %q section", heading)) // a build-time invariant, checked by tests
	}
	var lines []string
	for _, line := range strings.Split(rest, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimPrefix(line, "//")
		line = strings.TrimPrefix(line, " ")
		lines = append(lines, line)
	}
	return strings.TrimSpace(strings.Join(lines, "\n")) + "\n"
}
