package emailconsent

import (
	"cmp"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Entry points across packages. Under go vet and golangci-lint a package
// is analysed alone: it cannot tell whether another package calls one of
// its exported functions. So it records, in its result, the findings
// that depend on that (finding.Entry), and the calls it makes of other
// packages' functions that send without a check (finding.Call). The
// standalone command, which sees every package of the run, joins them.

// dependency reports whether the package is a dependency from the module
// cache or a vendor directory: its exported functions are an API that the
// user's code uses in part, not entry points of the user's program.
func (c *checker) dependency() bool {
	if m := c.pass.Module; m != nil && m.Version != "" {
		return true
	}
	for _, f := range c.pass.Files {
		if tf := c.pass.Fset.File(f.Pos()); tf != nil && strings.Contains(filepath.ToSlash(tf.Name()), "/vendor/") {
			return true
		}
	}
	return false
}

// recordCalls records the calls in fn of functions of other packages
// whose summaries say they send without a check, and whether a check
// guards each path to the call.
func (c *checker) recordCalls(fn *ssa.Function, b *ssa.BasicBlock, t target) {
	if c.inTestFile(fn) {
		return
	}
	objs := t.impls
	if len(objs) == 0 && t.obj != nil {
		objs = []*types.Func{t.obj}
	}
	guarded := false
	decided := false
	for _, obj := range objs {
		if obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
			continue
		}
		if s := c.summaryOfObj(obj); s == nil || len(s.Sends) == 0 {
			continue
		}
		if !decided {
			guarded, decided = c.ctxGuarded(b), true
		}
		c.calls = append(c.calls, finding.Call{Func: obj.Origin().FullName(), Guarded: guarded})
	}
}

// valueCalls records the functions of other packages that send without a
// check and that this package uses as values: their callers are unknown.
func (c *checker) valueCalls() {
	for obj := range c.valueRefs {
		if obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
			continue
		}
		if s := c.summaryOfObj(obj); s == nil || len(s.Sends) == 0 {
			continue
		}
		c.calls = append(c.calls, finding.Call{Func: obj.FullName(), Value: true})
	}
}

// sortedCalls returns the recorded calls, de-duplicated, in a
// deterministic order.
func (c *checker) sortedCalls() []finding.Call {
	c.valueCalls()
	slices.SortFunc(c.calls, func(a, b finding.Call) int {
		return cmp.Or(
			cmp.Compare(a.Func, b.Func),
			cmp.Compare(b2i(a.Value), b2i(b.Value)),
			cmp.Compare(b2i(a.Guarded), b2i(b.Guarded)),
			comparePending(a.Finding, b.Finding),
		)
	})
	return slices.CompactFunc(c.calls, func(a, b finding.Call) bool {
		return a.Func == b.Func && a.Value == b.Value && a.Guarded == b.Guarded && comparePending(a.Finding, b.Finding) == 0
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func comparePending(a, b *finding.Finding) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return cmp.Or(
		cmp.Compare(a.Pos.File, b.Pos.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Column, b.Pos.Column),
		cmp.Compare(a.Message, b.Message),
	)
}

// ---------------------------------------------------------------- marketing

// marketingWords are the words that decide that mail is marketing, read
// in the names of the sending function (and those it is declared in),
// its receiver type, its package and the function it calls. Without one
// of them the tool does not know, and says only "e-mail": mail that is
// not transactional needs consent whether or not it is marketing.
var marketingWords = map[string]bool{
	"marketing": true, "newsletter": true, "newsletters": true, "campaign": true, "campaigns": true,
	"promo": true, "promos": true, "promotion": true, "promotions": true, "promotional": true,
	"digest": true, "digests": true, "announce": true, "announcement": true, "announcements": true,
	"sale": true, "sales": true, "offer": true, "offers": true, "coupon": true, "coupons": true,
	"discount": true, "discounts": true, "broadcast": true, "blast": true, "drip": true,
	"winback": true, "upsell": true, "reengagement": true,
}

func (c *checker) marketing(fn *ssa.Function, via []string) bool {
	names := []string{c.pass.Pkg.Name()}
	for f := fn; f != nil; f = f.Parent() {
		if obj, ok := f.Object().(*types.Func); ok && obj != nil {
			names = append(names, obj.Name(), recvTypeName(obj))
		}
	}
	if len(via) > 0 {
		names = append(names, strings.Split(via[0], ".")...)
	}
	for _, n := range names {
		ws := rules.Words(n)
		for i, w := range ws {
			if marketingWords[w] || (i+1 < len(ws) && marketingWords[w+ws[i+1]]) {
				return true
			}
		}
	}
	return false
}
