// Package mailer sends the shop's e-mail through its SMTP relay. It sends
// what it is given: whether a shopper may receive a message is for the
// caller to decide.
package mailer

import (
	"fmt"
	"net/smtp"
	"strings"
)

// Mailer talks to one SMTP relay.
type Mailer struct {
	addr string
	auth smtp.Auth
	from string
}

// New returns a mailer for the relay at addr (host:port).
func New(addr, username, password, from string) *Mailer {
	host, _, _ := strings.Cut(addr, ":")
	return &Mailer{addr: addr, auth: smtp.PlainAuth("", username, password, host), from: from}
}

// Message is one e-mail to one shopper.
type Message struct {
	To      string
	Subject string
	Body    string
}

// Send delivers msg.
func (m *Mailer) Send(msg Message) error {
	data := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, msg.To, msg.Subject, msg.Body)
	if err := smtp.SendMail(m.addr, m.auth, m.from, []string{msg.To}, []byte(data)); err != nil {
		return fmt.Errorf("sending %q: %w", msg.Subject, err)
	}
	return nil
}

// SendPasswordReset mails a password-reset link. It is transactional: the
// shopper asked for it, whatever their newsletter settings.
func (m *Mailer) SendPasswordReset(to, link string) error {
	return m.Send(Message{To: to, Subject: "Reset your password", Body: "Follow this link to choose a new password: " + link})
}
