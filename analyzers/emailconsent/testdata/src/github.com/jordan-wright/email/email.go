// Package email is a signature stub of github.com/jordan-wright/email for
// analyzer tests.
package email

import (
	"crypto/tls"
	"net/smtp"
	"net/textproto"
	"time"
)

type Email struct {
	ReplyTo     []string
	From        string
	To          []string
	Bcc         []string
	Cc          []string
	Subject     string
	Text        []byte
	HTML        []byte
	Sender      string
	Headers     textproto.MIMEHeader
	ReadReceipt []string
}

func NewEmail() *Email { return &Email{Headers: textproto.MIMEHeader{}} }

func (e *Email) Send(addr string, a smtp.Auth) error                            { return nil }
func (e *Email) SendWithTLS(addr string, a smtp.Auth, t *tls.Config) error      { return nil }
func (e *Email) SendWithStartTLS(addr string, a smtp.Auth, t *tls.Config) error { return nil }
func (e *Email) Bytes() ([]byte, error)                                         { return nil, nil }

type Pool struct{ addr string }

func NewPool(address string, count int, auth smtp.Auth, opt_tls ...*tls.Config) (pool *Pool, err error) {
	return &Pool{addr: address}, nil
}

func (p *Pool) Send(e *Email, timeout time.Duration) (err error) { return nil }
func (p *Pool) Close()                                           {}
