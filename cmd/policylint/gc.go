package main

import (
	"os"
	"runtime/debug"
)

// tuneGC trades memory for time in the vet tool, which lives for one
// package: the collector runs when the heap has grown threefold rather
// than doubled, up to a soft limit of 700 MiB past which it collects as
// often as it must. Under the default settings the collector took about
// 40% of the tool's CPU on large dependencies, and the largest of them
// (ugorji's codec, 144,000 lines) peaked at 760 MiB anyway. A fivefold
// growth (GOGC=400) saved no CPU over threefold on bench's shop module and
// raised its peak RSS from 176 to 254 MiB (bench/README.md). GOGC or
// GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(700 << 20)
	}
}
