package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// Log writers. Small and home-grown loggers end in a write to an
// io.Writer: fmt.Fprintf(w, ...), w.Write(p), io.WriteString(w, s), an
// encoder's Encode. Such a write is a log sink when w is a log writer:
// os.Stdout, os.Stderr, or a file opened as a log; or a writer made over
// one (a bufio.Writer, a JSON encoder, an io.MultiWriter). A response, a
// buffer that becomes a request body, a data file, a network peer or a
// hash is not.
//
// Whether a writer is a log writer is decided from how it is made, two
// ways that complement each other:
//
//   - a label: os.Stdout, os.Stderr and the results of the calls that open
//     a log carry a concrete label of the internal category logWriterCat.
//     It moves like data (through fields, constructors, summaries and
//     package facts), so a logger built with jsonlog.New(os.Stdout, ...)
//     in main and kept in a struct field is known as one where it is used;
//   - the package's stores: a package variable or a struct field of which
//     some store in the package (package initialisers included, which the
//     engine does not analyse) is a log writer.
//
// A function that writes what it is given to a writer it is given (a
// logger's method writing to its receiver's field) puts the data in the
// writer's memory, which its summary reports as a flow into that
// parameter (param2->param0.out). At a call, data that such a flow, or a
// store of data of the callee, puts in a log writer reaches a log sink.

// logWriterCat is the internal category of the label a log writer
// carries. It is never a finding: sinkReached skips it.
const logWriterCat = "(log writer)"

// maxWriterDepth bounds the steps followed back from a writer to where it
// is made.
const maxWriterDepth = 8

// writerSource labels a load of os.Stdout or os.Stderr as a log writer.
func (u *unit) writerSource(v ssa.Value, g *ssa.Global) {
	if isStdGlobal(g) {
		u.addLabel(v, &label{cat: logWriterCat, desc: "os." + g.Name()})
	}
}

func isStdGlobal(g *ssa.Global) bool {
	return g.Pkg != nil && g.Pkg.Pkg.Path() == "os" && (g.Name() == "Stdout" || g.Name() == "Stderr")
}

// writerResult labels the result of a call that opens a log: os.OpenFile
// or os.Create of a path that names a log (or called by a function whose
// name says it opens one), log.Writer, and syslog's writers.
func (u *unit) writerResult(instr ssa.CallInstruction, result *ssa.Call, ce callee) {
	if result == nil {
		return
	}
	desc := ""
	switch ce.name {
	case "os.OpenFile", "os.Create":
		if len(ce.args) > 0 && (u.e.logPath(ce.args[0], 0) || logFunc(instr.Parent())) {
			desc = "log file"
		}
	case "log.Writer", "(*log.Logger).Writer", "log/syslog.New", "log/syslog.Dial":
		desc = ce.name
	}
	if desc == "" {
		return
	}
	var t set
	t.add(&label{cat: logWriterCat, desc: desc})
	u.setResult(result, 0, &t)
}

// writeCall returns the writer and the data arguments of a call that
// writes to an io.Writer-like destination.
func writeCall(ce callee) (w ssa.Value, data []ssa.Value, ok bool) {
	if len(ce.args) < 2 {
		return nil, nil, false
	}
	switch ce.name {
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString":
		return ce.args[0], ce.args[1:], true
	case "io.Copy", "io.CopyN", "io.CopyBuffer":
		return ce.args[0], ce.args[1:2], true
	}
	if ce.obj == nil || ce.obj.Signature().Recv() == nil {
		return nil, nil, false
	}
	switch ce.obj.Name() {
	case "Write", "WriteString", "WriteByte", "WriteRune", "Encode":
		return ce.args[0], ce.args[1:], true
	}
	return nil, nil, false
}

// writerSinks reports the data of a write to a log writer as reaching a
// log sink. A write to a writer that comes from a parameter (and is no
// log writer here) puts the data in the writer's memory, so the
// function's summary says where it goes; fmt's and io's writes already do
// that in defaultCall.
func (u *unit) writerSinks(instr ssa.CallInstruction, ce callee) {
	w, data, ok := writeCall(ce)
	if !ok {
		return
	}
	consumer := ""
	if ce.obj != nil && ce.obj.Pkg() != nil {
		consumer = ce.obj.Pkg().Path()
	}
	if u.isLogWriter(w) {
		name := shortName(ce.obj)
		for i, a := range data {
			u.sinkReached(instr, Log, name, name, nil, len(ce.args)-len(data)+i, u.rendered(a, consumer), dest{})
		}
		return
	}
	if ce.obj == nil || ce.obj.Signature().Recv() == nil {
		return // fmt.Fprint*, io.WriteString, io.Copy: see defaultCall
	}
	if !hasParamLabel(u.valueAt(w, "", true)) {
		return
	}
	var t set
	for _, a := range data {
		t.addAll(u.value(a))
	}
	u.memAdd(u.root(w), &t)
}

// writerSummarySinks reports, at a call of an analysed function, the data
// the callee puts in the memory of a parameter that is a log writer here:
// a flow from another parameter (the caller's data) or a store of data
// the callee read itself.
func (u *unit) writerSummarySinks(instr ssa.CallInstruction, ce callee, s *FuncSummary) {
	if s == nil {
		return
	}
	name := shortName(ce.obj)
	for _, f := range s.Flows {
		if f.ToParam < 0 || f.ToParam >= len(ce.args) || f.Param >= len(ce.args) {
			continue
		}
		if f.Param == f.ToParam && (f.Path == "" || overlaps(f.Path, f.ToPath)) {
			continue // the writer itself; but a logger's own fields (With) are data
		}
		if !u.isLogWriterAt(ce.args[f.ToParam], f.ToPath) {
			continue
		}
		t := minus(u.logArg(ce, f.Param, f.Path, f.Shallow, instr.Pos()), splitCats(f.Removed))
		u.sinkReached(instr, Log, name, name, nil, f.Param, t, dest{})
	}
	for _, r := range s.Results {
		if r.Param < 0 || r.Param >= len(ce.args) || r.Cat == logWriterCat {
			continue
		}
		if !u.isLogWriterAt(ce.args[r.Param], r.Path) {
			continue
		}
		var t set
		t.add(&label{cat: r.Cat, desc: r.Desc, steps: r.Steps})
		u.sinkReached(instr, Log, name, name, nil, r.Param, &t, dest{})
	}
}

// absorbsWrite reports whether a write through fmt or io to w puts the
// data in w's memory: not when w is a log writer, where the write is a
// sink already (and os.Stdout's memory is a package variable's).
func (u *unit) absorbsWrite(w ssa.Value) bool {
	return !u.isLogWriter(w)
}

// writerAbsorbers are the absorbing types that are writers: a write
// through one that is a log writer is a sink, not data kept in it.
var writerAbsorbers = map[string]bool{
	"bufio.Writer":          true,
	"encoding/json.Encoder": true,
	"text/tabwriter.Writer": true,
}

// absorbsInto reports whether a method of an absorbing receiver keeps its
// arguments in the receiver: not a write through a log writer.
func (u *unit) absorbsInto(ce callee) bool {
	recv := strings.TrimPrefix(typeName(ce.obj.Signature().Recv().Type()), "*")
	return !writerAbsorbers[recv] || !u.isLogWriter(ce.args[0])
}

// isLogWriter reports whether a writer value is a log writer.
func (u *unit) isLogWriter(w ssa.Value) bool {
	return u.isLogWriterAt(w, "")
}

// isLogWriterAt reports whether the value at a field path below v is a
// log writer: by its label, by its type, or by how the package makes it.
func (u *unit) isLogWriterAt(v ssa.Value, path string) bool {
	if u.hasCatAt(v, path, true, logWriterCat) {
		return true
	}
	if u.e.logWriterAt(v, path, 0, map[loc]bool{}) {
		return true
	}
	// A logger of another package that this code did not make over a
	// writer that is never a log (a response, a buffer): its type's name
	// says what its output is. (In its own package, its methods write to
	// the writer their callers' loggers were made with: the callers
	// decide.)
	if builtOverNonLog(u.root(v).obj) {
		return false
	}
	i := strings.LastIndex(path, ".")
	if i < 0 || strings.Contains(path[i:], "[") {
		return false
	}
	st, ok := typeAtPath(v.Type(), path[:i])
	if !ok {
		return false
	}
	st = deref(st)
	s, ok := st.Underlying().(*types.Struct)
	if n, named := types.Unalias(st).(*types.Named); !ok || !named || n.Obj().Pkg() == u.e.pass.Pkg {
		return false
	}
	for j := range s.NumFields() {
		if s.Field(j).Name() == path[i+1:] {
			return u.e.loggerOutput(st, j)
		}
	}
	return false
}

// typeWide reports whether a label is kept out of a package-level
// location: a log writer stored into a struct field describes that one
// object, not every value of the struct type (a sink with a constructor
// over os.Stderr and one over a buffer). Fields are decided by
// logWriterAt instead.
func typeWide(location string, l *label) bool {
	return l.cat == logWriterCat && strings.HasPrefix(location, "field:")
}

// hasParamLabel reports whether some label of t stands for a parameter.
func hasParamLabel(t *set) bool {
	for _, l := range t.labels() {
		if !l.concrete() {
			return true
		}
	}
	return false
}

// logWriterTypes are writer types that are logs whatever they are made of.
var logWriterTypes = map[string]bool{
	"*log/syslog.Writer":                       true,
	"*gopkg.in/natefinch/lumberjack.v2.Logger": true,
	"*github.com/natefinch/lumberjack.Logger":  true,
}

// logWriterMakers are the functions whose result writes to (one of) their
// writer arguments: the result is a log writer when that argument is.
var logWriterMakers = map[string]bool{
	"bufio.NewWriter":          true,
	"bufio.NewWriterSize":      true,
	"bufio.NewReadWriter":      true,
	"encoding/json.NewEncoder": true,
	"encoding/xml.NewEncoder":  true,
	"encoding/csv.NewWriter":   true,
	"encoding/gob.NewEncoder":  true,
	"text/tabwriter.NewWriter": true,
	"io.MultiWriter":           true,
}

// logWriterAt decides from how a value is made, in this package, whether
// the value at a field path below it is a log writer: os.Stdout or
// os.Stderr, a log file opened here, a writer made over a log writer, a
// struct whose field was set to one (a composite literal, a constructor's
// result by its summary), a package variable that some store sets to
// one, or a struct field that every store of the package sets to one.
func (e *engine) logWriterAt(v ssa.Value, path string, depth int, seen map[loc]bool) bool {
	k := loc{v, path}
	if depth > maxWriterDepth || seen[k] {
		return false
	}
	seen[k] = true
	depth++
	if path == "" && logWriterTypes[typeName(v.Type())] {
		return true
	}
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return e.logWriterAt(x.X, path, depth, seen)
	case *ssa.ChangeType:
		return e.logWriterAt(x.X, path, depth, seen)
	case *ssa.ChangeInterface:
		return e.logWriterAt(x.X, path, depth, seen)
	case *ssa.TypeAssert:
		return !x.CommaOk && e.logWriterAt(x.X, path, depth, seen)
	case *ssa.Phi:
		for _, ed := range x.Edges {
			if ed != x && e.logWriterAt(ed, path, depth, seen) {
				return true
			}
		}
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return e.callMakesLogWriter(c, x.Index, path, depth, seen)
		}
	case *ssa.Call:
		return e.callMakesLogWriter(x, 0, path, depth, seen)
	case *ssa.Alloc:
		return e.storedInto(x, path, depth, seen)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return false
		}
		switch a := x.X.(type) {
		case *ssa.Global:
			if isStdGlobal(a) {
				return path == ""
			}
			if a.Pkg == e.pkg {
				for _, s := range e.destIndex().globals[a] {
					if e.logWriterAt(s, path, depth, seen) {
						return true
					}
				}
			}
		case *ssa.FieldAddr:
			name := "." + fieldName(deref(a.X.Type()), a.Field)
			return e.logWriterAt(a.X, name+path, depth, seen) ||
				e.everyStoreLogWriter(structField(deref(a.X.Type()), a.Field), path, depth, seen)
		case *ssa.Alloc:
			return e.storedInto(a, path, depth, seen)
		}
	case *ssa.Field:
		name := "." + fieldName(x.X.Type(), x.Field)
		return e.logWriterAt(x.X, name+path, depth, seen) ||
			e.everyStoreLogWriter(structField(x.X.Type(), x.Field), path, depth, seen)
	}
	return false
}

// callMakesLogWriter reports whether result i of a call, at a field path
// below it, is a log writer: a log opened by the call, a writer made over
// a log writer, or what the callee's summary says it returns there.
func (e *engine) callMakesLogWriter(c *ssa.Call, i int, path string, depth int, seen map[loc]bool) bool {
	ce := resolve(&c.Call)
	if i == 0 && path == "" {
		switch {
		case ce.name == "os.OpenFile" || ce.name == "os.Create":
			return len(ce.args) > 0 && (e.logPath(ce.args[0], 0) || logFunc(c.Parent()))
		case ce.name == "log.Writer" || ce.name == "(*log.Logger).Writer" ||
			ce.name == "log/syslog.New" || ce.name == "log/syslog.Dial":
			return true
		case logWriterMakers[ce.name]:
			for _, a := range ce.args {
				if isWriterType(a.Type()) && e.logWriterAt(a, "", depth, seen) {
					return true
				}
			}
			return false
		}
	}
	s, _ := e.summaryOf(ce.fn, ce.obj)
	if s == nil {
		return false
	}
	for _, r := range s.Results {
		if r.Param < 0 && r.Result == i && r.Cat == logWriterCat && r.Path == path {
			return true
		}
	}
	for _, f := range s.Flows {
		if f.ToParam >= 0 || f.ToResult != i || f.Param >= len(ce.args) || !overlaps(f.ToPath, path) || len(f.ToPath) > len(path) {
			continue
		}
		if e.logWriterAt(ce.args[f.Param], f.Path+path[len(f.ToPath):], depth, seen) {
			return true
		}
	}
	return false
}

// storedInto reports whether a store into a local variable or a composite
// literal, at a field path, puts a log writer there.
func (e *engine) storedInto(a *ssa.Alloc, path string, depth int, seen map[loc]bool) bool {
	refs := a.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr == a && e.logWriterAt(r.Val, path, depth, seen) {
				return true
			}
		case *ssa.FieldAddr:
			name := "." + fieldName(deref(a.Type()), r.Field)
			rest, ok := strings.CutPrefix(path, name)
			if !ok || (rest != "" && rest[0] != '.' && rest[0] != '[') {
				continue
			}
			if fr := r.Referrers(); fr != nil {
				for _, fref := range *fr {
					if st, ok := fref.(*ssa.Store); ok && st.Addr == r && e.logWriterAt(st.Val, rest, depth, seen) {
						return true
					}
				}
			}
		}
	}
	return false
}

// everyStoreLogWriter reports whether every store into field f in the
// package (there is one at least) sets it to a value that is a log writer
// at path: the field of a logger type that is only ever a log.
func (e *engine) everyStoreLogWriter(f *types.Var, path string, depth int, seen map[loc]bool) bool {
	if f == nil {
		return false
	}
	stores := e.destIndex().fields[f]
	if len(stores) == 0 {
		return false
	}
	for _, s := range stores {
		if !e.logWriterAt(s, path, depth, seen) {
			return false
		}
	}
	return true
}

// builtOverNonLog reports whether a value is made here from a writer that
// is never a log: a call given one, or a literal holding one.
func builtOverNonLog(v ssa.Value) bool {
	var vals []ssa.Value
	switch x := v.(type) {
	case *ssa.Call:
		vals = x.Call.Args
	case *ssa.Alloc:
		vals = storedInto(x)
		for _, ref := range *x.Referrers() {
			if fa, ok := ref.(*ssa.FieldAddr); ok {
				for _, r2 := range *fa.Referrers() {
					if st, ok := r2.(*ssa.Store); ok && st.Addr == fa {
						vals = append(vals, st.Val)
					}
				}
			}
		}
	}
	for _, a := range vals {
		switch x := a.(type) {
		case *ssa.MakeInterface:
			a = x.X
		case *ssa.ChangeInterface:
			a = x.X
		}
		if nonLogWriterTypes[typeName(a.Type())] {
			return true
		}
	}
	return false
}

// loggerTypeName matches the name of a type that is a logger.
var loggerTypeName = regexp.MustCompile(`(?i)(logger|log)$`)

// plainWriterTypes are the field types a logger's output is declared as.
var plainWriterTypes = map[string]bool{
	"io.Writer":     true,
	"*os.File":      true,
	"*bufio.Writer": true,
}

// nonLogWriterTypes are writers that are never a log.
var nonLogWriterTypes = map[string]bool{
	"*bytes.Buffer":           true,
	"*strings.Builder":        true,
	"net/http.ResponseWriter": true,
	"net.Conn":                true,
	"*net.TCPConn":            true,
	"hash.Hash":               true,
	"*io.PipeWriter":          true,
}

// loggerOutput reports whether field i of a struct type is a logger's
// output: the type is named as a logger (Logger, AuditLog, accessLogger)
// and the field is a plain writer (io.Writer, *os.File, *bufio.Writer)
// that no store of the package sets to a writer that is never a log. A
// service's own logger is made over the writer main gives it, which no
// package that uses the logger can see; its name says what it is.
func (e *engine) loggerOutput(structType types.Type, i int) bool {
	n, ok := types.Unalias(deref(structType)).(*types.Named)
	if !ok || !loggerTypeName.MatchString(n.Obj().Name()) {
		return false
	}
	f := structField(structType, i)
	if f == nil || !plainWriterTypes[typeName(f.Type())] {
		return false
	}
	for _, s := range e.destIndex().fields[f] {
		switch x := s.(type) {
		case *ssa.MakeInterface:
			s = x.X
		case *ssa.ChangeInterface:
			s = x.X
		}
		if nonLogWriterTypes[typeName(s.Type())] {
			return false
		}
	}
	return true
}

// isWriterType reports whether values of type t can be written to.
func isWriterType(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Write")
	_, ok := obj.(*types.Func)
	return ok
}

// logPath reports whether a file path value names a log: a constant with
// a .log extension or a "log"/"logs" component, or a value named for one
// (cfg.AccessLog, logPath, *logFile), possibly joined or concatenated
// with other parts.
func (e *engine) logPath(v ssa.Value, depth int) bool {
	if depth > maxWriterDepth {
		return false
	}
	depth++
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return logWords(constant.StringVal(x.Value))
		}
		return false
	case *ssa.BinOp:
		return x.Op == token.ADD && (e.logPath(x.X, depth) || e.logPath(x.Y, depth))
	case *ssa.ChangeType:
		return e.logPath(x.X, depth)
	case *ssa.Convert:
		return e.logPath(x.X, depth)
	case *ssa.MakeInterface:
		return e.logPath(x.X, depth)
	case *ssa.Phi:
		for _, ed := range x.Edges {
			if ed != x && e.logPath(ed, depth) {
				return true
			}
		}
		return false
	case *ssa.Slice:
		for _, el := range packElems(x) {
			if e.logPath(el, depth) {
				return true
			}
		}
		return false
	case *ssa.Call:
		switch x.Call.Value.String() {
		case "path/filepath.Join", "path.Join", "fmt.Sprintf", "path/filepath.Clean", "path/filepath.Abs":
			for _, a := range x.Call.Args {
				if e.logPath(a, depth) {
					return true
				}
			}
			return false
		}
		// A getter named for a log (cfg.LogFile()), or one given a
		// constant that names it (os.Getenv("LOG_FILE"), getenv("AUDIT_FILE",
		// "audit.log")).
		if f := x.Call.StaticCallee(); f != nil && logWords(f.Name()) {
			return true
		}
		if x.Call.IsInvoke() && logWords(x.Call.Method.Name()) {
			return true
		}
		for _, a := range x.Call.Args {
			if c, ok := a.(*ssa.Const); ok && e.logPath(c, depth) {
				return true
			}
		}
		return false
	}
	return logWords(valueName(v))
}

// logFunc reports whether a function's name, or its receiver type's,
// says that it deals with a log: openLogFile, NewFileLogger,
// (*Logger).rotate.
func logFunc(fn *ssa.Function) bool {
	for fn != nil && fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn == nil {
		return false
	}
	if logWords(fn.Name()) {
		return true
	}
	if recv := fn.Signature.Recv(); recv != nil {
		if n, ok := types.Unalias(deref(recv.Type())).(*types.Named); ok {
			return logWords(n.Obj().Name())
		}
	}
	return false
}

// logWords reports whether a name or a path has a word that means a log:
// "log", "logs", "logfile", "logger", "logging", "syslog", an extension
// ".log". "catalog", "blog" and "dialog" are not.
func logWords(s string) bool {
	for _, w := range splitWords(s) {
		switch w {
		case "log", "logs", "logfile", "logfiles", "logger", "logging", "syslog", "accesslog", "errorlog", "auditlog":
			return true
		}
	}
	return false
}

// splitWords splits an identifier or a path into lower-case words at
// punctuation and at lower-to-upper case changes: "AuditLogPath" is
// audit, log, path; "/var/log/app.log" is var, log, app, log.
func splitWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(rs[i-1]) ||
			(unicode.IsUpper(rs[i-1]) && i+1 < len(rs) && unicode.IsLower(rs[i+1]))):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// packElems returns the values a variadic call packs into the slice v,
// when v is such a pack: f(a, b) passes slice(&[2]any{a, b}).
func packElems(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok || alloc.Comment != "varargs" {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			if ref == sl {
				continue
			}
			return nil
		}
		for _, r2 := range *ia.Referrers() {
			if st, ok := r2.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, st.Val)
			}
		}
	}
	return out
}
