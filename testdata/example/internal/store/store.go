// Package store is the shop's PostgreSQL data access layer.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

var (
	// ErrInvalidCredentials is returned when an e-mail and password match no
	// account.
	ErrInvalidCredentials = errors.New("invalid credentials")
	// ErrAccountLocked is returned for an account locked after too many
	// failed sign-ins.
	ErrAccountLocked = errors.New("account locked")
)

// Store runs the shop's queries.
type Store struct {
	db *sql.DB
}

// New returns a store backed by db.
func New(db *sql.DB) *Store {
	return &Store{db: db}
}

// Authenticate returns the ID of the account with this e-mail and password.
// Passwords are checked by pgcrypto so that the hash never leaves the
// database.
func (s *Store) Authenticate(ctx context.Context, email, password string) (string, error) {
	var (
		id     string
		locked bool
	)
	err := s.db.QueryRowContext(ctx,
		`SELECT id, coalesce(locked_until > now(), false) FROM users
		 WHERE email = lower($1) AND password_hash = crypt($2, password_hash)`,
		email, password).Scan(&id, &locked)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", ErrInvalidCredentials
	case err != nil:
		return "", fmt.Errorf("authenticating user: %w", err)
	case locked:
		return "", ErrAccountLocked
	}
	return id, nil
}

// Consent is the evidence that a user accepted a version of a policy, kept
// for as long as the consent is relied on.
type Consent struct {
	UserID        string
	Purpose       string
	PolicyVersion string
	GrantedAt     time.Time
	IP            string
	UserAgent     string
}

// RecordConsent stores c.
func (s *Store) RecordConsent(ctx context.Context, c Consent) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO consents (user_id, purpose, policy_version, granted_at, ip, user_agent)
		 VALUES ($1, $2, $3, $4, $5, $6)`,
		c.UserID, c.Purpose, c.PolicyVersion, c.GrantedAt, c.IP, c.UserAgent)
	if err != nil {
		return fmt.Errorf("recording %s consent of user %s: %w", c.Purpose, c.UserID, err)
	}
	return nil
}

// LineItem is one product in an order.
type LineItem struct {
	SKU      string `json:"sku" binding:"required"`
	Quantity int    `json:"quantity" binding:"min=1"`
}

// Order is a placed order.
type Order struct {
	ID         string
	UserID     string
	Items      []LineItem
	TotalCents int64
	Currency   string
}

// CreateOrder stores o, priced from the catalogue by the place_order
// procedure, and fills in its ID and total.
func (s *Store) CreateOrder(ctx context.Context, o *Order) error {
	items, err := json.Marshal(o.Items)
	if err != nil {
		return fmt.Errorf("creating order: %w", err)
	}
	err = s.db.QueryRowContext(ctx, `SELECT id, total_cents FROM place_order($1, $2, $3)`,
		o.UserID, o.Currency, items).Scan(&o.ID, &o.TotalCents)
	if err != nil {
		return fmt.Errorf("creating order: %w", err)
	}
	return nil
}

// Customer is what checkout needs to know about a shopper.
type Customer struct {
	ID        string
	Email     string
	FullName  string
	PaymentID string // the payment processor's customer ID, "" before the first order
}

// Customer returns the shopper with this ID.
func (s *Store) Customer(ctx context.Context, userID string) (*Customer, error) {
	c := &Customer{ID: userID}
	var paymentID sql.NullString
	err := s.db.QueryRowContext(ctx,
		`SELECT email, full_name, payment_customer_id FROM users WHERE id = $1`, userID).
		Scan(&c.Email, &c.FullName, &paymentID)
	if err != nil {
		return nil, fmt.Errorf("loading customer %s: %w", userID, err)
	}
	c.PaymentID = paymentID.String
	return c, nil
}
