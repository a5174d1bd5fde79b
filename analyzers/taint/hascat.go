package taint

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

// hasCat reports whether s holds a concrete label of category cat.
func (s *set) hasCat(cat string) bool {
	if s == nil {
		return false
	}
	return s.find(labelKey{cat: cat}) >= 0
}

// hasCatAt reports whether valueAt(v, path, shallow) holds a concrete
// label of category cat, without building that set: it looks the label up
// in each set valueAt would merge. Concrete labels go through extend,
// narrow and shallowed unchanged, so the answer is the same. Asking
// whether a value is a log writer this way, for every flow of every
// summary applied at a call, saved the set copies that were 7% of the vet
// tool's CPU on bench's shop module (bench/README.md).
func (u *unit) hasCatAt(v ssa.Value, path string, shallow bool, cat string) bool {
	if c, ok := v.(*ssa.Const); ok && c.Value == nil {
		return false
	}
	shallow = shallow && mayHaveFields(v.Type(), path)
	mode := deepRead
	if shallow {
		mode = shallowRead
	}
	r := u.root(v)
	if u.hasCatIn(loc{r.obj, truncPath(r.path + path)}, mode, cat) {
		return true
	}
	return u.taint[v].hasCat(cat)
}

// hasCatIn is hasCatAt's atMode: the same sets, looked up.
func (u *unit) hasCatIn(l loc, mode readMode, cat string) bool {
	sees := func(ext string) bool {
		return mode == deepRead || (mode == shallowRead && shallowExt(ext))
	}
	// The same work as atMode's, so that a unit goes over maxWork at
	// the same point.
	u.work += len(u.mem[l.obj]) + len(u.pmem[l.obj])
	for _, mem := range []map[ssa.Value]map[string]*set{u.mem, u.pmem} {
		for path, ms := range mem[l.obj] {
			switch {
			case !overlaps(path, l.path):
			case len(path) < len(l.path), len(path) == len(l.path) || sees(path[len(l.path):]):
				if ms.hasCat(cat) {
					return true
				}
			}
		}
	}
	if g, ok := l.obj.(*ssa.Global); ok {
		own, below := u.e.stored("var:"+globalName(g), l.path)
		if own.hasCat(cat) {
			return true
		}
		for ext, t := range below {
			if sees(ext) && t.hasCat(cat) {
				return true
			}
		}
	}
	if u.taint[l.obj].hasCat(cat) {
		return true
	}
	if ts := u.tuple[l.obj]; ts != nil && strings.HasPrefix(l.path, "#") {
		i, rest := 0, l.path[1:]
		for rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			i, rest = i*10+int(rest[0]-'0'), rest[1:]
		}
		if i < len(ts) && ts[i].hasCat(cat) {
			return true
		}
	}
	return false
}
