// Package campaign sends newsletters through package mailer.
package campaign

import (
	"mailer"
)

type Store interface {
	Everyone() []mailer.Recipient
}

func unguarded(c *mailer.Client, s Store) {
	for _, r := range s.Everyone() {
		c.Send(r, "Sale", "50% off") // want "e-mail to `r` sent by mailer.Client.Send via smtp.SendMail without a consent check"
	}
}

func unguardedBroadcast(c *mailer.Client, s Store) {
	c.Broadcast(s.Everyone(), "50% off") // want "e-mail to `s.Everyone\\(\\)` sent by mailer.Client.Broadcast via smtp.SendMail"
}

func guarded(c *mailer.Client, s Store) {
	for _, r := range s.Everyone() {
		if r.Unsubscribed {
			continue
		}
		c.Send(r, "Sale", "50% off")
	}
}

func guardedByPrefs(c *mailer.Client, p *mailer.Prefs, s Store) {
	for _, r := range s.Everyone() {
		if !p.Allows(r) {
			continue
		}
		c.Send(r, "Sale", "50% off")
	}
}

func receipt(c *mailer.Client, s Store) {
	c.SendReceipt(s.Everyone()[0], "order 42")
}

func checkingWrapper(c *mailer.Client, s Store) {
	for _, r := range s.Everyone() {
		c.SendIfSubscribed(r, "50% off")
	}
}

// Forward passes the question on to its own callers.
func Forward(c *mailer.Client, r mailer.Recipient) { // want Forward:`sends mail to param 1 without consent check \(chain mailer.Client.Send -> smtp.SendMail\)`
	c.Send(r, "Fwd", "...")
}
