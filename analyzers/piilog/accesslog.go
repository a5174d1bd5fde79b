package piilog

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// ipCategory is the category an access log's client IP belongs to.
const ipCategory = "user.device.ip_address"

// accessLogs reports the installation of access-log middleware that writes
// the full client IP: a call of, or a reference to, one of the built-in
// middleware functions, or a configurable one configured to log the IP.
func accessLogs(pass *analysis.Pass, res *taint.Result, rep *report.Reporter, clause string) {
	p := res.Policy
	if !p.PIILog.Builtins || !p.Denies(rules.PIILog, ipCategory) {
		return
	}
	always := map[string]bool{}
	for _, name := range rules.BuiltinAccessLogMiddleware {
		always[name] = true
	}
	conditional := map[string]bool{}
	for _, name := range rules.BuiltinConditionalAccessLog {
		conditional[name] = true
	}
	// Calls in SSA form, by the position of their opening parenthesis, for
	// inspecting the configuration passed to configurable loggers.
	calls := map[token.Pos]ssa.CallInstruction{}
	for _, fn := range res.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(ssa.CallInstruction); ok {
					calls[c.Pos()] = c
				}
			}
		}
	}
	for _, file := range pass.Files {
		callees := map[*ast.Ident]*ast.CallExpr{}
		ast.Inspect(file, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if id := calleeIdent(c.Fun); id != nil {
					callees[id] = c
				}
			}
			return true
		})
		ast.Inspect(file, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj, ok := pass.TypesInfo.Uses[id].(*types.Func)
			if !ok {
				return true
			}
			name := obj.FullName()
			call := callees[id]
			pos := id.Pos()
			switch {
			case always[name]:
				if call != nil {
					pos = call.Lparen
				}
			case conditional[name] && call != nil:
				pos = call.Lparen
				if c := calls[pos]; c != nil && !logsClientIP(name, c.Common().Args) {
					return true
				}
			default:
				return true
			}
			reportAccessLog(pass, rep, obj, pos, enclosingFunc(file, pos, pass), clause)
			return true
		})
	}
}

func reportAccessLog(pass *analysis.Pass, rep *report.Reporter, obj *types.Func, pos token.Pos, fn string, clause string) {
	what := shortFunc(obj)
	msg := fmt.Sprintf("%s from the access log installed by %s: it writes each request's full client IP without anonymization (piilog: %q)", ipCategory, what, clause)
	if obj.FullName() == "github.com/gin-gonic/gin.Default" {
		msg = fmt.Sprintf("%s from gin.Default's access log (gin.Logger): it writes each request's full client IP without anonymization (piilog: %q)", ipCategory, clause)
	}
	at := finding.At(pass.Fset, pos)
	rep.Report(finding.Finding{
		Category: ipCategory,
		Message:  msg,
		Pos:      at,
		Flow:     []finding.Step{{Pos: at, Note: "access log installed by " + what}},
		Function: fn,
		Source:   "client IP",
		Sink:     what,
	}, analysis.Diagnostic{Pos: pos, Category: ipCategory, Message: msg})
}

// calleeIdent returns the identifier naming a called function, if any.
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}

// enclosingFunc names the function declaration containing pos.
func enclosingFunc(file *ast.File, pos token.Pos, pass *analysis.Pass) string {
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || pos < fd.Pos() || pos > fd.End() {
			continue
		}
		if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
			return obj.FullName()
		}
	}
	return ""
}

// logsClientIP decides for a configurable access logger whether its
// configuration logs the client IP: gin's LoggerWithFormatter and
// LoggerWithConfig log it unless a formatter is given that does not read
// LogFormatterParams.ClientIP; echo's LoggerWithConfig logs it unless a
// Format without ${remote_ip} is given.
func logsClientIP(name string, args []ssa.Value) bool {
	if len(args) == 0 {
		return true
	}
	switch {
	case strings.HasSuffix(name, "gin.LoggerWithFormatter"):
		return formatterReadsClientIP(args[0])
	case strings.HasSuffix(name, "gin.LoggerWithConfig"):
		f := storedField(args[0], "Formatter")
		if f == nil {
			return true
		}
		return formatterReadsClientIP(f)
	case strings.HasSuffix(name, "middleware.LoggerWithConfig"):
		f := storedField(args[0], "Format")
		if f == nil {
			return true
		}
		s, ok := f.(*ssa.Const)
		if !ok || s.Value == nil {
			return true
		}
		return s.Value.String() == `""` || strings.Contains(s.Value.String(), "${remote_ip}")
	}
	return true
}

// storedField finds the value stored in a field of a struct literal passed
// by value (a load of a local) or by pointer.
func storedField(v ssa.Value, field string) ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X
	}
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return nil
	}
	refs := alloc.Referrers()
	if refs == nil {
		return nil
	}
	for _, r := range *refs {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		st, ok := deref(fa.X.Type()).Underlying().(*types.Struct)
		if !ok || st.Field(fa.Field).Name() != field {
			continue
		}
		for _, rr := range *fa.Referrers() {
			if s, ok := rr.(*ssa.Store); ok && s.Addr == fa {
				return s.Val
			}
		}
	}
	return nil
}

// formatterReadsClientIP reports whether a formatter function reads the
// ClientIP field of its parameters; unknown formatters are assumed to.
func formatterReadsClientIP(v ssa.Value) bool {
	var fn *ssa.Function
	switch f := v.(type) {
	case *ssa.Function:
		fn = f
	case *ssa.MakeClosure:
		fn, _ = f.Fn.(*ssa.Function)
	case *ssa.Const:
		return f.Value == nil // nil formatter: the default, which logs the IP
	case *ssa.ChangeType:
		return formatterReadsClientIP(f.X)
	}
	if fn == nil {
		return true
	}
	reads := false
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.FieldAddr:
				if st, ok := deref(x.X.Type()).Underlying().(*types.Struct); ok && st.Field(x.Field).Name() == "ClientIP" {
					reads = true
				}
			case *ssa.Field:
				if st, ok := x.X.Type().Underlying().(*types.Struct); ok && st.Field(x.Field).Name() == "ClientIP" {
					reads = true
				}
			}
		}
	}
	return reads
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// shortFunc names a function for messages: "gin.Default",
// "middleware.Logger".
func shortFunc(obj *types.Func) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}
