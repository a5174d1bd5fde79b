package middleware

import (
	"context"

	"github.com/gin-gonic/gin"
)

type contextKey struct{ name string }

// ClientIPKey is the context key under which ClientIP stores the client
// address, as a string.
var ClientIPKey = &contextKey{"client-ip"}

// ClientIP puts the client address in the request context, for code that
// is only handed a context.Context.
func ClientIP() gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx := context.WithValue(c.Request.Context(), ClientIPKey, c.ClientIP())
		c.Request = c.Request.WithContext(ctx)
		c.Next()
	}
}
