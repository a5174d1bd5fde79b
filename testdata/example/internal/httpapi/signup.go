package httpapi

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/shop/internal/store"
)

type signUpRequest struct {
	Email string `json:"email" binding:"required,email"`
}

// SignUp subscribes an address to the newsletter. The sign-up is kept
// with the time and the address it came from, as evidence of the opt-in.
func (h *Handler) SignUp(c *gin.Context) {
	var req signUpRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "a valid e-mail address is required"})
		return
	}
	ctx := c.Request.Context()
	s := store.SignUp{Email: req.Email, IP: c.ClientIP(), At: time.Now().UTC()}
	if err := h.Store.AddSignUp(ctx, s); err != nil {
		h.Log.ErrorContext(ctx, "newsletter sign-up", "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "try again later"})
		return
	}
	c.Status(http.StatusAccepted)
}
