package taint

import (
	"go/types"
	"sync"
)

// Names asked for at every call the engine models, computed once. A
// function's full name and whether a package is modelled were built
// afresh at each call instruction of each pass: string concatenation and
// go/types' name writer were a sixth of ugorji's codec unit
// (bench/README.md). The analyzers of a unit may run concurrently, hence
// sync.Map.
var (
	fullNames  sync.Map // *types.Func -> string
	shortNames sync.Map // *types.Func -> string
	modeledMem sync.Map // import path -> bool
	egressMem  sync.Map // import path -> bool
)

// fullName is obj.FullName(), remembered.
func fullName(obj *types.Func) string {
	if v, ok := fullNames.Load(obj); ok {
		return v.(string)
	}
	name := obj.FullName()
	fullNames.Store(obj, name)
	return name
}

// memoBool returns f(key), remembered in m.
func memoBool(m *sync.Map, key string, f func(string) bool) bool {
	if v, ok := m.Load(key); ok {
		return v.(bool)
	}
	r := f(key)
	m.Store(key, r)
	return r
}
