package emailconsent

import (
	_ "embed"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/analyzers/internal/callees"
	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/analysisdoc"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Category is the data category of every emailconsent finding.
const Category = rules.Email

// maxRounds bounds the package-level fixpoint of function summaries
// (wrappers that call wrappers, recursion).
const maxRounds = 8

// maxBlocks skips functions too large to reason about in bounded time;
// they neither report nor summarise.
const maxBlocks = 5000

// Analyzer reports marketing e-mail sent without a consent check, with the
// policy found by the policyconfig analyzer.
var Analyzer = NewWith(taint.Analyzer)

// New returns an emailconsent analyzer that always uses p, for tests and
// embedders; it runs its own engine.
func New(p *rules.Policy) *analysis.Analyzer {
	return NewWith(taint.New(policyconfig.New(p)))
}

// NewWith returns an emailconsent analyzer reading the policy and the SSA
// form of the package from engine.
func NewWith(engine *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       rules.EmailConsent,
		Doc:        doc,
		URL:        "https://github.com/policylint/policylint#emailconsent",
		Requires:   []*analysis.Analyzer{engine},
		ResultType: reflect.TypeOf((*finding.List)(nil)),
		FactTypes:  []analysis.Fact{new(Summary)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, pass.ResultOf[engine].(*taint.Result))
		},
	}
}

//go:embed doc.go
var docSource string

var doc = analysisdoc.Extract(docSource, rules.EmailConsent)

func run(pass *analysis.Pass, res *taint.Result) (list *finding.List, err error) {
	defer func() {
		if r := recover(); r != nil {
			list, err = nil, fmt.Errorf("%s: internal error analysing %s: %v", rules.EmailConsent, pass.Pkg.Path(), r)
		}
	}()
	p := res.Policy
	if !p.RuleEnabled(rules.EmailConsent) {
		return &finding.List{}, nil
	}
	rep := report.New(pass, p, rules.EmailConsent)
	if res.Funcs == nil || rules.IsMailLibrary(pass.Pkg.Path()) {
		return rep.Finish(), nil
	}
	c := newChecker(pass, p, res.Funcs)
	c.solve()
	c.findings(rep)
	c.exportFacts()
	list = rep.Finish()
	list.Entries, list.Calls = c.entries, c.sortedCalls()
	return list, nil
}

// checker holds the state of one package's analysis.
type checker struct {
	pass  *analysis.Pass
	p     *rules.Policy
	funcs []*ssa.Function
	ast   *astIndex

	summaries map[*ssa.Function]*Summary
	byObj     map[*types.Func]*ssa.Function
	imported  map[*types.Func]*Summary
	sites     map[*ssa.Function][]ssa.Instruction // where each closure is created
	escapes   map[*ssa.Function]bool              // closures used other than by calling them
	guardMemo map[*ssa.BasicBlock]int
	condMemo  map[condKey]int
	ctxMemo   map[*ssa.Function]int

	callees   *callees.Index
	callers   map[*ssa.Function][]ssa.CallInstruction // calls of the package's functions, in non-test code for non-test functions
	valueRefs map[*types.Func]bool                    // functions used as values (callers unknown)
	cbArgs    map[*ssa.Parameter][]callback           // what the package passes to its callback parameters
	testFile  map[*ssa.Function]bool
	chans     *chanIndex // built on first use

	// What the driver needs to decide what one package cannot.
	entries []finding.Entry
	calls   []finding.Call

	senders       map[string]rules.MailSender
	setters       map[string]rules.RecipientSetter
	recipFields   map[string]bool
	passThrough   map[string]bool
	consentRefs   map[string]rules.Polarity
	consented     map[string]bool
	transactional map[string]bool
}

func newChecker(pass *analysis.Pass, p *rules.Policy, funcs []*ssa.Function) *checker {
	c := &checker{
		pass:          pass,
		p:             p,
		ast:           buildASTIndex(pass.Files),
		summaries:     map[*ssa.Function]*Summary{},
		byObj:         map[*types.Func]*ssa.Function{},
		imported:      map[*types.Func]*Summary{},
		sites:         map[*ssa.Function][]ssa.Instruction{},
		escapes:       map[*ssa.Function]bool{},
		callees:       callees.New(pass.Pkg),
		callers:       map[*ssa.Function][]ssa.CallInstruction{},
		valueRefs:     map[*types.Func]bool{},
		cbArgs:        map[*ssa.Parameter][]callback{},
		testFile:      map[*ssa.Function]bool{},
		senders:       map[string]rules.MailSender{},
		setters:       map[string]rules.RecipientSetter{},
		recipFields:   map[string]bool{},
		passThrough:   map[string]bool{},
		consentRefs:   map[string]rules.Polarity{},
		consented:     map[string]bool{},
		transactional: map[string]bool{},
	}
	for _, fn := range funcs {
		if len(fn.Blocks) > maxBlocks {
			continue
		}
		c.funcs = append(c.funcs, fn)
		if obj, ok := fn.Object().(*types.Func); ok && obj != nil && fn.Parent() == nil {
			c.byObj[obj] = fn
		}
	}
	for _, s := range p.MailSenders() {
		c.senders[s.Func] = s
	}
	for _, s := range rules.BuiltinRecipientSetters {
		c.setters[s.Func] = s
	}
	for _, f := range rules.BuiltinRecipientFields {
		c.recipFields[f] = true
	}
	for _, f := range rules.BuiltinRecipientPassThrough {
		c.passThrough[f] = true
	}
	for _, ref := range p.EmailConsent.Consent {
		c.consentRefs[ref] = rules.ConsentPolarity(ref)
	}
	for _, ref := range p.EmailConsent.Consented {
		c.consented[ref] = true
	}
	for _, ref := range p.EmailConsent.Transactional {
		c.transactional[ref] = true
	}
	c.findSites()
	c.buildCallGraph()
	return c
}

// findSites records where each closure is created or called, and whether
// it escapes (is stored or passed on rather than only called).
func (c *checker) findSites() {
	var ops []*ssa.Value
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if op == nil {
						continue
					}
					anon, ok := (*op).(*ssa.Function)
					if !ok || anon.Parent() == nil {
						continue
					}
					c.sites[anon] = append(c.sites[anon], instr)
					if !calledOnly(instr, anon) {
						c.escapes[anon] = true
					}
				}
			}
		}
	}
}

// calledOnly reports whether instr only calls fn (directly, or through the
// closure it makes).
func calledOnly(instr ssa.Instruction, fn *ssa.Function) bool {
	switch x := instr.(type) {
	case ssa.CallInstruction:
		return x.Common().Value == fn
	case *ssa.MakeClosure:
		for _, r := range referrers(x) {
			call, ok := r.(ssa.CallInstruction)
			if !ok || call.Common().Value != x || slices.Contains(call.Common().Args, ssa.Value(x)) {
				return false
			}
		}
		return true
	}
	return false
}

// solve computes the summaries of the package's functions to a fixpoint.
func (c *checker) solve() {
	for range maxRounds {
		next := map[*ssa.Function]*Summary{}
		c.resetMemo()
		for _, fn := range c.funcs {
			c.checkFunc(fn, next, nil)
		}
		for _, fn := range c.funcs {
			s := next[fn]
			if s == nil {
				s = &Summary{}
				next[fn] = s
			}
			s.Answer = c.answer(fn)
			s.Consented = c.consentedResult(fn)
			normalize(s)
		}
		changed := false
		for _, fn := range c.funcs {
			if !next[fn].equal(c.summaries[fn]) {
				changed = true
			}
		}
		c.summaries = next
		if !changed {
			return
		}
	}
}

// normalize sorts and de-duplicates a summary's sends, keeping the
// shortest chain for each parameter and wrapper path.
func normalize(s *Summary) {
	slices.SortStableFunc(s.Sends, func(a, b Send) int {
		if a.Param != b.Param {
			return a.Param - b.Param
		}
		if c := strings.Compare(strings.Join(a.Via, ">"), strings.Join(b.Via, ">")); c != 0 {
			return c
		}
		if len(a.Chain) != len(b.Chain) {
			return len(a.Chain) - len(b.Chain)
		}
		if len(a.Chain) > 0 {
			return compareStep(a.Chain[0], b.Chain[0])
		}
		return 0
	})
	s.Sends = slices.CompactFunc(s.Sends, func(a, b Send) bool {
		return a.Param == b.Param && slices.Equal(a.Via, b.Via)
	})
}

func compareStep(a, b finding.Step) int {
	if a.Pos.File != b.Pos.File {
		return strings.Compare(a.Pos.File, b.Pos.File)
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line - b.Pos.Line
	}
	return a.Pos.Column - b.Pos.Column
}

// requirement is one send a call makes: to its argument to (-1: to
// recipients the callee finds itself, toText), through the wrappers in
// via (the real sender last). owner and shown are those of a callee that
// reported its own sends as an entry point of its package.
type requirement struct {
	to     int
	via    []string
	chain  []finding.Step
	toText string
	owner  string
	shown  bool
}

func (c *checker) requirements(t target) []requirement {
	var out []requirement
	if t.obj != nil {
		if s, ok := c.senders[t.obj.FullName()]; ok {
			to := s.To
			if to < 0 {
				to = guessRecipientArg(t)
			}
			out = append(out, requirement{to: to, via: []string{t.name()}})
			if len(t.impls) > 0 {
				return out // a catalogued interface: its implementations are the same sender
			}
		}
	}
	if s := c.summaryOf(t); s != nil {
		for _, snd := range s.Sends {
			rq := requirement{to: snd.Param, via: append([]string{t.name()}, snd.Via...), chain: snd.Chain, toText: snd.To, shown: snd.Shown}
			switch {
			case snd.owner != "":
				rq.owner = snd.owner
			case t.obj != nil:
				rq.owner = t.obj.Origin().FullName()
			}
			out = append(out, rq)
		}
	}
	return out
}

// guessRecipientArg picks the recipient argument of a sender the manifest
// names: the first parameter named like a recipient, else the first that
// is not a context.
func guessRecipientArg(t target) int {
	params := t.sig.Params()
	shift := 0
	if t.sig.Recv() != nil {
		shift = 1
	}
	first := -1
	for i := range params.Len() {
		p := params.At(i)
		if n, ok := types.Unalias(p.Type()).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" {
			continue
		}
		if first < 0 {
			first = i + shift
		}
		switch strings.ToLower(p.Name()) {
		case "to", "tos", "rcpt", "rcpts", "recipient", "recipients", "email", "emails", "address", "addr", "addrs", "addresses", "user", "u", "member", "subscriber", "customer", "contact", "msg", "message", "m", "mail":
			return i + shift
		}
	}
	return first
}

// checkFunc examines every send in fn. Sends whose recipients come from
// parameters, or that fn leaves to its callers, go into the summaries in
// next; the others are findings, reported to rep when it is not nil.
func (c *checker) checkFunc(fn *ssa.Function, next map[*ssa.Function]*Summary, rep *report.Reporter) {
	if c.transactionalChain(fn) {
		c.noteTransactional(rep != nil, fn)
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
			reqs := c.requirements(t)
			if len(reqs) == 0 || c.transactionalCallee(t) {
				c.noteSkipped(rep != nil, fn, call, t, reqs, false)
				continue
			}
			if rep != nil {
				c.recordCalls(fn, b, t)
			}
			if c.guarded(b) {
				c.noteSkipped(rep != nil, fn, call, t, reqs, true)
				continue
			}
			for _, rq := range reqs {
				c.checkSend(fn, call, t, rq, next, rep)
			}
		}
	}
}

// checkSend decides one send of a call that no check in fn guards.
func (c *checker) checkSend(fn *ssa.Function, call ssa.CallInstruction, t target, rq requirement, next map[*ssa.Function]*Summary, rep *report.Reporter) {
	o := &origins{local: true}
	if rq.to >= 0 && rq.to < len(t.args) {
		o = c.recipients(t.args[rq.to])
	}
	local := o.local
	for _, p := range o.params {
		if p.fn.Parent() != nil && c.escapes[p.fn] {
			local = true // a callback's parameter: nobody we see passes it
		}
	}
	pos := callPos(call)
	switch {
	case local:
		c.localSend(fn, call, t, rq, o, pos, next, rep)
	case len(o.params) > 0:
		if next != nil {
			step := c.step(pos, fmt.Sprintf("%s calls %s", funcDisplay(fn), t.name()))
			for _, p := range o.params {
				s := next[p.fn]
				if s == nil {
					s = &Summary{}
					next[p.fn] = s
				}
				s.Sends = append(s.Sends, Send{Param: p.idx, Via: slices.Clone(rq.via), Chain: append([]finding.Step{step}, rq.chain...)})
			}
			return
		}
		c.entrySend(fn, call, t, rq, o, pos, rep)
	default:
		c.note(rep != nil, fn, call, t, rq, o, Consented)
	}
	// Otherwise the recipients are constants, already filtered by
	// consent, or fed through a channel on guarded paths: compliant.
}

// localSend handles a send to recipients fn finds itself: it is a finding
// here, unless every path to it is guarded in context, fn leaves the
// check to its callers, or the callee reported it in its own package.
func (c *checker) localSend(fn *ssa.Function, call ssa.CallInstruction, t target, rq requirement, o *origins, pos token.Pos, next map[*ssa.Function]*Summary, rep *report.Reporter) {
	owner := topLevel(fn)
	if rq.shown {
		// The callee is an exported entry point of another package
		// that reported this send itself. Under go vet that finding
		// stands; a run that sees this call moves it here.
		if rep != nil && !c.ctxGuarded(call.Block()) && !c.inTestFile(fn) {
			f, _ := c.build(fn, call, t, rq, o, pos)
			if f, ok := rep.Filter(f, pos); ok {
				c.calls = append(c.calls, finding.Call{Func: rq.owner, Finding: &f})
			}
		}
		return
	}
	delegated := c.delegates(owner)
	obj, _ := owner.Object().(*types.Func)
	exportedEntry := !delegated && obj != nil && c.entry(owner) && c.exported(obj)
	if next != nil {
		if delegated || exportedEntry {
			s := next[owner]
			if s == nil {
				s = &Summary{}
				next[owner] = s
			}
			step := c.step(pos, fmt.Sprintf("%s calls %s", funcDisplay(fn), t.name()))
			s.Sends = append(s.Sends, Send{
				Param: -1, Via: slices.Clone(rq.via), Chain: append([]finding.Step{step}, rq.chain...),
				To: c.recipientText(call, t, rq, o), Shown: exportedEntry,
			})
		}
		return
	}
	c.noteLocal(rep != nil && !delegated, fn, call, t, rq, o)
	if delegated || c.ctxGuarded(call.Block()) || rep == nil {
		return
	}
	f, d := c.build(fn, call, t, rq, o, pos)
	if !rep.Report(f, d) {
		return
	}
	if exportedEntry {
		f, _ = rep.Filter(f, pos) // completed as reported
		c.entries = append(c.entries, finding.Entry{Func: obj.FullName(), Finding: f, Shown: true, Fixed: c.valueRefs[obj]})
	}
}

// entrySend handles, in the final pass, a send to parameters: a finding
// when the function whose parameters they are is an entry point, since
// no caller we see passes them. For an exported function that nothing in
// the package calls, that depends on the other packages: the finding is
// pending, for the driver.
func (c *checker) entrySend(fn *ssa.Function, call ssa.CallInstruction, t target, rq requirement, o *origins, pos token.Pos, rep *report.Reporter) {
	if rep == nil || c.ctxGuarded(call.Block()) {
		return
	}
	for _, p := range o.params {
		if p.fn.Parent() != nil || !c.entry(p.fn) {
			continue
		}
		f, d := c.build(fn, call, t, rq, o, pos)
		obj, _ := p.fn.Object().(*types.Func)
		if obj != nil && c.exported(obj) && !c.valueRefs[obj] {
			if f, ok := rep.Filter(f, pos); ok && !c.dependency() {
				c.entries = append(c.entries, finding.Entry{Func: obj.FullName(), Finding: f})
			}
			return
		}
		rep.Report(f, d)
		return
	}
}

func callPos(call ssa.CallInstruction) token.Pos {
	if p := call.Common().Pos(); p.IsValid() {
		return p
	}
	return call.Pos()
}

// build makes the finding of a send. Mail that no name says is
// marketing is called "e-mail": it needs consent all the same.
func (c *checker) build(fn *ssa.Function, call ssa.CallInstruction, t target, rq requirement, o *origins, pos token.Pos) (finding.Finding, analysis.Diagnostic) {
	desc := c.recipientText(call, t, rq, o)
	quoted := quoteRecipients(desc)
	sender := rq.via[0]
	real := rq.via[len(rq.via)-1]
	if len(rq.via) > 1 {
		sender += " via " + real
	}
	kind := "e-mail"
	if c.marketing(fn, rq.via) {
		kind = "marketing e-mail"
	}
	clause := c.p.Clause(rules.EmailConsent)
	msg := fmt.Sprintf("%s to %s sent by %s without a consent check (emailconsent: %q)", kind, quoted, sender, clause)
	var flow []finding.Step
	if len(o.entries) > 0 && o.entries[0].IsValid() && o.entries[0] != pos {
		flow = append(flow, c.step(o.entries[0], "recipient "+quoted))
	}
	for _, feed := range o.feeds {
		flow = append(flow, c.step(feed, "recipient sent on a channel on a path with no consent check"))
	}
	flow = append(flow, c.step(pos, fmt.Sprintf("%s sends to %s with no consent check on the way", t.name(), quoted)))
	flow = append(flow, rq.chain...)
	f := finding.Finding{
		Category: Category,
		Message:  msg,
		Pos:      finding.At(c.pass.Fset, pos),
		Flow:     flow,
		Function: taint.FuncName(fn),
		Source:   desc,
		Sink:     real,
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: Category,
		Message:  msg,
		Related:  report.Related(c.pass, flow),
	}
	return f, d
}

// quoteRecipients quotes each recipient expression: "e-mail to `to`",
// never "e-mail to to".
func quoteRecipients(desc string) string {
	if desc == "" || desc == "a recipient" {
		return "a recipient"
	}
	parts := strings.Split(desc, ", ")
	for i, p := range parts {
		if p != "..." {
			parts[i] = "`" + p + "`"
		}
	}
	return strings.Join(parts, ", ")
}

// recipientText names the recipients as the code writes them.
func (c *checker) recipientText(call ssa.CallInstruction, t target, rq requirement, o *origins) string {
	var descs []string
	for _, d := range o.descs {
		if !slices.Contains(descs, d) {
			descs = append(descs, d)
		}
	}
	if len(descs) > 2 {
		descs = append(descs[:2], "...")
	}
	if len(descs) > 0 {
		return strings.Join(descs, ", ")
	}
	if rq.to >= 0 {
		if s := c.argText(call, rq.to, t); s != "" {
			return s
		}
	}
	if rq.toText != "" {
		return rq.toText
	}
	return "a recipient"
}

func (c *checker) step(pos token.Pos, note string) finding.Step {
	return finding.Step{Pos: finding.At(c.pass.Fset, pos), Note: note}
}

// resetMemo forgets the guard decisions of the previous round, which
// depend on the summaries it started with.
func (c *checker) resetMemo() {
	c.guardMemo = map[*ssa.BasicBlock]int{}
	c.condMemo = map[condKey]int{}
	c.ctxMemo = map[*ssa.Function]int{}
}

// findings runs the final pass that reports.
func (c *checker) findings(rep *report.Reporter) {
	c.resetMemo()
	for _, fn := range c.funcs {
		c.checkFunc(fn, nil, rep)
	}
}

func (c *checker) exportFacts() {
	for _, fn := range c.funcs {
		if fn.Parent() != nil {
			continue
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj == nil || obj.Pkg() != c.pass.Pkg {
			continue
		}
		if s := c.summaries[fn]; !s.empty() {
			c.pass.ExportObjectFact(obj, s)
		}
	}
}

// ---------------------------------------------------------------- transactional

// transactionalCallee reports whether a call sends transactional mail by
// the callee's name or the manifest.
func (c *checker) transactionalCallee(t target) bool {
	return c.transactionalObj(t.obj)
}

// transactionalObj reports whether a function or method sends
// transactional mail by its name, its receiver type's, or the manifest.
func (c *checker) transactionalObj(obj *types.Func) bool {
	if obj == nil {
		return false
	}
	return c.transactional[obj.FullName()] || c.p.TransactionalName(obj.Name()) || c.p.TransactionalName(recvTypeName(obj))
}

// transactionalChain reports whether fn or a function enclosing it is
// transactional.
func (c *checker) transactionalChain(fn *ssa.Function) bool {
	for f := fn; f != nil; f = f.Parent() {
		obj, ok := f.Object().(*types.Func)
		if !ok || obj == nil {
			continue
		}
		if c.transactional[obj.FullName()] || c.p.TransactionalName(obj.Name()) || c.p.TransactionalName(recvTypeName(obj)) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- answers

// answer decides whether fn returns a consent answer: a bool whose true
// (or false) value is returned only on paths a consent check allowed, or
// an error that is nil only on such paths.
func (c *checker) answer(fn *ssa.Function) *Answer {
	if fn.Signature.Results().Len() == 0 {
		return nil
	}
	var rets []*ssa.Return
	for _, b := range fn.Blocks {
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(r.Results) > 0 {
			rets = append(rets, r)
		}
	}
	if len(rets) == 0 {
		return nil
	}
	res := fn.Signature.Results()
	switch {
	case isBool(res.At(0).Type()):
		for _, pol := range []rules.Polarity{rules.Allows, rules.Denies} {
			if c.boolAnswer(rets, pol == rules.Allows) {
				return &Answer{Param: c.subjectParam(fn), Polarity: pol}
			}
		}
	case res.Len() == 1 && isError(res.At(0).Type()):
		if c.errorAnswer(rets) {
			return &Answer{Param: c.subjectParam(fn), Polarity: rules.Allows, Err: true}
		}
	}
	return nil
}

// boolAnswer reports whether every return of val happens only where
// consent allowed it.
func (c *checker) boolAnswer(rets []*ssa.Return, val bool) bool {
	saysVal := false
	for _, r := range rets {
		v := r.Results[0]
		if k, ok := v.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Bool && constant.BoolVal(k.Value) != val {
			continue
		}
		saysVal = true
		if !c.condAllows(v, val, 0) && !c.guarded(r.Block()) {
			return false
		}
	}
	return saysVal
}

// errorAnswer reports whether nil is returned only where consent allowed
// it, and other returns are errors that cannot be nil.
func (c *checker) errorAnswer(rets []*ssa.Return) bool {
	nils := 0
	for _, r := range rets {
		switch v := r.Results[0].(type) {
		case *ssa.Const:
			if v.IsNil() {
				nils++
				if !c.guarded(r.Block()) {
					return false
				}
			}
		default:
			if !c.guarded(r.Block()) && !nonNilError(v) {
				return false
			}
		}
	}
	return nils > 0
}

// nonNilError reports whether an error value is surely not nil: a
// package's error variable, or a fresh one.
func nonNilError(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.UnOp:
		_, ok := x.X.(*ssa.Global)
		return ok && x.Op == token.MUL
	case *ssa.MakeInterface:
		return true
	case *ssa.Call:
		if fn := x.Common().StaticCallee(); fn != nil {
			switch fn.String() {
			case "errors.New", "fmt.Errorf":
				return true
			}
		}
	}
	return false
}

// subjectParam finds the parameter a function's consent checks are about.
func (c *checker) subjectParam(fn *ssa.Function) int {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			v, ok := instr.(ssa.Value)
			if !ok {
				continue
			}
			if _, ok := c.consentCheck(v); !ok {
				continue
			}
			if i := rootParam(fn, v); i >= 0 {
				return i
			}
		}
	}
	return -1
}

// rootParam follows a check back through fields, loads and call arguments
// to a parameter of fn.
func rootParam(fn *ssa.Function, v ssa.Value) int {
	for range 16 {
		switch x := v.(type) {
		case *ssa.Parameter:
			for i, p := range fn.Params {
				if p == x {
					return i
				}
			}
			return -1
		case *ssa.UnOp:
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.BinOp:
			if _, ok := x.X.(*ssa.Const); ok {
				v = x.Y
			} else {
				v = x.X
			}
		case *ssa.Call:
			args := x.Common().Args
			if x.Common().IsInvoke() {
				v = x.Common().Value
			} else if len(args) > 0 {
				v = args[0]
			} else {
				return -1
			}
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Alloc:
			// A parameter spilled to a local: `*t0 = r`.
			sts := storesTo(x)
			if len(sts) == 0 {
				return -1
			}
			v = sts[0].Val
		default:
			return -1
		}
	}
	return -1
}

// callsConsented reports whether fn calls a consented function at all,
// which is rare: only then is its result worth following.
func (c *checker) callsConsented(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			t, ok := c.target(call.Common())
			if !ok {
				continue
			}
			if t.obj != nil && c.consented[t.obj.FullName()] {
				return true
			}
			if s := c.summaryOf(t); s != nil && s.Consented {
				return true
			}
		}
	}
	return false
}

// consentedResult reports whether fn returns recipients that come only
// from consented functions.
func (c *checker) consentedResult(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	if res.Len() == 0 || isBool(res.At(0).Type()) || isError(res.At(0).Type()) || !c.callsConsented(fn) {
		return false
	}
	any := false
	for _, b := range fn.Blocks {
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(r.Results) == 0 {
			continue
		}
		o := c.recipients(r.Results[0])
		if o.local || len(o.params) > 0 {
			return false
		}
		any = any || o.consented
	}
	return any
}
