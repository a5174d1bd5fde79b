// Package handlers is a signature stub of github.com/gorilla/handlers@v1.5.2.
package handlers

import (
	"io"
	"net/http"
	"net/url"
	"time"
)

type RecoveryHandlerLogger interface {
	Println(...interface{})
}

type RecoveryOption func(http.Handler)

func RecoveryHandler(opts ...RecoveryOption) func(h http.Handler) http.Handler { return nil }

func RecoveryLogger(logger RecoveryHandlerLogger) RecoveryOption { return nil }

func PrintRecoveryStack(shouldPrint bool) RecoveryOption { return nil }

func CanonicalHost(domain string, code int) func(h http.Handler) http.Handler { return nil }

func CompressHandler(h http.Handler) http.Handler { return nil }

func CompressHandlerLevel(h http.Handler, level int) http.Handler { return nil }

type CORSOption func(*cors) error

type cors struct{}

type OriginValidator func(string) bool

func CORS(opts ...CORSOption) func(http.Handler) http.Handler { return nil }

func AllowedHeaders(headers []string) CORSOption { return nil }

func AllowedMethods(methods []string) CORSOption { return nil }

func AllowedOrigins(origins []string) CORSOption { return nil }

func AllowedOriginValidator(fn OriginValidator) CORSOption { return nil }

func OptionStatusCode(code int) CORSOption { return nil }

func ExposedHeaders(headers []string) CORSOption { return nil }

func MaxAge(age int) CORSOption { return nil }

func IgnoreOptions() CORSOption { return nil }

func AllowCredentials() CORSOption { return nil }

type MethodHandler map[string]http.Handler

func (h MethodHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

func ContentTypeHandler(h http.Handler, contentTypes ...string) http.Handler { return nil }

const (
	HTTPMethodOverrideHeader  = "X-HTTP-Method-Override"
	HTTPMethodOverrideFormKey = "_method"
)

func HTTPMethodOverrideHandler(h http.Handler) http.Handler { return nil }

type LogFormatterParams struct {
	Request    *http.Request
	URL        url.URL
	TimeStamp  time.Time
	StatusCode int
	Size       int
}

type LogFormatter func(writer io.Writer, params LogFormatterParams)

func CombinedLoggingHandler(out io.Writer, h http.Handler) http.Handler { return nil }

func LoggingHandler(out io.Writer, h http.Handler) http.Handler { return nil }

func CustomLoggingHandler(out io.Writer, h http.Handler, f LogFormatter) http.Handler { return nil }

func ProxyHeaders(h http.Handler) http.Handler { return nil }
