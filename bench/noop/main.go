// Command noop is a vet tool that analyses nothing: go vet -vettool=noop
// still loads and type-checks every package (and builds the export data
// of its dependencies), so its cost is the floor that policylint's run
// under go vet is measured against.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: report nothing\n\nThe floor of the benchmarks: type-checking without analysis.",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { unitchecker.Main(analyzer) }
