// Package gin is a signature stub of github.com/gin-gonic/gin.
package gin

import "net/http"

type H map[string]any

type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}

type Context struct {
	Request *http.Request
	Writer  ResponseWriter
}

func (c *Context) ClientIP() string                   { return "" }
func (c *Context) Cookie(name string) (string, error) { return "", nil }
func (c *Context) Query(key string) string            { return "" }
func (c *Context) PostForm(key string) string         { return "" }
func (c *Context) Header(key, value string)           {}
func (c *Context) GetHeader(key string) string        { return "" }
func (c *Context) JSON(code int, obj any)             {}
func (c *Context) SetSameSite(samesite http.SameSite) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
