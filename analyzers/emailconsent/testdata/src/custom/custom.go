package custom

import (
	"context"

	"custom/acme"
)

func unguarded(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range s.All(ctx) {
		c.Deliver(ctx, u.Email, "sale") // want "^e-mail to `u.Email` sent by acme.MailClient.Deliver without a consent check \\(emailconsent: \"We only e-mail people who asked us to.\"\\)"
	}
}

func guardedByManifestMethod(ctx context.Context, c *acme.MailClient, p *acme.Prefs, s *acme.Store) {
	for _, u := range s.All(ctx) {
		if !p.Reachable(&u) {
			continue
		}
		c.Deliver(ctx, u.Email, "sale")
	}
}

func guardedByManifestField(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range s.All(ctx) {
		if u.Blocked {
			continue
		}
		c.Deliver(ctx, u.Email, "sale")
	}
}

func blockedWrongWayRound(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range s.All(ctx) {
		if u.Blocked {
			c.Deliver(ctx, u.Email, "sale") // want `without a consent check`
		}
	}
}

func consentedRecipients(ctx context.Context, c *acme.MailClient, s *acme.Store) error {
	us, err := s.NewsletterRecipients(ctx)
	if err != nil {
		return err
	}
	for _, u := range us {
		c.Deliver(ctx, u.Email, "sale")
	}
	return nil
}

// recipients passes the consented query's result on.
func recipients(ctx context.Context, s *acme.Store) []acme.User { // want recipients:`returns consented recipients`
	us, err := s.NewsletterRecipients(ctx)
	if err != nil {
		return nil
	}
	return us
}

func consentedThroughHelper(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range recipients(ctx, s) {
		c.Deliver(ctx, u.Email, "sale")
	}
}

func mixedRecipients(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	us, _ := s.NewsletterRecipients(ctx)
	us = append(us, s.All(ctx)...)
	for _, u := range us {
		c.Deliver(ctx, u.Email, "sale") // want `without a consent check`
	}
}

func welcome(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range s.All(ctx) {
		acme.SendWelcome(ctx, c, u)
	}
}

func sendOnboarding(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range s.All(ctx) {
		c.Deliver(ctx, u.Email, "getting started")
	}
}

type message struct {
	To   string
	Body string
}

func render(u acme.User) string { return "Hello " + u.Email }

func deliverMessage(ctx context.Context, c *acme.MailClient, m message) { // want deliverMessage:`sends mail to param 2 without consent check \(chain acme.MailClient.Deliver\)`
	c.Deliver(ctx, m.To, m.Body)
}

func consentedWithRenderedBody(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	us, _ := s.NewsletterRecipients(ctx)
	for _, u := range us {
		deliverMessage(ctx, c, message{To: u.Email, Body: render(u)})
	}
}

func everyoneWithRenderedBody(ctx context.Context, c *acme.MailClient, s *acme.Store) {
	for _, u := range s.All(ctx) {
		deliverMessage(ctx, c, message{To: u.Email, Body: render(u)}) // want "e-mail to `u.Email` sent by custom.deliverMessage via acme.MailClient.Deliver"
	}
}
