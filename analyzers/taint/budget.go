package taint

// maxSetLabels bounds the labels one value or memory location of a unit
// may carry. A unit that goes over it is abandoned: its functions are
// summarised as opaque, and their callers treat them as code that is not
// analysed (defaultCall), as they treat the standard library's.
//
// Labels multiply when a function walks a pointer cycle: gorm's
// schema.ParseWithSpecialTableName stores a schema in its fields' Schema
// field and appends to that schema's clause lists in a loop over the
// fields, so every parameter label is read back at every path up to
// maxPathDepth made of the clause fields (".CreateClauses.QueryClauses
// .UpdateClauses.CreateClauses"), 2,441 labels on one value and 2,922
// memory paths. Its fixpoint took 150 s and 1.1 GiB, half of the CPU of
// a whole go vet run over bench's shop module (bench/README.md). The
// next largest set of that module and its dependencies holds 119 labels,
// and no set of the tests', the example's or the bench's own code comes
// near the bound, so the budget changes none of their findings.
const maxSetLabels = 512

// maxWork bounds the labels a unit's analysis may read from and write to
// its abstract memory, across all its passes and rounds (unit.work): the
// other way a fixpoint runs away, with no one set large. Code that
// rewrites recursive syntax trees through interfaces makes a field path
// for every combination of node types, each read back at every access:
// github.com/tdewolff/minify/v2/js and parse/v2/js, dependencies of the
// miniflux feed reader, ran for over fifteen minutes and crashed the run,
// with no set over 176 labels. The costliest unit of the example service
// and testdata/realistic, dependencies included, needs 2 million
// (x/net/http2's priority tree). A unit over it is abandoned like one
// over maxSetLabels. A variable so that a test can lower it.
var maxWork = 5_000_000

// budget notes that a set of the unit grew; over the bound the unit is
// abandoned after the instruction being analysed.
func (u *unit) budget(s *set) {
	if s.len() > maxSetLabels {
		u.opaque = true
	}
}

// giveUp drops the abandoned unit's state, which no one reads again. The
// hits it recorded stay: each is a flow the analysis saw, and the point at
// which the budget runs out is the same on every run.
func (u *unit) giveUp() {
	u.changed, u.unsettled = false, false
	clear(u.taint)
	clear(u.tuple)
	clear(u.mem)
	clear(u.pmem)
	clear(u.sinks)
	clear(u.ctx)
}

// summarizeOpaque gives the abandoned unit's functions the opaque
// summary.
func (u *unit) summarizeOpaque() {
	for _, fn := range u.fns {
		if old := u.e.summaries[fn]; old != nil && old.Opaque {
			continue
		}
		u.e.summaries[fn] = &FuncSummary{Opaque: true}
		u.e.changed = true
		u.e.changedFns[fn] = true
	}
}

// knownSummary returns a summary and whether the function's behaviour is known:
// an opaque function's is not.
func knownSummary(s *FuncSummary) (*FuncSummary, bool) {
	if s != nil && s.Opaque {
		return nil, false
	}
	return s, true
}
