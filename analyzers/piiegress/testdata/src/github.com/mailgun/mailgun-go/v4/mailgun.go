// Package mailgun is a signature stub of github.com/mailgun/mailgun-go/v4
// for analyzer tests.
package mailgun

import "context"

type Mailgun interface {
	Send(ctx context.Context, m *Message) (string, string, error)
	NewMessage(from, subject, text string, to ...string) *Message
	SetAPIBase(url string)
}

// The API bases of the US and EU regions.
const (
	APIBase   = "https://api.mailgun.net/v3"
	APIBaseUS = "https://api.mailgun.net/v3"
	APIBaseEU = "https://api.eu.mailgun.net/v3"
)

type MailgunImpl struct{ apiBase, domain, apiKey string }

func (mg *MailgunImpl) SetAPIBase(address string) { mg.apiBase = address }

func NewMailgun(domain, apiKey string) *MailgunImpl {
	return &MailgunImpl{domain: domain, apiKey: apiKey}
}

func (mg *MailgunImpl) Send(ctx context.Context, m *Message) (mes, id string, err error) {
	return "", "", nil
}

func (*MailgunImpl) NewMessage(from, subject, text string, to ...string) *Message {
	return NewMessage(from, subject, text, to...)
}

type Message struct{ to []string }

func NewMessage(from, subject, text string, to ...string) *Message { return &Message{to: to} }

func (m *Message) AddRecipient(recipient string) error { return nil }
func (m *Message) AddRecipientAndVariables(r string, vars map[string]interface{}) error {
	return nil
}
func (m *Message) AddCC(recipient string)  {}
func (m *Message) AddBCC(recipient string) {}
func (m *Message) SetHTML(html string)     {}
