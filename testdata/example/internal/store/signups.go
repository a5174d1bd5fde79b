package store

import (
	"context"
	"fmt"
	"time"
)

// SignUp is a newsletter sign-up waiting for its confirmation click.
type SignUp struct {
	Email string
	IP    string
	At    time.Time
}

// AddSignUp records a sign-up; a second one for the same address
// refreshes it.
func (s *Store) AddSignUp(ctx context.Context, su SignUp) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO newsletter_signups (email, ip, signed_up_at) VALUES ($1, $2, $3)
		 ON CONFLICT (email) DO UPDATE SET ip = excluded.ip, signed_up_at = excluded.signed_up_at`,
		su.Email, su.IP, su.At)
	if err != nil {
		return fmt.Errorf("recording newsletter sign-up: %w", err)
	}
	return nil
}

// ConfirmSignUp marks the sign-up of an address as confirmed and
// subscribes it.
func (s *Store) ConfirmSignUp(ctx context.Context, email string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE users SET marketing_opt_in = true, unsubscribed_at = NULL WHERE email = lower($1)`, email)
	if err != nil {
		return fmt.Errorf("confirming newsletter sign-up: %w", err)
	}
	return nil
}
