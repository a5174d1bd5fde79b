// Package newsletter runs the shop's marketing mail: the weekly
// newsletter, sale announcements, and the order receipts that go out with
// the same job.
package newsletter

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"example.com/shop/internal/mailer"
)

// Subscriber is a shopper as the newsletter sees them.
type Subscriber struct {
	UserID         string
	Email          string
	FirstName      string
	MarketingOptIn bool
	UnsubscribedAt sql.NullTime
}

// Job sends the shop's mail.
type Job struct {
	db   *sql.DB
	mail *mailer.Mailer
	log  *slog.Logger
}

// New returns a job that reads shoppers from db and mails through m.
func New(db *sql.DB, m *mailer.Mailer, log *slog.Logger) *Job {
	return &Job{db: db, mail: m, log: log}
}

// Run sends the weekly newsletter every interval until ctx ends.
func (j *Job) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := j.Weekly(ctx); err != nil {
				j.log.ErrorContext(ctx, "weekly newsletter", "err", err)
			}
		}
	}
}

// shoppers returns every shopper with an address, subscribed or not.
func (j *Job) shoppers(ctx context.Context) ([]Subscriber, error) {
	rows, err := j.db.QueryContext(ctx,
		`SELECT id, email, first_name, marketing_opt_in, unsubscribed_at FROM users WHERE email <> ''`)
	if err != nil {
		return nil, fmt.Errorf("listing shoppers: %w", err)
	}
	defer rows.Close()
	var out []Subscriber
	for rows.Next() {
		var s Subscriber
		if err := rows.Scan(&s.UserID, &s.Email, &s.FirstName, &s.MarketingOptIn, &s.UnsubscribedAt); err != nil {
			return nil, fmt.Errorf("listing shoppers: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// canMail is the shop's marketing consent rule: opted in and not
// unsubscribed since.
func canMail(s Subscriber) bool {
	return s.MarketingOptIn && !s.UnsubscribedAt.Valid
}

// Weekly sends the newsletter to the shoppers who asked for it.
func (j *Job) Weekly(ctx context.Context) error {
	subs, err := j.shoppers(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		if !canMail(s) {
			continue
		}
		msg := mailer.Message{To: s.Email, Subject: "This week at the shop", Body: "Hi " + s.FirstName + ", ..."}
		if err := j.mail.Send(msg); err != nil {
			j.log.WarnContext(ctx, "newsletter not sent", "user_id", s.UserID, "err", err)
		}
	}
	return nil
}

// AnnounceSale mails a sale to every shopper. It forgets to ask whether
// they want marketing mail at all.
func (j *Job) AnnounceSale(ctx context.Context, title string) error {
	subs, err := j.shoppers(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		if s.Email == "" {
			continue // an address check is not a consent check
		}
		msg := mailer.Message{To: s.Email, Subject: title, Body: "Everything must go!"}
		if err := j.mail.Send(msg); err != nil { // policylint: expect emailconsent
			return err
		}
	}
	return nil
}

// TestSend mails the current newsletter to one address so that an editor
// can preview it. It looks the shopper up with no status filter.
func (j *Job) TestSend(ctx context.Context, email string) error {
	var s Subscriber
	err := j.db.QueryRowContext(ctx, `SELECT id, email, first_name FROM users WHERE email = $1`, email).
		Scan(&s.UserID, &s.Email, &s.FirstName)
	if err != nil {
		return fmt.Errorf("looking up %s: %w", s.UserID, err)
	}
	return j.mail.Send(mailer.Message{To: s.Email, Subject: "[preview] This week at the shop"}) // policylint: expect emailconsent
}

// SendReceipts mails the receipts of the orders placed since a time:
// transactional mail, sent whatever the shopper's newsletter settings.
func (j *Job) SendReceipts(ctx context.Context, since time.Time) error {
	rows, err := j.db.QueryContext(ctx,
		`SELECT o.id, u.email, o.total_cents FROM orders o JOIN users u ON u.id = o.user_id WHERE o.created_at > $1`, since)
	if err != nil {
		return fmt.Errorf("listing orders: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			orderID, email string
			total          int64
		)
		if err := rows.Scan(&orderID, &email, &total); err != nil {
			return fmt.Errorf("listing orders: %w", err)
		}
		body := fmt.Sprintf("Thank you for order %s (%d.%02d).", orderID, total/100, total%100)
		if err := j.mail.Send(mailer.Message{To: email, Subject: "Your receipt", Body: body}); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ResetPassword mails a reset link to the account with this address.
func (j *Job) ResetPassword(ctx context.Context, email, link string) error {
	return j.mail.SendPasswordReset(email, link)
}

// WinBack mails lapsed shoppers in the background; the goroutine skips
// those who unsubscribed.
func (j *Job) WinBack(ctx context.Context) {
	go func() {
		subs, err := j.shoppers(ctx)
		if err != nil {
			return
		}
		for _, s := range subs {
			if s.UnsubscribedAt.Valid {
				continue
			}
			_ = j.mail.Send(mailer.Message{To: s.Email, Subject: "We miss you"})
		}
	}()
}
