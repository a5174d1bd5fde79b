// Package echo is a signature stub of github.com/labstack/echo/v4@v4.16.0.
package echo

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	stdLog "log"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"

	"github.com/labstack/gommon/log"
)

type SchemeExtractor func(*http.Request) string

type filesystem struct {
	Filesystem fs.FS
}

type Binder interface {
	Bind(i interface{}, c Context) error
}

type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Logger() Logger
	SetLogger(l Logger)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

type Echo struct {
	filesystem
	common
	StdLogger                       *stdLog.Logger
	Server                          *http.Server
	TLSServer                       *http.Server
	Listener                        net.Listener
	TLSListener                     net.Listener
	HTTPErrorHandler                HTTPErrorHandler
	Binder                          Binder
	JSONSerializer                  JSONSerializer
	Validator                       Validator
	Renderer                        Renderer
	Logger                          Logger
	IPExtractor                     IPExtractor
	SchemeExtractor                 SchemeExtractor
	ListenerNetwork                 string
	OnAddRouteHandler               func(host string, route Route, handler HandlerFunc, middleware []MiddlewareFunc)
	DisableHTTP2                    bool
	Debug                           bool
	HideBanner                      bool
	HidePort                        bool
	EnablePathUnescapingStaticFiles bool
}

func (e *Echo) Static(pathPrefix string, fsRoot string) *Route { return nil }

func (e *Echo) StaticFS(pathPrefix string, filesystem fs.FS) *Route { return nil }

func (e *Echo) FileFS(path string, file string, filesystem fs.FS, m ...MiddlewareFunc) *Route {
	return nil
}

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context { return nil }

func (e *Echo) Router() *Router { return nil }

func (e *Echo) Routers() map[string]*Router { return nil }

func (e *Echo) DefaultHTTPErrorHandler(err error, c Context) {}

func (e *Echo) Pre(middleware ...MiddlewareFunc) {}

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}

func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}

func (e *Echo) File(path string, file string, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) Add(method string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}

func (e *Echo) Host(name string, m ...MiddlewareFunc) (g *Group) { return nil }

func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return nil }

func (e *Echo) URI(handler HandlerFunc, params ...interface{}) string { return "" }

func (e *Echo) URL(h HandlerFunc, params ...interface{}) string { return "" }

func (e *Echo) Reverse(name string, params ...interface{}) string { return "" }

func (e *Echo) Routes() []*Route { return nil }

func (e *Echo) AcquireContext() Context { return nil }

func (e *Echo) ReleaseContext(c Context) {}

func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (e *Echo) Start(address string) error { return nil }

func (e *Echo) StartTLS(address string, certFile interface{}, keyFile interface{}) (err error) {
	return nil
}

func (e *Echo) StartAutoTLS(address string) error { return nil }

func (e *Echo) StartServer(s *http.Server) (err error) { return nil }

func (e *Echo) ListenerAddr() net.Addr { return nil }

func (e *Echo) TLSListenerAddr() net.Addr { return nil }

func (e *Echo) Close() error { return nil }

func (e *Echo) Shutdown(ctx context.Context) error { return nil }

type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

func (he *HTTPError) Error() string { return "" }

func (he *HTTPError) SetInternal(err error) *HTTPError { return he }

func (he *HTTPError) WithInternal(err error) *HTTPError { return he }

func (he *HTTPError) Unwrap() error { return nil }

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type HandlerFunc func(c Context) error

type HTTPErrorHandler func(err error, c Context)

type Validator interface {
	Validate(i interface{}) error
}

type JSONSerializer interface {
	Serialize(c Context, i interface{}, indent string) error
	Deserialize(c Context, i interface{}) error
}

type Map map[string]interface{}

type common struct{}

func New() (e *Echo) { return nil }

func NewHTTPError(code int, message ...interface{}) *HTTPError { return nil }

func WrapHandler(h http.Handler) HandlerFunc { return nil }

func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { return nil }

type Group struct {
	common
}

func (g *Group) Use(middleware ...MiddlewareFunc) {}

func (g *Group) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}

func (g *Group) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}

func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return g }

func (g *Group) File(path string, file string) {}

func (g *Group) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (g *Group) Add(method string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}

func (g *Group) Static(pathPrefix string, fsRoot string) {}

func (g *Group) StaticFS(pathPrefix string, filesystem fs.FS) {}

func (g *Group) FileFS(path string, file string, filesystem fs.FS, m ...MiddlewareFunc) *Route {
	return nil
}

type ipChecker struct{}

type TrustOption func(*ipChecker)

func TrustLoopback(v bool) TrustOption { return nil }

func TrustLinkLocal(v bool) TrustOption { return nil }

func TrustPrivateNet(v bool) TrustOption { return nil }

func TrustIPRange(ipRange *net.IPNet) TrustOption { return nil }

type IPExtractor func(*http.Request) string

func ExtractIPDirect() IPExtractor { return nil }

func ExtractIPFromRealIPHeader(options ...TrustOption) IPExtractor { return nil }

func ExtractIPFromXFFHeader(options ...TrustOption) IPExtractor { return nil }

type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

type Logger interface {
	Output() io.Writer
	SetOutput(w io.Writer)
	Prefix() string
	SetPrefix(p string)
	Level() log.Lvl
	SetLevel(v log.Lvl)
	SetHeader(h string)
	Print(i ...interface{})
	Printf(format string, args ...interface{})
	Printj(j log.JSON)
	Debug(i ...interface{})
	Debugf(format string, args ...interface{})
	Debugj(j log.JSON)
	Info(i ...interface{})
	Infof(format string, args ...interface{})
	Infoj(j log.JSON)
	Warn(i ...interface{})
	Warnf(format string, args ...interface{})
	Warnj(j log.JSON)
	Error(i ...interface{})
	Errorf(format string, args ...interface{})
	Errorj(j log.JSON)
	Fatal(i ...interface{})
	Fatalj(j log.JSON)
	Fatalf(format string, args ...interface{})
	Panic(i ...interface{})
	Panicj(j log.JSON)
	Panicf(format string, args ...interface{})
}

type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func (r *Response) Header() http.Header { return nil }

func (r *Response) Before(fn func()) {}

func (r *Response) After(fn func()) {}

func (r *Response) WriteHeader(code int) {}

func (r *Response) Write(b []byte) (n int, err error) { return 0, nil }

func (r *Response) Flush() {}

func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }

func (r *Response) Unwrap() http.ResponseWriter { return nil }

func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { return nil }

type Router struct{}

func (r *Router) Routes() []*Route { return nil }

func (r *Router) Reverse(name string, params ...interface{}) string { return "" }

func (r *Router) Add(method string, path string, h HandlerFunc) {}

func (r *Router) Find(method string, path string, c Context) {}

func NewRouter(e *Echo) *Router { return nil }
