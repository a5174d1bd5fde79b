package taint

import (
	"go/token"
	"go/types"
	"net/url"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Destination resolution: the host an egress sink sends to, from what is
// constant in the package. A URL is followed through constants, package
// variables initialised from constants, string building (+, fmt.Sprintf,
// url.JoinPath, path.Join), url.Parse and url.URL literals, requests built
// with NewRequest, a struct field (a client's base URL) that every store
// in the package sets to the same constant, and functions of the package
// that return such a URL. Anything else is unknown: "".

// maxDestDepth bounds the steps followed back from a sink to its URL.
const maxDestDepth = 12

// destIndex lists the package's stores into struct fields and package
// variables, where a base URL is usually set.
type destIndex struct {
	fields  map[*types.Var][]ssa.Value
	globals map[*ssa.Global][]ssa.Value
}

func (e *engine) destIndex() *destIndex {
	if e.dests != nil {
		return e.dests
	}
	idx := &destIndex{fields: map[*types.Var][]ssa.Value{}, globals: map[*ssa.Global][]ssa.Value{}}
	fns := append([]*ssa.Function{}, e.allFuncs...)
	if init := e.pkg.Func("init"); init != nil {
		fns = append(fns, init)
	}
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				st, ok := instr.(*ssa.Store)
				if !ok {
					continue
				}
				switch a := st.Addr.(type) {
				case *ssa.FieldAddr:
					if s, ok := deref(a.X.Type()).Underlying().(*types.Struct); ok && a.Field < s.NumFields() {
						f := s.Field(a.Field)
						idx.fields[f] = append(idx.fields[f], st.Val)
					}
				case *ssa.Global:
					idx.globals[a] = append(idx.globals[a], st.Val)
				}
			}
		}
	}
	e.dests = idx
	return idx
}

// destHost returns the host a sink's URL argument (a string, a *url.URL or
// a request) names, or "". base, when not nil, is a go-resty request whose
// client's base URL a relative URL is resolved against.
func (e *engine) destHost(v, base ssa.Value) string {
	if isStringType(v.Type()) {
		p, complete := e.urlString(v, 0)
		if h := hostOf(p, complete); h != "" {
			return h
		}
		if base != nil && (strings.HasPrefix(p, "/") || (p == "" && complete)) {
			return e.restyBase(base, 0)
		}
		return ""
	}
	return e.objHost(v, 0)
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// hostOf extracts the host from the constant prefix of a URL; complete
// says whether the prefix is the whole URL.
func hostOf(prefix string, complete bool) string {
	i := strings.Index(prefix, "//")
	if i < 0 || (i > 0 && !strings.HasSuffix(prefix[:i], ":")) {
		return ""
	}
	rest := prefix[i+2:]
	j := strings.IndexAny(rest, "/?#")
	if j < 0 {
		if !complete {
			return "" // the host may go on: "https://" + tenant + ".example.com"
		}
		j = len(rest)
	}
	u, err := url.Parse("//" + rest[:j])
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// urlString returns the constant prefix of a string value and whether the
// prefix is the whole value.
func (e *engine) urlString(v ssa.Value, depth int) (string, bool) {
	if depth > maxDestDepth {
		return "", false
	}
	depth++
	switch x := v.(type) {
	case *ssa.Const:
		s, ok := constString(x)
		return s, ok
	case *ssa.BinOp:
		if x.Op != token.ADD {
			return "", false
		}
		p, c := e.urlString(x.X, depth)
		if !c {
			return p, false
		}
		q, c2 := e.urlString(x.Y, depth)
		return p + q, c2
	case *ssa.ChangeType:
		return e.urlString(x.X, depth)
	case *ssa.Convert:
		if isStringType(x.X.Type()) {
			return e.urlString(x.X, depth)
		}
	case *ssa.MakeInterface:
		return e.urlString(x.X, depth)
	case *ssa.Phi:
		vals := make([]ssa.Value, 0, len(x.Edges))
		for _, ed := range x.Edges {
			if ed != x {
				vals = append(vals, ed)
			}
		}
		return e.agree(vals, depth)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return "", false
		}
		switch a := x.X.(type) {
		case *ssa.Global:
			return e.agree(e.destIndex().globals[a], depth)
		case *ssa.FieldAddr:
			if s, ok := deref(a.X.Type()).Underlying().(*types.Struct); ok && a.Field < s.NumFields() {
				return e.agree(e.destIndex().fields[s.Field(a.Field)], depth)
			}
		}
	case *ssa.Field:
		if s, ok := x.X.Type().Underlying().(*types.Struct); ok && x.Field < s.NumFields() {
			return e.agree(e.destIndex().fields[s.Field(x.Field)], depth)
		}
	case *ssa.Call:
		return e.callString(x, depth)
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return e.callString(c, depth)
		}
	}
	return "", false
}

// agree resolves several values that one place may hold: their common
// constant prefix, complete if they are all the same constant.
func (e *engine) agree(vals []ssa.Value, depth int) (string, bool) {
	if len(vals) == 0 {
		return "", false
	}
	var prefix string
	complete := true
	for i, v := range vals {
		p, c := e.urlString(v, depth)
		if i == 0 {
			prefix, complete = p, c
			continue
		}
		if p != prefix || c != complete {
			complete = false
			n := 0
			for n < len(p) && n < len(prefix) && p[n] == prefix[n] {
				n++
			}
			prefix = prefix[:n]
		}
	}
	return prefix, complete
}

// callString resolves the string result of a call.
func (e *engine) callString(c *ssa.Call, depth int) (string, bool) {
	ce := resolve(&c.Call)
	args := ce.args
	switch ce.name {
	case "fmt.Sprintf":
		if len(args) < 2 {
			return "", false
		}
		format, ok := constString(args[0])
		if !ok {
			return "", false
		}
		return e.sprintfPrefix(format, args[1], depth)
	case "net/url.JoinPath":
		if len(args) > 0 {
			p, c := e.urlString(args[0], depth)
			if c {
				p += "/"
			}
			return p, false
		}
	case "path.Join":
		if len(args) == 1 {
			if first := varArg(args[0], 0); first != nil {
				p, c := e.urlString(first, depth)
				if c {
					p += "/"
				}
				return p, false
			}
		}
	case "strings.TrimRight", "strings.TrimSuffix", "strings.TrimSpace", "strings.ToLower":
		if len(args) > 0 {
			p, c := e.urlString(args[0], depth)
			if !c {
				return p, false
			}
			switch ce.name {
			case "strings.TrimSpace":
				return strings.TrimSpace(p), true
			case "strings.ToLower":
				return strings.ToLower(p), true
			}
			cut, ok := constString(args[1])
			if !ok {
				return p, false
			}
			if ce.name == "strings.TrimRight" {
				return strings.TrimRight(p, cut), true
			}
			return strings.TrimSuffix(p, cut), true
		}
	case "(*net/url.URL).String", "(*net/url.URL).Redacted":
		if len(args) > 0 {
			if h := e.objHost(args[0], depth); h != "" {
				return "https://" + h + "/", false
			}
		}
	}
	if fn := ce.fn; fn != nil && fn.Pkg == e.pkg && fn.Blocks != nil {
		return e.agree(returned(fn, 0), depth)
	}
	return "", false
}

// sprintfPrefix is the constant prefix of fmt.Sprintf(format, args...),
// and whether it is the whole string.
func (e *engine) sprintfPrefix(format string, args ssa.Value, depth int) (string, bool) {
	// Substitute %s and %v verbs whose arguments are constant, left to
	// right ("https://%s/v1/users/%s" with a constant host); the URL is
	// known up to the first verb that is not.
	var b strings.Builder
	for n := 0; ; n++ {
		i := strings.IndexByte(format, '%')
		if i < 0 {
			b.WriteString(format)
			return b.String(), n == len(varArgs(args))
		}
		b.WriteString(format[:i])
		format = format[i:]
		if !strings.HasPrefix(format, "%s") && !strings.HasPrefix(format, "%v") {
			return b.String(), false
		}
		arg := varArg(args, n)
		if arg == nil {
			return b.String(), false
		}
		p, complete := e.urlString(arg, depth)
		b.WriteString(p)
		if !complete {
			return b.String(), false
		}
		format = format[2:]
	}
}

// varArg returns the i'th element stored into the slice of a variadic call.
func varArg(slice ssa.Value, i int) ssa.Value {
	vs := varArgs(slice)
	if i < len(vs) {
		return vs[i]
	}
	return nil
}

func varArgs(slice ssa.Value) []ssa.Value {
	s, ok := slice.(*ssa.Slice)
	if !ok {
		return nil
	}
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *a.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		n := int(c.Int64())
		for _, r2 := range *ia.Referrers() {
			if st, ok := r2.(*ssa.Store); ok && st.Addr == ia {
				for len(out) <= n {
					out = append(out, nil)
				}
				v := st.Val
				if mi, ok := v.(*ssa.MakeInterface); ok {
					v = mi.X
				}
				out[n] = v
			}
		}
	}
	return out
}

// returned lists the values fn returns as result i.
func returned(fn *ssa.Function, i int) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			out = append(out, ret.Results[i])
		}
	}
	return out
}

// requestMakers build a request from a URL argument (index).
var requestMakers = map[string]int{
	"net/http.NewRequest":                                         1,
	"net/http.NewRequestWithContext":                              2,
	"github.com/hashicorp/go-retryablehttp.NewRequest":            1,
	"github.com/hashicorp/go-retryablehttp.NewRequestWithContext": 2,
	"github.com/hashicorp/go-retryablehttp.FromRequest":           0,
	"net/url.Parse":                   0,
	"net/url.ParseRequestURI":         0,
	"(*net/http.Request).WithContext": 0,
	"(*net/http.Request).Clone":       0,
	"(*net/url.URL).JoinPath":         0,
	"(*net/url.URL).ResolveReference": 0,
}

// objHost returns the host of a *url.URL or request value, or "".
func (e *engine) objHost(v ssa.Value, depth int) string {
	if depth > maxDestDepth {
		return ""
	}
	depth++
	switch x := v.(type) {
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return e.callHost(c, depth)
		}
	case *ssa.Call:
		return e.callHost(x, depth)
	case *ssa.MakeInterface:
		return e.objHost(x.X, depth)
	case *ssa.ChangeType:
		return e.objHost(x.X, depth)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return ""
		}
		if a, ok := x.X.(*ssa.Alloc); ok {
			return e.literalHost(a, depth)
		}
		return e.objHost(x.X, depth)
	case *ssa.Alloc:
		return e.literalHost(x, depth)
	case *ssa.FieldAddr:
		// A request embedded in a wrapper (retryablehttp.Request{Request: r}).
		return ""
	case *ssa.Phi:
		host := ""
		for i, ed := range x.Edges {
			h := e.objHost(ed, depth)
			if h == "" || (i > 0 && h != host) {
				return ""
			}
			host = h
		}
		return host
	}
	return ""
}

func (e *engine) callHost(c *ssa.Call, depth int) string {
	ce := resolve(&c.Call)
	if i, ok := requestMakers[ce.name]; ok && i < len(ce.args) {
		a := ce.args[i]
		if isStringType(a.Type()) {
			p, complete := e.urlString(a, depth)
			return hostOf(p, complete)
		}
		return e.objHost(a, depth)
	}
	if fn := ce.fn; fn != nil && fn.Pkg == e.pkg && fn.Blocks != nil {
		host := ""
		for i, r := range returned(fn, 0) {
			h := e.objHost(r, depth)
			if h == "" || (i > 0 && h != host) {
				return ""
			}
			host = h
		}
		return host
	}
	return ""
}

// literalHost is the host of a url.URL{Scheme: ..., Host: ...} literal.
func (e *engine) literalHost(a *ssa.Alloc, depth int) string {
	if typeName(deref(a.Type())) != "net/url.URL" {
		return ""
	}
	var vals []ssa.Value
	for _, ref := range *a.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fieldName(deref(a.Type()), fa.Field) != "Host" {
			continue
		}
		for _, r2 := range *fa.Referrers() {
			if st, ok := r2.(*ssa.Store); ok && st.Addr == fa {
				vals = append(vals, st.Val)
			}
		}
	}
	p, complete := e.agree(vals, depth)
	if !complete {
		return ""
	}
	return hostOf("//"+p, true)
}

// restyBase returns the host of the base URL of the go-resty client a
// request was made from, or "".
func (e *engine) restyBase(v ssa.Value, depth int) string {
	if depth > maxDestDepth {
		return ""
	}
	depth++
	switch x := v.(type) {
	case *ssa.Call:
		ce := resolve(&x.Call)
		if ce.obj == nil || ce.obj.Pkg() == nil || ce.obj.Pkg().Path() != "github.com/go-resty/resty/v2" || len(ce.args) == 0 {
			return ""
		}
		switch ce.obj.Name() {
		case "SetBaseURL", "SetHostURL":
			if len(ce.args) > 1 {
				p, c := e.urlString(ce.args[1], depth)
				return hostOf(p, c)
			}
			return ""
		case "New", "NewWithClient":
			return ""
		}
		if ce.obj.Signature().Recv() != nil {
			return e.restyBase(ce.args[0], depth) // R() and the builder methods
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return ""
		}
		var vals []ssa.Value
		switch a := x.X.(type) {
		case *ssa.Global:
			vals = e.destIndex().globals[a]
		case *ssa.FieldAddr:
			if s, ok := deref(a.X.Type()).Underlying().(*types.Struct); ok && a.Field < s.NumFields() {
				vals = e.destIndex().fields[s.Field(a.Field)]
			}
		}
		host := ""
		for i, val := range vals {
			h := e.restyBase(val, depth)
			if h == "" || (i > 0 && h != host) {
				return ""
			}
			host = h
		}
		return host
	case *ssa.Phi:
		host := ""
		for i, ed := range x.Edges {
			h := e.restyBase(ed, depth)
			if h == "" || (i > 0 && h != host) {
				return ""
			}
			host = h
		}
		return host
	}
	return ""
}
