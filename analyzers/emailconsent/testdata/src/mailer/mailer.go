// Package mailer wraps net/smtp; it sends what it is given and leaves the
// consent question to its callers.
package mailer

import (
	"net/smtp"
)

type Recipient struct {
	Name         string
	Email        string
	Unsubscribed bool
}

type Client struct {
	addr string
	auth smtp.Auth
	from string
}

// Send mails one recipient.
func (c *Client) Send(r Recipient, subject, body string) error { // want Send:`sends mail to param 1 without consent check \(chain smtp.SendMail\)`
	msg := []byte("Subject: " + subject + "\r\n\r\n" + body)
	return smtp.SendMail(c.addr, c.auth, c.from, []string{r.Email}, msg)
}

// Broadcast mails everyone in rs.
func (c *Client) Broadcast(rs []Recipient, body string) { // want Broadcast:`sends mail to param 1 without consent check \(chain mailer.Client.Send -> smtp.SendMail\)`
	for _, r := range rs {
		c.Send(r, "News", body)
	}
}

// SendReceipt is transactional: no consent needed, no fact.
func (c *Client) SendReceipt(r Recipient, order string) error {
	return c.Send(r, "Your receipt", order)
}

// SendIfSubscribed checks before sending: its callers need not.
func (c *Client) SendIfSubscribed(r Recipient, body string) error {
	if r.Unsubscribed {
		return nil
	}
	return c.Send(r, "News", body)
}

// Prefs answers the consent question for other packages.
type Prefs struct{ optIns map[string]bool }

func (p *Prefs) Allows(r Recipient) bool { // want Allows:`returns consent answer for param 1 \(true allows\)`
	if r.Unsubscribed {
		return false
	}
	return true
}
