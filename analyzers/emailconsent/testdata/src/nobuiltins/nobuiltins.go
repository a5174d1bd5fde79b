package nobuiltins

import "net/smtp"

type User struct {
	Email        string
	Unsubscribed bool
	Reachable    bool
}

type Client struct{}

func (c *Client) Deliver(to string) error { return nil }

func all() []User { return nil }

func builtinNamesAreOff(c *Client) {
	for _, u := range all() {
		if u.Unsubscribed {
			continue
		}
		c.Deliver(u.Email) // want "e-mail to `u.Email` sent by nobuiltins.Client.Deliver without a consent check"
	}
}

func manifestConsentStillWorks(c *Client) {
	for _, u := range all() {
		if !u.Reachable {
			continue
		}
		c.Deliver(u.Email)
	}
}

func sendPasswordReset(c *Client) {
	c.Deliver(all()[0].Email) // want `without a consent check`
}

func builtinSendersAreOff() {
	for _, u := range all() {
		smtp.SendMail("smtp:25", nil, "x@example.com", []string{u.Email}, nil)
	}
}
