// Package fiber is a signature stub of github.com/gofiber/fiber/v2@v2.52.15.
package fiber

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/http"
	"time"
)

type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	Add(method string, path string, handlers ...Handler) Router
	Static(prefix string, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Mount(prefix string, fiber *App) Router
	Name(name string) Router
}

type Handler = func(*Ctx) error

type Map map[string]interface{}

type ErrorHandler = func(*Ctx, error) error

type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return "" }

type App struct{}

func (app *App) SetTLSHandler(tlsHandler *TLSHandler) {}

func (app *App) Name(name string) Router { return nil }

func (app *App) Use(args ...interface{}) Router { return nil }

func (app *App) Get(path string, handlers ...Handler) Router { return nil }

func (app *App) Head(path string, handlers ...Handler) Router { return nil }

func (app *App) Post(path string, handlers ...Handler) Router { return nil }

func (app *App) Put(path string, handlers ...Handler) Router { return nil }

func (app *App) Delete(path string, handlers ...Handler) Router { return nil }

func (app *App) Connect(path string, handlers ...Handler) Router { return nil }

func (app *App) Options(path string, handlers ...Handler) Router { return nil }

func (app *App) Trace(path string, handlers ...Handler) Router { return nil }

func (app *App) Patch(path string, handlers ...Handler) Router { return nil }

func (app *App) Add(method string, path string, handlers ...Handler) Router { return nil }

func (app *App) Static(prefix string, root string, config ...Static) Router { return nil }

func (app *App) All(path string, handlers ...Handler) Router { return nil }

func (app *App) Group(prefix string, handlers ...Handler) Router { return nil }

func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return nil }

func (app *App) Config() Config { return Config{} }

func (app *App) HandlersCount() uint32 { return 0 }

func (app *App) Shutdown() error { return nil }

func (app *App) ShutdownWithTimeout(timeout time.Duration) error { return nil }

func (app *App) ShutdownWithContext(ctx context.Context) error { return nil }

func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) { return nil, nil }

func (app *App) ErrorHandler(ctx *Ctx, err error) error { return nil }

func (app *App) Listener(ln net.Listener) error { return nil }

func (app *App) Listen(addr string) error { return nil }

func (app *App) ListenTLS(addr string, certFile string, keyFile string) error { return nil }

func (app *App) ListenTLSWithCertificate(addr string, cert tls.Certificate) error { return nil }

func (app *App) ListenMutualTLS(addr string, certFile string, keyFile string, clientCertFile string) error {
	return nil
}

func (app *App) ListenMutualTLSWithCertificate(addr string, cert tls.Certificate, clientCertPool *x509.CertPool) error {
	return nil
}

func (app *App) Mount(prefix string, subApp *App) Router { return nil }

func (app *App) MountPath() string { return "" }

type Config struct {
	ProxyHeader             string       `json:"proxy_header"`
	ErrorHandler            ErrorHandler `json:"-"`
	AppName                 string       `json:"app_name"`
	EnableTrustedProxyCheck bool         `json:"enable_trusted_proxy_check"`
	TrustedProxies          []string     `json:"trusted_proxies"`
	EnableIPValidation      bool         `json:"enable_ip_validation"`
}

type Static struct {
	Compress       bool          `json:"compress"`
	ByteRange      bool          `json:"byte_range"`
	Browse         bool          `json:"browse"`
	Download       bool          `json:"download"`
	Index          string        `json:"index"`
	CacheDuration  time.Duration `json:"cache_duration"`
	MaxAge         int           `json:"max_age"`
	ModifyResponse Handler
	Next           func(c *Ctx) bool
}

func New(config ...Config) *App { return nil }

func NewError(code int, message ...string) *Error { return nil }

type Ctx struct{}

func (c *Ctx) Body() []byte { return nil }

func (c *Ctx) BodyParser(out interface{}) error { return nil }

func (c *Ctx) UserContext() context.Context { return nil }

func (c *Ctx) SetUserContext(ctx context.Context) {}

func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

func (c *Ctx) GetReqHeaders() map[string][]string { return nil }

func (c *Ctx) Hostname() string { return "" }

func (c *Ctx) IP() string { return "" }

func (c *Ctx) IPs() []string { return nil }

func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }

func (c *Ctx) Method(override ...string) string { return "" }

func (c *Ctx) Next() error { return nil }

func (c *Ctx) OriginalURL() string { return "" }

func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Path(override ...string) string { return "" }

func (c *Ctx) Query(key string, defaultValue ...string) string { return "" }

func (c *Ctx) SendStatus(status int) error { return nil }

func (c *Ctx) SendString(body string) error { return nil }

func (c *Ctx) Set(key string, val string) {}

func (c *Ctx) Status(status int) *Ctx { return c }

func (c *Ctx) IsProxyTrusted() bool { return false }

type TLSHandler struct{}
