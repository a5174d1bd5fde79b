// Package notify is a service's mail layer: a Mailer interface, its SMTP
// implementation, and a development mailer that only logs. Like most
// mail layers it sends what it is given; consent is the callers' job.
package notify

import (
	"context"
	"log"

	gomail "gopkg.in/gomail.v2"
)

// Mailer sends one message to one address.
type Mailer interface {
	Send(ctx context.Context, to, subject, html string) error
}

// SMTPMailer delivers through the company relay.
type SMTPMailer struct {
	dialer *gomail.Dialer
	from   string
}

// NewSMTPMailer returns a Mailer for the relay at host.
func NewSMTPMailer(host string, port int, user, pass, from string) *SMTPMailer {
	return &SMTPMailer{dialer: gomail.NewDialer(host, port, user, pass), from: from}
}

// Send implements Mailer.
func (m *SMTPMailer) Send(ctx context.Context, to, subject, html string) error { // want Send:`sends mail to param 2 without consent check \(chain gomail.Dialer.DialAndSend\)`
	msg := gomail.NewMessage()
	msg.SetHeader("From", m.from)
	msg.SetHeader("To", to)
	msg.SetHeader("Subject", subject)
	msg.SetBody("text/html", html)
	return m.dialer.DialAndSend(msg)
}

// LogMailer is the development mailer: it writes the message to the log.
type LogMailer struct{}

// Send implements Mailer.
func (LogMailer) Send(ctx context.Context, to, subject, html string) error {
	log.Printf("mail to=%s subject=%q", to, subject)
	return nil
}

// Recipient is a person the service writes to.
type Recipient struct {
	ID           string
	Email        string
	Name         string
	Unsubscribed bool
}

// SendBulk sends one message to many people: an exported wrapper that
// nothing in this package calls. Under go vet it is not reported here
// (another package may check consent before calling it); the standalone
// command reports it at the send when no analysed package calls it.
func SendBulk(ctx context.Context, m Mailer, rs []Recipient, subject, html string) error { // want SendBulk:`sends mail to param 2 without consent check \(chain notify.Mailer.Send -> notify.SMTPMailer.Send -> gomail.Dialer.DialAndSend\)`
	for _, r := range rs {
		if err := m.Send(ctx, r.Email, subject, html); err != nil {
			return err
		}
	}
	return nil
}

// SendToSubscribers checks consent itself: no caller has to.
func SendToSubscribers(ctx context.Context, m Mailer, rs []Recipient, subject, html string) error {
	for _, r := range rs {
		if r.Unsubscribed {
			continue
		}
		if err := m.Send(ctx, r.Email, subject, html); err != nil {
			return err
		}
	}
	return nil
}
