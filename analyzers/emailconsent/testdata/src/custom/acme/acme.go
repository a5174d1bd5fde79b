// Package acme is the user, store and mail code of a service whose
// manifest names its consent checks, consented queries, transactional
// mail and sender.
package acme

import "context"

type User struct {
	Email   string
	Blocked bool
}

type Prefs struct{ m map[string]bool }

// Reachable is a consent check only because the manifest says so.
func (p *Prefs) Reachable(u *User) bool { return p.m[u.Email] }

type Store struct{}

// NewsletterRecipients runs a query that leaves out opted-out users.
func (s *Store) NewsletterRecipients(ctx context.Context) ([]User, error) { return nil, nil }

func (s *Store) All(ctx context.Context) []User { return nil }

type MailClient struct{}

// Deliver is a sender only because the manifest says so.
func (c *MailClient) Deliver(ctx context.Context, to string, body string) error { return nil }

// SendWelcome is transactional by the manifest.
func SendWelcome(ctx context.Context, c *MailClient, u User) error {
	return c.Deliver(ctx, u.Email, "welcome")
}
