// Package echo is a signature stub of github.com/labstack/echo/v4.
package echo

import "net/http"

type Response struct {
	Writer http.ResponseWriter
	Status int
}

func (r *Response) Header() http.Header { return r.Writer.Header() }

type Context interface {
	Request() *http.Request
	Response() *Response
	RealIP() string
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	JSON(code int, i interface{}) error
}
