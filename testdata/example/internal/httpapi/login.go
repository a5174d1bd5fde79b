package httpapi

import (
	"errors"
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/shop/internal/anon"
	"example.com/shop/internal/audit"
	"example.com/shop/internal/store"
)

// termsVersion is the version of the terms of sale shown on the sign-in page.
const termsVersion = "2025-09-01"

type loginRequest struct {
	Email       string `json:"email" binding:"required,email"`
	Password    string `json:"password" binding:"required"`
	AcceptTerms bool   `json:"accept_terms"`
	RememberMe  bool   `json:"remember_me"` // pre-fill the address on the next sign-in
}

// Login signs a shopper in and opens a session.
func (h *Handler) Login(c *gin.Context) {
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "e-mail and password are required"})
		return
	}
	ctx := c.Request.Context()
	clientIP := c.ClientIP()

	userID, err := h.Store.Authenticate(ctx, req.Email, req.Password)
	if err != nil {
		reason := "failed login"
		switch {
		case errors.Is(err, store.ErrAccountLocked):
			reason = "failed login: account locked"
		case !errors.Is(err, store.ErrInvalidCredentials):
			h.Log.ErrorContext(ctx, "authenticating shopper", "err", err)
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		log.Printf(reason, clientIP) // policylint: expect piilog
		c.JSON(http.StatusUnauthorized, gin.H{"error": "wrong e-mail or password"})
		return
	}

	sess := h.Sessions.Create(userID, clientIP, c.Request.UserAgent())
	audit.Event(ctx, "shopper signed in", "user_id", userID, "ip", clientIP) // policylint: expect piilog
	h.Log.InfoContext(ctx, "session opened", "session_id", sess.ID, "user_id", userID)
	if err := h.Analytics.Identify(ctx, userID, req.Email, clientIP); err != nil { // policylint: expect piiegress
		h.Log.WarnContext(ctx, "identifying shopper", "user_id", userID, "err", err)
	}

	if req.AcceptTerms {
		consent := store.Consent{
			UserID:        userID,
			Purpose:       "terms_of_sale",
			PolicyVersion: termsVersion,
			GrantedAt:     time.Now().UTC(),
			IP:            clientIP,
			UserAgent:     c.Request.UserAgent(),
		}
		if err := h.Store.RecordConsent(ctx, consent); err != nil {
			h.Log.ErrorContext(ctx, "recording consent", "user_id", userID, "err", err)
		} else {
			audit.Event(ctx, "consent recorded", "user_id", userID, "purpose", consent.Purpose, "network", anon.IP(clientIP))
		}
	}

	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie(sessionCookie, sess.ID, 0, "/", "", true, true)
	if req.RememberMe {
		// The sign-in page reads it to pre-fill the form: the address
		// itself, where the policy promises an identification number.
		c.SetCookie(emailCookie, req.Email, int((30 * 24 * time.Hour).Seconds()), "/login", "", true, true)
	}
	c.JSON(http.StatusOK, gin.H{"user_id": userID})
}
