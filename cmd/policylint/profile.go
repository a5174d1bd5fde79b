package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// profiled honours two hidden environment variables of the vet tool, for
// finding the engine's costs across a whole go vet run (bench/README.md):
// POLICYLINT_CPUPROFILE=DIR writes a CPU profile of each unit to DIR and
// POLICYLINT_MEMPROFILE=DIR a heap profile (allocations) of each unit,
// named after the config file. unitchecker ends with os.Exit, so the
// profiles stop when the last of the analyzers as has run, before the
// facts and results are written.
func profiled(as []*analysis.Analyzer, cfgFile string) []*analysis.Analyzer {
	cpuDir, memDir := os.Getenv("POLICYLINT_CPUPROFILE"), os.Getenv("POLICYLINT_MEMPROFILE")
	if (cpuDir == "" && memDir == "") || !strings.HasSuffix(cfgFile, ".cfg") || len(as) == 0 {
		return as
	}
	// The go command names every config vet.cfg, in a directory per
	// action: name the profile after the package and the action.
	var cfg struct{ ID string }
	if data, err := os.ReadFile(cfgFile); err == nil {
		_ = json.Unmarshal(data, &cfg) // a bad config: unitchecker says so
	}
	name := strings.NewReplacer("/", "_", " ", "_", "[", "", "]", "").Replace(cfg.ID) + "." + filepath.Base(filepath.Dir(cfgFile)) + ".pprof"
	var cpu *os.File
	if cpuDir != "" {
		if f, err := os.Create(filepath.Join(cpuDir, name)); err == nil && pprof.StartCPUProfile(f) == nil {
			cpu = f
		}
	}
	if memDir != "" {
		runtime.MemProfileRate = 64 * 1024
	}
	var mu sync.Mutex
	left := len(as)
	for _, a := range as {
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			res, err := run(pass)
			mu.Lock()
			defer mu.Unlock()
			if left--; left == 0 {
				if cpu != nil {
					pprof.StopCPUProfile()
					cpu.Close()
				}
				if memDir != "" {
					if f, err := os.Create(filepath.Join(memDir, name)); err == nil {
						_ = pprof.Lookup("allocs").WriteTo(f, 0) // a profiling aid: nothing to do about a failure
						f.Close()
					}
				}
			}
			return res, err
		}
	}
	return as
}
