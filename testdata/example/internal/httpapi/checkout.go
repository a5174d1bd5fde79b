package httpapi

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/shop/internal/anon"
	"example.com/shop/internal/audit"
	"example.com/shop/internal/fraud"
	"example.com/shop/internal/middleware"
	"example.com/shop/internal/session"
	"example.com/shop/internal/store"
)

// fraudReviewCents is the order total from which an order waits for a
// manual fraud review before it ships.
const fraudReviewCents = 100_000

type checkoutRequest struct {
	Items    []store.LineItem `json:"items" binding:"required,min=1,dive"`
	Currency string           `json:"currency" binding:"required,iso4217"`
}

// Checkout places an order for the signed-in shopper.
func (h *Handler) Checkout(c *gin.Context) {
	sess := c.MustGet(sessionKey).(*session.Session)
	var req checkoutRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	ctx := c.Request.Context()
	h.Log.InfoContext(ctx, "checkout started", "user_id", sess.UserID, "items", len(req.Items), "client_ip", c.ClientIP()) // policylint: expect piilog

	cust, err := h.Store.Customer(ctx, sess.UserID)
	if err != nil {
		h.Log.ErrorContext(ctx, "loading customer", "user_id", sess.UserID, "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "the order could not be placed"})
		return
	}
	if cust.PaymentID == "" {
		// The processor may receive the e-mail address and name (acme.toml
		// lists it for both); the default policy lists no processor.
		if cust.PaymentID, err = h.Payments.CreateCustomer(ctx, cust.Email, cust.FullName); err != nil { // policylint(default): expect piiegress
			h.Log.ErrorContext(ctx, "registering customer", "user_id", sess.UserID, "err", err)
			c.JSON(http.StatusBadGateway, gin.H{"error": "the payment processor is unavailable"})
			return
		}
	}

	order, err := h.placeOrder(ctx, sess.UserID, req)
	if err != nil {
		h.Log.ErrorContext(ctx, "placing order", "user_id", sess.UserID, "err", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "the order could not be placed"})
		return
	}
	h.Log.InfoContext(ctx, "order placed", "order_id", order.ID, "total_cents", order.TotalCents, "network", anon.IP(c.ClientIP()))

	entry := audit.Entry{Action: "order.placed", Actor: sess.UserID, Object: order.ID, IP: c.ClientIP()}
	if err := audit.Record(h.AuditLog, entry); err != nil { // policylint(acme): expect piilog
		h.Log.ErrorContext(ctx, "writing audit trail", "order_id", order.ID, "err", err)
	}
	c.JSON(http.StatusCreated, gin.H{"order_id": order.ID, "total_cents": order.TotalCents})
}

func (h *Handler) placeOrder(ctx context.Context, userID string, req checkoutRequest) (*store.Order, error) {
	order := &store.Order{UserID: userID, Items: req.Items, Currency: req.Currency}
	if err := h.Store.CreateOrder(ctx, order); err != nil {
		return nil, err
	}
	if order.TotalCents >= fraudReviewCents {
		ip, _ := ctx.Value(middleware.ClientIPKey).(string)
		h.Log.WarnContext(ctx, "order held for fraud review", "order_id", order.ID, "total_cents", order.TotalCents, "ip", ip)          // policylint: expect piilog
		h.Fraud.Hold(fraud.Signal{Time: time.Now().UTC(), OrderID: order.ID, Reason: "total above the review threshold", ClientIP: ip}) // policylint: expect piilog
	}
	return order, nil
}
