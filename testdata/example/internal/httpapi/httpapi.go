// Package httpapi is the shop's public JSON API: sign-in, checkout, the
// newsletter sign-up and the page-view tracking pixel.
package httpapi

import (
	"io"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog"

	"example.com/shop/internal/analytics"
	"example.com/shop/internal/fraud"
	"example.com/shop/internal/payment"
	"example.com/shop/internal/session"
	"example.com/shop/internal/store"
)

// Handler serves the public API.
type Handler struct {
	Store    *store.Store
	Sessions *session.Store
	Log      *slog.Logger
	Events   zerolog.Logger // the analytics event stream
	AuditLog io.Writer      // the audit trail file
	Fraud    *fraud.Log     // orders held for a fraud review

	Analytics *analytics.Client // the analytics vendor's tracking API
	Payments  *payment.Client   // the payment processor
}

// Register adds the API's routes to r.
func (h *Handler) Register(r gin.IRouter) {
	r.POST("/login", h.Login)
	r.POST("/checkout", h.requireSession, h.Checkout)
	r.GET("/t.gif", h.Track)
	r.POST("/newsletter", h.SignUp)
}

const (
	sessionCookie = "shop_session"
	emailCookie   = "shop_email"
	sessionKey    = "session"
)

func (h *Handler) requireSession(c *gin.Context) {
	if id, err := c.Cookie(sessionCookie); err == nil {
		if sess, ok := h.Sessions.Get(id); ok {
			c.Set(sessionKey, sess)
			c.Next()
			return
		}
	}
	c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "sign in first"})
}
