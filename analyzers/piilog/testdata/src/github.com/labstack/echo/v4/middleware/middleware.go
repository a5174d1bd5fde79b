// Package middleware is a signature stub of github.com/labstack/echo/v4@v4.16.0.
package middleware

import (
	"bytes"
	"io"
	"time"

	echo "github.com/labstack/echo/v4"
	"github.com/labstack/gommon/log"
)

type BodyDumpConfig struct {
	Skipper Skipper
	Handler BodyDumpHandler
}

type BodyDumpHandler func(echo.Context, []byte, []byte)

func BodyDump(handler BodyDumpHandler) echo.MiddlewareFunc { return nil }

func BodyDumpWithConfig(config BodyDumpConfig) echo.MiddlewareFunc { return nil }

func CORS() echo.MiddlewareFunc { return nil }

type LoggerConfig struct {
	Skipper          Skipper
	Format           string `yaml:"format"`
	CustomTimeFormat string `yaml:"custom_time_format"`
	CustomTagFunc    func(c echo.Context, buf *bytes.Buffer) (int, error)
	Output           io.Writer
}

var DefaultLoggerConfig LoggerConfig

func Logger() echo.MiddlewareFunc { return nil }

func LoggerWithConfig(config LoggerConfig) echo.MiddlewareFunc { return nil }

type Skipper func(c echo.Context) bool

func DefaultSkipper(echo.Context) bool { return false }

type LogErrorFunc func(c echo.Context, err error, stack []byte) error

type RecoverConfig struct {
	Skipper             Skipper
	StackSize           int  `yaml:"stack_size"`
	DisableStackAll     bool `yaml:"disable_stack_all"`
	DisablePrintStack   bool `yaml:"disable_print_stack"`
	LogLevel            log.Lvl
	LogErrorFunc        LogErrorFunc
	DisableErrorHandler bool `yaml:"disable_error_handler"`
}

var DefaultRecoverConfig RecoverConfig

func Recover() echo.MiddlewareFunc { return nil }

func RecoverWithConfig(config RecoverConfig) echo.MiddlewareFunc { return nil }

func RequestID() echo.MiddlewareFunc { return nil }

type RequestLoggerConfig struct {
	Skipper          Skipper
	BeforeNextFunc   func(c echo.Context)
	LogValuesFunc    func(c echo.Context, v RequestLoggerValues) error
	HandleError      bool
	LogLatency       bool
	LogProtocol      bool
	LogRemoteIP      bool
	LogHost          bool
	LogMethod        bool
	LogURI           bool
	LogURIPath       bool
	LogRoutePath     bool
	LogRequestID     bool
	LogReferer       bool
	LogUserAgent     bool
	LogStatus        bool
	LogError         bool
	LogContentLength bool
	LogResponseSize  bool
	LogHeaders       []string
	LogQueryParams   []string
	LogFormValues    []string
}

func (config RequestLoggerConfig) ToMiddleware() (echo.MiddlewareFunc, error) { return nil, nil }

type RequestLoggerValues struct {
	StartTime     time.Time
	Latency       time.Duration
	Protocol      string
	RemoteIP      string
	Host          string
	Method        string
	URI           string
	URIPath       string
	RoutePath     string
	RequestID     string
	Referer       string
	UserAgent     string
	Status        int
	Error         error
	ContentLength string
	ResponseSize  int64
	Headers       map[string][]string
	QueryParams   map[string][]string
	FormValues    map[string][]string
}

func RequestLoggerWithConfig(config RequestLoggerConfig) echo.MiddlewareFunc { return nil }

func RequestLogger() echo.MiddlewareFunc { return nil }
