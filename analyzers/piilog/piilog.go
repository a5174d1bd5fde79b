package piilog

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/report"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/analysisdoc"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Analyzer reports personal data written to logs, with the policy found by
// the policyconfig analyzer.
var Analyzer = NewWith(taint.Analyzer)

// New returns a piilog analyzer that always uses p, for tests and
// embedders; it runs its own engine.
func New(p *rules.Policy) *analysis.Analyzer {
	return NewWith(taint.New(policyconfig.New(p)))
}

// NewWith returns a piilog analyzer reading the results of engine.
func NewWith(engine *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       rules.PIILog,
		Doc:        doc,
		URL:        "https://github.com/policylint/policylint#piilog",
		Requires:   []*analysis.Analyzer{engine},
		ResultType: reflect.TypeOf((*finding.List)(nil)),
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, pass.ResultOf[engine].(*taint.Result)), nil
		},
	}
}

//go:embed doc.go
var docSource string

var doc = analysisdoc.Extract(docSource, rules.PIILog)

func run(pass *analysis.Pass, res *taint.Result) *finding.List {
	p := res.Policy
	if !p.RuleEnabled(rules.PIILog) {
		return &finding.List{}
	}
	rep := report.New(pass, p, rules.PIILog)
	clause := p.Clause(rules.PIILog)
	for _, h := range res.Hits {
		if h.Kind != taint.Log || !p.Denies(rules.PIILog, h.Cat) {
			continue
		}
		src := h.Source
		if src == "" {
			src = "a value"
		}
		msg := fmt.Sprintf("%s from %s reaches %s without anonymization (piilog: %q)", h.Cat, src, h.Sink, clause)
		f := finding.Finding{
			Category: h.Cat,
			Message:  msg,
			Pos:      finding.At(pass.Fset, h.Pos),
			Flow:     h.Flow,
			Function: taint.FuncName(h.Fn),
			Source:   src,
			Sink:     h.RealSink,
		}
		d := analysis.Diagnostic{
			Pos:      h.Pos,
			Category: h.Cat,
			Message:  msg,
			Related:  report.Related(pass, h.Flow),
		}
		if fix, ok := sanitizeFix(pass, p, h); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		rep.ReportEntry(f, d, h.Entry)
	}
	accessLogs(pass, res, rep, clause)
	return report.WithCalls(rep.Finish(), res.Calls)
}

// sanitizeFix wraps the arguments that carry the data in the category's
// sanitizer, when the manifest declares exactly one, it is a function of
// one parameter that each argument can be passed to, and its package is
// this one, is imported by the file, or can be imported under its own name
// (the fix then adds the import). In a key/value call such as
// slog.Info("msg", "user_id", id, "client_ip", ip) it wraps the value that
// carries the data, as the engine says (Hit.Elems), never a key; in a field
// constructor such as zap.String("ip", ip), the field's value.
func sanitizeFix(pass *analysis.Pass, p *rules.Policy, h *taint.Hit) (analysis.SuggestedFix, bool) {
	cat := p.Data[h.Cat]
	if cat == nil || len(cat.Sanitizers) != 1 {
		return analysis.SuggestedFix{}, false
	}
	ref := cat.Sanitizers[0]
	if strings.HasPrefix(ref, "(") {
		return analysis.SuggestedFix{}, false // methods need a receiver: no mechanical fix
	}
	dot := strings.LastIndex(ref, ".")
	pkgPath, name := ref[:dot], ref[dot+1:]
	file := fileOf(pass, h.Pos)
	if file == nil || lineMapped(pass, file) {
		// A file of cgo's output: its offsets are not the user's file's.
		return analysis.SuggestedFix{}, false
	}
	call, args := callArgs(pass, file, h)
	if call == nil || len(args) == 0 {
		return analysis.SuggestedFix{}, false
	}
	san, ok := sanitizerIn(pass, file, call.Pos(), pkgPath, name)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	sig := san.fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return analysis.SuggestedFix{}, false
	}
	param := sig.Params().At(0).Type()
	callee := san.qual + name
	var edits []analysis.TextEdit
	for _, a := range args {
		a = valueArg(pass, a, param, 2)
		if a == nil {
			// Wrapping some of the arguments only would leave the
			// finding in place: no fix rather than half of one.
			return analysis.SuggestedFix{}, false
		}
		edits = append(edits,
			analysis.TextEdit{Pos: a.Pos(), End: a.Pos(), NewText: []byte(callee + "(")},
			analysis.TextEdit{Pos: a.End(), End: a.End(), NewText: []byte(")")})
	}
	edits = append(edits, san.imports...)
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Mask the value with %s", callee),
		TextEdits: edits,
	}, true
}

// valueArg returns e when a value of its type can be passed to param, or,
// for a call such as zap.String("ip", ip) or slog.Any("ip", ip), the one
// argument of that call that is not a constant and can be; nil otherwise.
// depth bounds the descent into nested calls.
func valueArg(pass *analysis.Pass, e ast.Expr, param types.Type, depth int) ast.Expr {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value != nil {
		return nil
	}
	if types.AssignableTo(tv.Type, param) {
		return e
	}
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || depth == 0 {
		return nil
	}
	var found ast.Expr
	for _, a := range c.Args {
		if tv, ok := pass.TypesInfo.Types[a]; !ok || tv.Value != nil {
			continue
		}
		v := valueArg(pass, a, param, depth-1)
		if v == nil {
			continue
		}
		if found != nil {
			return nil // two candidates: which one holds the data is not known
		}
		found = v
	}
	return found
}

// callArgs finds the call expression of a hit and the argument expressions
// that carry the data: the argument h.Arg (SSA numbering, the receiver of
// a method call being argument 0) or, when that is the slice packing the
// variadic arguments, the elements h.Elems of it; without Elems, the one
// element that is not a constant.
func callArgs(pass *analysis.Pass, file *ast.File, h *taint.Hit) (*ast.CallExpr, []ast.Expr) {
	var call *ast.CallExpr
	ast.Inspect(file, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && c.Lparen == h.Pos {
			call = c
		}
		return call == nil
	})
	if call == nil {
		return nil, nil
	}
	sig, ok := pass.TypesInfo.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return call, nil
	}
	i := h.Arg
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			i-- // SSA counts the receiver as argument 0
		}
	}
	if i < 0 {
		return call, nil // the receiver carries the data
	}
	last := sig.Params().Len() - 1
	if !sig.Variadic() || call.Ellipsis.IsValid() || i < last {
		if i < len(call.Args) {
			return call, []ast.Expr{call.Args[i]}
		}
		return call, nil
	}
	if i != last {
		return call, nil
	}
	// The variadic arguments, packed in one slice.
	pack := call.Args[min(last, len(call.Args)):]
	if h.Elems != nil {
		var out []ast.Expr
		for _, e := range h.Elems {
			if e >= len(pack) {
				return call, nil
			}
			out = append(out, pack[e])
		}
		return call, out
	}
	var cand ast.Expr
	for _, a := range pack {
		if tv, ok := pass.TypesInfo.Types[a]; ok && tv.Value == nil {
			if cand != nil {
				return call, nil
			}
			cand = a
		}
	}
	if cand == nil {
		return call, nil
	}
	return call, []ast.Expr{cand}
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// lineMapped reports whether file's positions are mapped to another file
// by //line directives, as in the files cgo writes for a file that
// imports "C".
func lineMapped(pass *analysis.Pass, file *ast.File) bool {
	tf := pass.Fset.File(file.Pos())
	return tf == nil || pass.Fset.Position(file.Package).Filename != tf.Name()
}

// sanitizer is how a file calls the sanitizer: its qualifier ("anon." or
// "" in its own package) and the edits that import its package when the
// file does not yet.
type sanitizer struct {
	fn      *types.Func
	qual    string
	imports []analysis.TextEdit
}

// sanitizerIn finds the sanitizer function and how file must qualify it at
// pos. A package the file does not import is imported under its own name,
// provided the analysed package depends on it (so that it is in the build)
// and the name is free at pos.
func sanitizerIn(pass *analysis.Pass, file *ast.File, pos token.Pos, pkgPath, name string) (sanitizer, bool) {
	if pass.Pkg.Path() == pkgPath {
		fn, ok := pass.Pkg.Scope().Lookup(name).(*types.Func)
		return sanitizer{fn: fn}, ok
	}
	for _, imp := range file.Imports {
		if strings.Trim(imp.Path.Value, "`\"") != pkgPath {
			continue
		}
		pkgName := pass.TypesInfo.PkgNameOf(imp)
		if pkgName == nil || pkgName.Name() == "_" || pkgName.Name() == "." {
			continue
		}
		fn, ok := pkgName.Imported().Scope().Lookup(name).(*types.Func)
		return sanitizer{fn: fn, qual: pkgName.Name() + "."}, ok
	}
	pkg := dependency(pass.Pkg, pkgPath)
	if pkg == nil {
		// A package of the module that this one does not depend on yet,
		// such as an anonymizer written for the policy.
		pkg = moduleSanitizer(pass, file, pkgPath, name)
	}
	if pkg == nil {
		return sanitizer{}, false
	}
	fn, ok := pkg.Scope().Lookup(name).(*types.Func)
	if !ok || !fn.Exported() {
		return sanitizer{}, false
	}
	if scope := innermost(pass, file, pos); scope != nil {
		if _, obj := scope.LookupParent(pkg.Name(), pos); obj != nil {
			return sanitizer{}, false // the name means something else there
		}
	}
	return sanitizer{fn: fn, qual: pkg.Name() + ".", imports: importEdits(file, pkg)}, true
}

// dependency returns the package with path among the transitive imports
// of pkg, or nil.
func dependency(pkg *types.Package, path string) *types.Package {
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package) *types.Package
	visit = func(p *types.Package) *types.Package {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == path {
			return p
		}
		for _, imp := range p.Imports() {
			if found := visit(imp); found != nil {
				return found
			}
		}
		return nil
	}
	return visit(pkg)
}

// innermost returns the innermost scope of file that contains pos.
func innermost(pass *analysis.Pass, file *ast.File, pos token.Pos) *types.Scope {
	scope := pass.TypesInfo.Scopes[file]
	if scope == nil {
		return nil
	}
	return scope.Innermost(pos)
}

// importEdits returns the edit that adds pkg to the imports of file: into
// the last parenthesised import declaration, after a single import, or
// after the package clause; gofmt sorts it into its group. The driver and gopls format the result.
func importEdits(file *ast.File, pkg *types.Package) []analysis.TextEdit {
	spec := strconv.Quote(pkg.Path())
	if path.Base(pkg.Path()) != pkg.Name() {
		spec = pkg.Name() + " " + spec
	}
	var last *ast.GenDecl
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			last = gd
		}
	}
	switch {
	case last == nil:
		return []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + spec)}}
	case last.Lparen.IsValid() && len(last.Specs) > 0:
		end := last.Specs[len(last.Specs)-1].End()
		return []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n\t" + spec)}}
	case last.Lparen.IsValid():
		return []analysis.TextEdit{{Pos: last.Lparen + 1, End: last.Lparen + 1, NewText: []byte("\n\t" + spec + "\n")}}
	default:
		return []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte("\n\nimport " + spec)}}
	}
}

// moduleSanitizer reads the sanitizer from source when its package is in
// the analysed package's module but not among its dependencies, and
// returns a package holding just its declaration. It gives up unless the
// function takes and returns one value of a predeclared type (string,
// []byte) and its package imports the standard library only, so that the
// import the fix adds can neither fail to compile nor make a cycle.
func moduleSanitizer(pass *analysis.Pass, file *ast.File, pkgPath, name string) *types.Package {
	if pass.Module == nil || pass.Module.Path == "" || pass.Module.Version != "" {
		return nil
	}
	mod := pass.Module.Path
	rel, ok := strings.CutPrefix(pkgPath, mod+"/")
	if !ok {
		return nil
	}
	here, ok := strings.CutPrefix(pass.Pkg.Path(), mod)
	if !ok {
		return nil
	}
	dir := filepath.Dir(pass.Fset.File(file.Pos()).Name())
	root, ok := strings.CutSuffix(filepath.ToSlash(dir), here)
	if !ok {
		return nil
	}
	srcDir := filepath.Join(filepath.FromSlash(root), filepath.FromSlash(rel))
	entries, err := os.ReadDir(srcDir)
	if err != nil {
		return nil
	}
	fset := token.NewFileSet()
	var decl *ast.FuncDecl
	pkgName := ""
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(srcDir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		if pkgName != "" && f.Name.Name != pkgName {
			return nil
		}
		pkgName = f.Name.Name
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil || strings.Contains(strings.Split(p, "/")[0], ".") || p == "C" {
				return nil // not the standard library
			}
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
				decl = fd
			}
		}
	}
	if decl == nil || decl.Type.TypeParams != nil {
		return nil
	}
	param, ok1 := soleBasic(decl.Type.Params)
	result, ok2 := soleBasic(decl.Type.Results)
	if !ok1 || !ok2 {
		return nil
	}
	pkg := types.NewPackage(pkgPath, pkgName)
	sig := types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewParam(token.NoPos, pkg, "", param)),
		types.NewTuple(types.NewParam(token.NoPos, pkg, "", result)), false)
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, name, sig))
	return pkg
}

// soleBasic returns the type of a field list of exactly one value whose
// type is a predeclared type or a slice of one.
func soleBasic(fl *ast.FieldList) (types.Type, bool) {
	if fl == nil || len(fl.List) != 1 || len(fl.List[0].Names) > 1 {
		return nil, false
	}
	expr := fl.List[0].Type
	slice := false
	if at, ok := expr.(*ast.ArrayType); ok && at.Len == nil {
		expr, slice = at.Elt, true
	}
	id, ok := expr.(*ast.Ident)
	if !ok {
		return nil, false
	}
	tn, ok := types.Universe.Lookup(id.Name).(*types.TypeName)
	if !ok {
		return nil, false
	}
	if slice {
		return types.NewSlice(tn.Type()), true
	}
	return tn.Type(), true
}
