// Package chi is a signature stub of github.com/go-chi/chi/v5@v5.5.0.
package chi

import (
	"context"
	"net/http"
)

type methodTyp uint

func RegisterMethod(method string) {}

type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

type WalkFunc func(method string, route string, handler http.Handler, middlewares ...func(http.Handler) http.Handler) error

func Walk(r Routes, walkFn WalkFunc) error { return nil }

func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares { return nil }

type ChainHandler struct {
	Endpoint    http.Handler
	Middlewares Middlewares
}

func (c *ChainHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func NewRouter() *Mux { return nil }

type Router interface {
	http.Handler
	Routes
	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method string, pattern string, h http.Handler)
	MethodFunc(method string, pattern string, h http.HandlerFunc)
	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)
	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

type Routes interface {
	Routes() []Route
	Middlewares() Middlewares
	Match(rctx *Context, method string, path string) bool
	Find(rctx *Context, method string, path string) string
}

type Middlewares []func(http.Handler) http.Handler

func (mws Middlewares) Handler(h http.Handler) http.Handler { return nil }

func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { return nil }

func URLParam(r *http.Request, key string) string { return "" }

func URLParamFromCtx(ctx context.Context, key string) string { return "" }

func RouteContext(ctx context.Context) *Context { return nil }

func NewRouteContext() *Context { return nil }

var RouteCtxKey *contextKey

type Context struct {
	Routes        Routes
	RoutePath     string
	RouteMethod   string
	URLParams     RouteParams
	RoutePatterns []string
}

func (x *Context) Reset() {}

func (x *Context) Clone() *Context { return x }

func (x *Context) URLParam(key string) string { return "" }

func (x *Context) RoutePattern() string { return "" }

type RouteParams struct {
	Keys   []string
	Values []string
}

func (s *RouteParams) Add(key string, value string) {}

type contextKey struct{}

type Mux struct{}

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {}

func (mx *Mux) Handle(pattern string, handler http.Handler) {}

func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Method(method string, pattern string, handler http.Handler) {}

func (mx *Mux) MethodFunc(method string, pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) NotFound(handlerFn http.HandlerFunc) {}

func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc) {}

func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router { return nil }

func (mx *Mux) Group(fn func(r Router)) Router { return nil }

func (mx *Mux) Route(pattern string, fn func(r Router)) Router { return nil }

func (mx *Mux) Mount(pattern string, handler http.Handler) {}

func (mx *Mux) Routes() []Route { return nil }

func (mx *Mux) Middlewares() Middlewares { return nil }

func (mx *Mux) Match(rctx *Context, method string, path string) bool { return false }

func (mx *Mux) Find(rctx *Context, method string, path string) string { return "" }

func (mx *Mux) NotFoundHandler() http.HandlerFunc { return nil }

func (mx *Mux) MethodNotAllowedHandler(methodsAllowed ...methodTyp) http.HandlerFunc { return nil }

func NewMux() *Mux { return nil }
