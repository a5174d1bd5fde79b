// Package gin is a signature stub of github.com/gin-gonic/gin@v1.12.0.
package gin

import (
	"html/template"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"time"
)

const AuthUserKey = "user"

type Accounts map[string]string

func BasicAuth(accounts Accounts) HandlerFunc { return nil }

type Context struct {
	Request  *http.Request
	Writer   ResponseWriter
	Params   Params
	Keys     map[any]any
	Accepted []string
}

func (c *Context) Copy() *Context { return c }

func (c *Context) HandlerName() string { return "" }

func (c *Context) HandlerNames() []string { return nil }

func (c *Context) Handler() HandlerFunc { return nil }

func (c *Context) FullPath() string { return "" }

func (c *Context) Next() {}

func (c *Context) IsAborted() bool { return false }

func (c *Context) Abort() {}

func (c *Context) AbortWithStatus(code int) {}

func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}

func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

func (c *Context) AbortWithError(code int, err error) *Error { return nil }

func (c *Context) Error(err error) *Error { return nil }

func (c *Context) Set(key any, value any) {}

func (c *Context) Get(key any) (value any, exists bool) { return nil, false }

func (c *Context) MustGet(key any) any { return nil }

func (c *Context) GetString(key any) string { return "" }

func (c *Context) GetBool(key any) bool { return false }

func (c *Context) GetInt(key any) int { return 0 }

func (c *Context) GetInt8(key any) int8 { return 0 }

func (c *Context) GetInt16(key any) int16 { return 0 }

func (c *Context) GetInt32(key any) int32 { return 0 }

func (c *Context) GetInt64(key any) int64 { return 0 }

func (c *Context) GetUint(key any) uint { return 0 }

func (c *Context) GetUint8(key any) uint8 { return 0 }

func (c *Context) GetUint16(key any) uint16 { return 0 }

func (c *Context) GetUint32(key any) uint32 { return 0 }

func (c *Context) GetUint64(key any) uint64 { return 0 }

func (c *Context) GetFloat32(key any) float32 { return 0 }

func (c *Context) GetFloat64(key any) float64 { return 0 }

func (c *Context) GetTime(key any) time.Time { return time.Time{} }

func (c *Context) GetDuration(key any) time.Duration { return 0 }

func (c *Context) GetError(key any) error { return nil }

func (c *Context) GetIntSlice(key any) []int { return nil }

func (c *Context) GetInt8Slice(key any) []int8 { return nil }

func (c *Context) GetInt16Slice(key any) []int16 { return nil }

func (c *Context) GetInt32Slice(key any) []int32 { return nil }

func (c *Context) GetInt64Slice(key any) []int64 { return nil }

func (c *Context) GetUintSlice(key any) []uint { return nil }

func (c *Context) GetUint8Slice(key any) []uint8 { return nil }

func (c *Context) GetUint16Slice(key any) []uint16 { return nil }

func (c *Context) GetUint32Slice(key any) []uint32 { return nil }

func (c *Context) GetUint64Slice(key any) []uint64 { return nil }

func (c *Context) GetFloat32Slice(key any) []float32 { return nil }

func (c *Context) GetFloat64Slice(key any) []float64 { return nil }

func (c *Context) GetStringSlice(key any) []string { return nil }

func (c *Context) GetErrorSlice(key any) []error { return nil }

func (c *Context) GetStringMap(key any) map[string]any { return nil }

func (c *Context) GetStringMapString(key any) map[string]string { return nil }

func (c *Context) GetStringMapStringSlice(key any) map[string][]string { return nil }

func (c *Context) Delete(key any) {}

func (c *Context) Param(key string) string { return "" }

func (c *Context) AddParam(key string, value string) {}

func (c *Context) Query(key string) (value string) { return "" }

func (c *Context) DefaultQuery(key string, defaultValue string) string { return "" }

func (c *Context) GetQuery(key string) (string, bool) { return "", false }

func (c *Context) QueryArray(key string) (values []string) { return nil }

func (c *Context) GetQueryArray(key string) (values []string, ok bool) { return nil, false }

func (c *Context) QueryMap(key string) (dicts map[string]string) { return nil }

func (c *Context) GetQueryMap(key string) (map[string]string, bool) { return nil, false }

func (c *Context) PostForm(key string) (value string) { return "" }

func (c *Context) DefaultPostForm(key string, defaultValue string) string { return "" }

func (c *Context) GetPostForm(key string) (string, bool) { return "", false }

func (c *Context) PostFormArray(key string) (values []string) { return nil }

func (c *Context) GetPostFormArray(key string) (values []string, ok bool) { return nil, false }

func (c *Context) PostFormMap(key string) (dicts map[string]string) { return nil }

func (c *Context) GetPostFormMap(key string) (map[string]string, bool) { return nil, false }

func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

func (c *Context) MultipartForm() (*multipart.Form, error) { return nil, nil }

func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string, perm ...fs.FileMode) error {
	return nil
}

func (c *Context) Bind(obj any) error { return nil }

func (c *Context) BindJSON(obj any) error { return nil }

func (c *Context) BindXML(obj any) error { return nil }

func (c *Context) BindQuery(obj any) error { return nil }

func (c *Context) BindYAML(obj any) error { return nil }

func (c *Context) BindTOML(obj any) error { return nil }

func (c *Context) BindPlain(obj any) error { return nil }

func (c *Context) BindHeader(obj any) error { return nil }

func (c *Context) BindUri(obj any) error { return nil }

func (c *Context) ShouldBind(obj any) error { return nil }

func (c *Context) ShouldBindJSON(obj any) error { return nil }

func (c *Context) ShouldBindXML(obj any) error { return nil }

func (c *Context) ShouldBindQuery(obj any) error { return nil }

func (c *Context) ShouldBindYAML(obj any) error { return nil }

func (c *Context) ShouldBindTOML(obj any) error { return nil }

func (c *Context) ShouldBindPlain(obj any) error { return nil }

func (c *Context) ShouldBindHeader(obj any) error { return nil }

func (c *Context) ShouldBindUri(obj any) error { return nil }

func (c *Context) ShouldBindBodyWithJSON(obj any) error { return nil }

func (c *Context) ShouldBindBodyWithXML(obj any) error { return nil }

func (c *Context) ShouldBindBodyWithYAML(obj any) error { return nil }

func (c *Context) ShouldBindBodyWithTOML(obj any) error { return nil }

func (c *Context) ShouldBindBodyWithPlain(obj any) error { return nil }

func (c *Context) ClientIP() string { return "" }

func (c *Context) RemoteIP() string { return "" }

func (c *Context) ContentType() string { return "" }

func (c *Context) IsWebsocket() bool { return false }

func (c *Context) Status(code int) {}

func (c *Context) Header(key string, value string) {}

func (c *Context) GetHeader(key string) string { return "" }

func (c *Context) GetRawData() ([]byte, error) { return nil, nil }

func (c *Context) SetSameSite(samesite http.SameSite) {}

func (c *Context) SetCookie(name string, value string, maxAge int, path string, domain string, secure bool, httpOnly bool) {
}

func (c *Context) SetCookieData(cookie *http.Cookie) {}

func (c *Context) Cookie(name string) (string, error) { return "", nil }

func (c *Context) HTML(code int, name string, obj any) {}

func (c *Context) IndentedJSON(code int, obj any) {}

func (c *Context) SecureJSON(code int, obj any) {}

func (c *Context) JSONP(code int, obj any) {}

func (c *Context) JSON(code int, obj any) {}

func (c *Context) AsciiJSON(code int, obj any) {}

func (c *Context) PureJSON(code int, obj any) {}

func (c *Context) XML(code int, obj any) {}

func (c *Context) YAML(code int, obj any) {}

func (c *Context) TOML(code int, obj any) {}

func (c *Context) ProtoBuf(code int, obj any) {}

func (c *Context) BSON(code int, obj any) {}

func (c *Context) String(code int, format string, values ...any) {}

func (c *Context) Redirect(code int, location string) {}

func (c *Context) Data(code int, contentType string, data []byte) {}

func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}

func (c *Context) File(filepath string) {}

func (c *Context) FileFromFS(filepath string, fs http.FileSystem) {}

func (c *Context) FileAttachment(filepath string, filename string) {}

func (c *Context) SSEvent(name string, message any) {}

func (c *Context) Stream(step func(w io.Writer) bool) bool { return false }

func (c *Context) Negotiate(code int, config Negotiate) {}

func (c *Context) NegotiateFormat(offered ...string) string { return "" }

func (c *Context) SetAccepted(formats ...string) {}

func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

func (c *Context) Done() <-chan struct{} { return nil }

func (c *Context) Err() error { return nil }

func (c *Context) Value(key any) any { return nil }

type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

type ErrorType uint64

type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg *Error) SetType(flags ErrorType) *Error { return msg }

func (msg *Error) SetMeta(data any) *Error { return msg }

func (msg *Error) JSON() any { return nil }

func (msg *Error) MarshalJSON() ([]byte, error) { return nil, nil }

func (msg Error) Error() string { return "" }

func (msg *Error) IsType(flags ErrorType) bool { return false }

func (msg Error) Unwrap() error { return nil }

type HandlerFunc func(*Context)

type OptionFunc func(*Engine)

type HandlersChain []HandlerFunc

func (c HandlersChain) Last() HandlerFunc { return nil }

type RouteInfo struct {
	Method      string
	Path        string
	Handler     string
	HandlerFunc HandlerFunc
}

type RoutesInfo []RouteInfo

type Engine struct {
	RouterGroup
	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	AppEngine              bool
	UseRawPath             bool
	UseEscapedPath         bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseH2C                 bool
	ContextWithFallback    bool
	FuncMap                template.FuncMap
}

func (engine *Engine) Handler() http.Handler { return nil }

func (engine *Engine) Delims(left string, right string) *Engine { return engine }

func (engine *Engine) SecureJsonPrefix(prefix string) *Engine { return engine }

func (engine *Engine) LoadHTMLGlob(pattern string) {}

func (engine *Engine) LoadHTMLFiles(files ...string) {}

func (engine *Engine) LoadHTMLFS(fs http.FileSystem, patterns ...string) {}

func (engine *Engine) SetHTMLTemplate(templ *template.Template) {}

func (engine *Engine) SetFuncMap(funcMap template.FuncMap) {}

func (engine *Engine) NoRoute(handlers ...HandlerFunc) {}

func (engine *Engine) NoMethod(handlers ...HandlerFunc) {}

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return nil }

func (engine *Engine) With(opts ...OptionFunc) *Engine { return engine }

func (engine *Engine) Routes() (routes RoutesInfo) { return nil }

func (engine *Engine) SetTrustedProxies(trustedProxies []string) error { return nil }

func (engine *Engine) Run(addr ...string) (err error) { return nil }

func (engine *Engine) RunTLS(addr string, certFile string, keyFile string) (err error) { return nil }

func (engine *Engine) RunUnix(file string) (err error) { return nil }

func (engine *Engine) RunFd(fd int) (err error) { return nil }

func (engine *Engine) RunQUIC(addr string, certFile string, keyFile string) (err error) { return nil }

func (engine *Engine) RunListener(listener net.Listener) (err error) { return nil }

func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

func (engine *Engine) HandleContext(c *Context) {}

func New(opts ...OptionFunc) *Engine { return nil }

func Default(opts ...OptionFunc) *Engine { return nil }

type LoggerConfig struct {
	Formatter       LogFormatter
	Output          io.Writer
	SkipPaths       []string
	SkipQueryString bool
	Skip            Skipper
}

type Skipper func(c *Context) bool

type LogFormatter func(params LogFormatterParams) string

type LogFormatterParams struct {
	Request      *http.Request
	TimeStamp    time.Time
	StatusCode   int
	Latency      time.Duration
	ClientIP     string
	Method       string
	Path         string
	ErrorMessage string
	BodySize     int
	Keys         map[any]any
}

func (p *LogFormatterParams) StatusCodeColor() string { return "" }

func (p *LogFormatterParams) LatencyColor() string { return "" }

func (p *LogFormatterParams) MethodColor() string { return "" }

func (p *LogFormatterParams) ResetColor() string { return "" }

func (p *LogFormatterParams) IsOutputColor() bool { return false }

func ErrorLogger() HandlerFunc { return nil }

func Logger() HandlerFunc { return nil }

func LoggerWithFormatter(f LogFormatter) HandlerFunc { return nil }

func LoggerWithWriter(out io.Writer, notlogged ...string) HandlerFunc { return nil }

func LoggerWithConfig(conf LoggerConfig) HandlerFunc { return nil }

const (
	DebugMode   = "debug"
	ReleaseMode = "release"
	TestMode    = "test"
)

var (
	DefaultWriter      io.Writer
	DefaultErrorWriter io.Writer
)

func SetMode(value string) {}

func Mode() string { return "" }

type RecoveryFunc func(c *Context, err any)

func Recovery() HandlerFunc { return nil }

func CustomRecovery(handle RecoveryFunc) HandlerFunc { return nil }

func RecoveryWithWriter(out io.Writer, recovery ...RecoveryFunc) HandlerFunc { return nil }

func CustomRecoveryWithWriter(out io.Writer, handle RecoveryFunc) HandlerFunc { return nil }

type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier
	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes
	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

type RouterGroup struct {
	Handlers HandlersChain
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}

func (group *RouterGroup) BasePath() string { return "" }

func (group *RouterGroup) Handle(httpMethod string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return nil
}

func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return nil
}

func (group *RouterGroup) StaticFile(relativePath string, filepath string) IRoutes { return nil }

func (group *RouterGroup) StaticFileFS(relativePath string, filepath string, fs http.FileSystem) IRoutes {
	return nil
}

func (group *RouterGroup) Static(relativePath string, root string) IRoutes { return nil }

func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return nil }

func CreateTestContext(w http.ResponseWriter) (c *Context, r *Engine) { return nil, nil }

type Param struct {
	Key   string
	Value string
}

type Params []Param

func (ps Params) Get(name string) (string, bool) { return "", false }

func (ps Params) ByName(name string) (va string) { return "" }

func WrapF(f http.HandlerFunc) HandlerFunc { return nil }

func WrapH(h http.Handler) HandlerFunc { return nil }

type H map[string]any
