package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Objects that log themselves. A value handed to a logger contributes
// what the logger prints of it. That is the whole value, unless the value
// has a method through which the logger renders it: then only what the
// method gives (its result, or what it writes into the encoder or event
// it is passed). A request object whose MarshalZerologObject adds
// "remote" logs its client IP; a session whose LogValue adds its ID and a
// masked address logs no IP, even if it keeps the address in a field.
//
// The method is known from the parameter's type when the logger takes an
// interface (zap.Object's zapcore.ObjectMarshaler, zerolog's
// LogObjectMarshaler, apex's Fielder, a service's own Contexter): the
// logger can only call the interface's methods. When it takes any, the
// logging library's own marshaler interface applies (slog's LogValue for
// slog.Any and slog's key/value arguments). Otherwise the whole value is
// printed, with what its rendering methods add.

// renderMethods are the methods through which a value renders itself when
// a logger or formatter prints it: the object contributes its own fields.
var renderMethods = []string{"LogValue", "MarshalLogObject", "MarshalZerologObject", "String", "Error", "GoString"}

// logMarshalers name, for the logging libraries that take values as any,
// the method they render a value through when its type has one.
var logMarshalers = map[string]string{
	"log/slog":              "LogValue",
	"go.uber.org/zap":       "MarshalLogObject",
	"github.com/rs/zerolog": "MarshalZerologObject",
}

// rendered returns the labels of a value as a logger or formatter of
// package consumer prints it.
func (u *unit) rendered(v ssa.Value, consumer string) *set {
	if elems := packElems(v); elems != nil {
		// Variadic arguments: each as it is printed.
		var t set
		t.addAll(u.taint[v])
		for _, el := range elems {
			t.addAll(u.rendered(el, consumer))
		}
		return &t
	}
	x := v
	var through []string
	if mi, ok := v.(*ssa.MakeInterface); ok {
		x = mi.X
		through = interfaceMethods(mi.Type())
	}
	if _, ok := x.Type().Underlying().(*types.Interface); ok {
		return u.value(v)
	}
	if through == nil {
		if m := logMarshalers[modulePath(consumer)]; m != "" && hasMethod(x.Type(), m) {
			through = []string{m}
		}
	}
	if through != nil {
		if t, ok := u.renderedThrough(x, through); ok {
			return t
		}
	}
	t := u.value(v)
	for _, name := range renderMethods {
		if rt, ok := u.renderedThrough(x, []string{name}); ok {
			t.addAll(rt)
		}
	}
	return t
}

// renderedThrough returns what the methods of x's type named in methods
// put in a log record: their results, and what they write into the
// encoder or event they are given. It fails when a method is missing or
// its behaviour unknown.
func (u *unit) renderedThrough(x ssa.Value, methods []string) (*set, bool) {
	var t set
	for _, name := range methods {
		m := methodOf(x.Type(), name)
		if m == nil {
			return nil, false
		}
		s, known := u.e.summaryOf(nil, m)
		if !known {
			return nil, false
		}
		if s == nil {
			continue
		}
		for _, r := range s.Results {
			if (r.Param < 0 && r.Result == 0) || r.Param >= 1 {
				hop := u.e.step(m.Pos(), "rendered by "+shortName(m))
				t.add((&label{cat: r.Cat, desc: r.Desc, steps: r.Steps}).withStep(hop))
			}
		}
		for _, f := range s.Flows {
			if f.Param != 0 || (f.ToParam < 0 && f.ToResult != 0) || f.ToParam == 0 {
				continue
			}
			note := "rendered by " + shortName(m)
			if f.Path != "" {
				note = strings.TrimPrefix(f.Path, ".") + " " + note
			}
			hop := u.e.step(m.Pos(), note)
			for _, l := range minus(u.valueAt(x, f.Path, f.Shallow), splitCats(f.Removed)).labels() {
				t.add(l.withStep(hop))
			}
		}
	}
	return &t, true
}

// interfaceMethods returns the names of the methods of an interface type
// through which a logger that takes it renders a value: none for any,
// error and fmt.Stringer (a formatter may print such a value whole).
func interfaceMethods(t types.Type) []string {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil
	}
	switch typeName(t) {
	case "error", "fmt.Stringer", "fmt.Formatter", "fmt.GoStringer":
		return nil
	}
	out := make([]string, 0, it.NumMethods())
	for i := range it.NumMethods() {
		out = append(out, it.Method(i).Name())
	}
	return out
}

// methodOf returns the method of a (non-interface) type by name.
func methodOf(t types.Type, name string) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	m, ok := obj.(*types.Func)
	if !ok || m.Pkg() == nil {
		if n, isNamed := types.Unalias(deref(t)).(*types.Named); isNamed && n.Obj().Pkg() != nil {
			// An unexported method of the type's own package.
			obj, _, _ = types.LookupFieldOrMethod(t, true, n.Obj().Pkg(), name)
			m, ok = obj.(*types.Func)
		}
	}
	if !ok || m.Pkg() == nil {
		return nil
	}
	return m
}

func hasMethod(t types.Type, name string) bool {
	return methodOf(t, name) != nil
}

// modulePath returns the catalogued module a package path belongs to, for
// logMarshalers: "go.uber.org/zap/zapcore" is go.uber.org/zap's.
func modulePath(pkgPath string) string {
	for m := range logMarshalers {
		if pkgPath == m || strings.HasPrefix(pkgPath, m+"/") {
			return m
		}
	}
	return pkgPath
}

// sinkArg returns the labels of the argument that a summary's sink of a
// callee reaches at a call. A log sink whose parameter is an interface
// (a home-grown logger's Contexter) sees the argument through the
// interface's methods, when they are known.
func (u *unit) sinkArg(ce callee, k ParamSink, pos token.Pos) *set {
	if k.Kind == Log {
		return u.logArg(ce, k.Param, k.Path, k.Shallow, pos)
	}
	return u.argAt(ce.args[k.Param], k.Path, k.Shallow, isRecv(ce, k.Param), pos)
}

// logArg returns the labels of argument i of a call (at a field path below
// it) that the callee logs.
func (u *unit) logArg(ce callee, i int, path string, shallow bool, pos token.Pos) *set {
	a := ce.args[i]
	if mi, ok := a.(*ssa.MakeInterface); ok && path == "" {
		if _, isIface := mi.X.Type().Underlying().(*types.Interface); !isIface {
			if through := interfaceMethods(mi.Type()); through != nil {
				if t, ok := u.renderedThrough(mi.X, through); ok {
					return t
				}
			}
		}
	}
	return u.argAt(a, path, shallow, isRecv(ce, i), pos)
}

// absorbed returns what a method of an absorbing receiver (a builder, an
// encoder, a log event) takes in from its arguments: as a logger renders
// them, for a logging library's event.
func (u *unit) absorbed(ce callee) *set {
	pkg := pkgPathOf(ce.obj)
	if !renderers(pkg) {
		return u.unionArgs(ce.args[1:])
	}
	var t set
	for _, a := range ce.args[1:] {
		t.addAll(u.rendered(a, pkg))
	}
	return &t
}

func pkgPathOf(obj *types.Func) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	return obj.Pkg().Path()
}

// fluentRecv returns the receiver a chain of calls of an absorbing type's
// fluent methods starts from: e.Str("id", id).Str("ip", ip) writes both
// fields into e, which each call returns.
func fluentRecv(v ssa.Value) ssa.Value {
	for range 16 {
		c, ok := v.(*ssa.Call)
		if !ok {
			return v
		}
		ce := resolve(&c.Call)
		if ce.obj == nil || len(ce.args) == 0 {
			return v
		}
		recv := ce.obj.Signature().Recv()
		if recv == nil || !absorbingTypes[strings.TrimPrefix(typeName(recv.Type()), "*")] || !types.Identical(c.Type(), recv.Type()) {
			return v
		}
		v = ce.args[0]
	}
	return v
}

// throughInterface returns what a value converted to a non-empty interface
// gives a callee that only calls the interface's methods on it (a
// Contexter's Context(), a Stringer's String()): what those methods of
// its concrete type return. It is nil when v is no such conversion.
func (u *unit) throughInterface(v ssa.Value) *set {
	mi, ok := v.(*ssa.MakeInterface)
	if !ok {
		return nil
	}
	methods := interfaceMethods(mi.Type())
	if len(methods) == 0 {
		return nil
	}
	t, ok := u.renderedThrough(mi.X, methods)
	if !ok {
		return nil
	}
	return t
}
