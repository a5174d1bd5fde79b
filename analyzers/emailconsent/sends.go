package emailconsent

import (
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/finding"
)

// The sends the analyzer classified, for the data map (`policylint
// inventory`), which lists every e-mail sent to a person with its consent
// state, not only the sends reported. The final pass of the analysis
// (the one that reports) notes each send here; nothing is noted while the
// summaries are being solved.

// Consent states of a send.
const (
	// Guarded: a consent or opt-out check dominates the send.
	Guarded = "guarded"
	// Consented: the recipients come from a function whose results are
	// filtered by consent already.
	Consented = "consented"
	// Transactional: the send, or a function it is in, is transactional.
	Transactional = "transactional"
	// Unguarded: no consent check on the way; the rule reports it.
	Unguarded = "unguarded"
)

// Sent is one send of e-mail to a person.
type Sent struct {
	Pos       finding.Position
	Function  string // taint.FuncName of the function that sends
	Sender    string // the function called: a sender or a wrapper of one
	Real      string // the sender at the end of the chain
	State     string // Guarded, Consented, Transactional or Unguarded
	Recipient string // the recipients as the code writes them
	Flow      []finding.Step
}

var sends sync.Map // *types.Package -> *sentList

type sentList struct {
	mu   sync.Mutex
	list []Sent
}

// TakeSends returns the sends the analyzer classified in pkg, sorted by
// position, and forgets them. It is empty until the analyzer has run on
// pkg (an analyzer that calls it must require this one) and when the rule
// is disabled.
func TakeSends(pkg *types.Package) []Sent {
	v, ok := sends.LoadAndDelete(pkg)
	if !ok {
		return nil
	}
	l := v.(*sentList)
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.list
	slices.SortStableFunc(out, func(a, b Sent) int { return compareStep(finding.Step{Pos: a.Pos}, finding.Step{Pos: b.Pos}) })
	return slices.CompactFunc(out, func(a, b Sent) bool { return a.Pos == b.Pos && a.State == b.State && a.Real == b.Real })
}

// note records a send of the final pass (final is false while solving).
func (c *checker) note(final bool, fn *ssa.Function, call ssa.CallInstruction, t target, rq requirement, o *origins, state string) {
	if !final {
		return
	}
	if o == nil {
		o = &origins{}
		if rq.to >= 0 && rq.to < len(t.args) {
			o = c.recipients(t.args[rq.to])
		}
	}
	if state == Consented && !o.consented {
		return // constant recipients: the service's own address, no person's
	}
	pos := callPos(call)
	desc := c.recipientText(call, t, rq, o)
	var flow []finding.Step
	if len(o.entries) > 0 && o.entries[0].IsValid() && o.entries[0] != pos {
		flow = append(flow, c.step(o.entries[0], "recipient "+desc))
	}
	flow = append(flow, c.step(pos, t.name()+" sends to "+desc+" ("+state+")"))
	flow = append(flow, rq.chain...)
	real := t.name()
	if len(rq.via) > 0 {
		real = rq.via[len(rq.via)-1]
	}
	s := Sent{
		Pos: finding.At(c.pass.Fset, pos), Function: taint.FuncName(fn), Sender: t.name(), Real: real,
		State: state, Recipient: desc, Flow: flow,
	}
	v, _ := sends.LoadOrStore(c.pass.Pkg, &sentList{})
	l := v.(*sentList)
	l.mu.Lock()
	l.list = append(l.list, s)
	l.mu.Unlock()
}

// noteSkipped records the sends of a call the analysis does not check:
// transactional, or guarded by a consent check.
func (c *checker) noteSkipped(final bool, fn *ssa.Function, call ssa.CallInstruction, t target, reqs []requirement, guarded bool) {
	if !final || len(reqs) == 0 {
		return
	}
	state := Transactional
	if guarded {
		state = Guarded
	}
	for _, rq := range reqs {
		o := &origins{}
		if rq.to >= 0 && rq.to < len(t.args) {
			o = c.recipients(t.args[rq.to])
		}
		if !o.local && !o.consented && len(o.params) == 0 {
			continue // constant recipients: the service's own address
		}
		c.note(final, fn, call, t, rq, o, state)
	}
}

// noteLocal records a send to recipients the function finds itself:
// guarded when a check in its callers' context dominates it, unguarded
// (a finding) otherwise.
func (c *checker) noteLocal(final bool, fn *ssa.Function, call ssa.CallInstruction, t target, rq requirement, o *origins) {
	if !final {
		return
	}
	state := Unguarded
	if c.ctxGuarded(call.Block()) {
		state = Guarded
	}
	c.note(final, fn, call, t, rq, o, state)
}

// noteTransactional records every send of a transactional function.
func (c *checker) noteTransactional(final bool, fn *ssa.Function) {
	if !final {
		return
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			t, ok := c.target(call.Common())
			if !ok {
				continue
			}
			for _, rq := range c.requirements(t) {
				c.note(final, fn, call, t, rq, nil, Transactional)
			}
		}
	}
}
