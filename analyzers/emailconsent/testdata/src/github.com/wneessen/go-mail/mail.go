// Package mail is a signature stub of github.com/wneessen/go-mail for
// analyzer tests.
package mail

import (
	"context"
	netmail "net/mail"
)

type Client struct{ host string }

type Option func(*Client) error

func NewClient(host string, opts ...Option) (*Client, error) { return &Client{host: host}, nil }
func WithPort(port int) Option                               { return nil }

func (c *Client) DialAndSend(messages ...*Msg) error                                 { return nil }
func (c *Client) DialAndSendWithContext(ctx context.Context, messages ...*Msg) error { return nil }
func (c *Client) Send(messages ...*Msg) (returnErr error)                            { return nil }
func (c *Client) Close() error                                                       { return nil }
func (c *Client) DialWithContext(ctxDial context.Context) error                      { return nil }

type Msg struct{ to []string }

type MsgOption func(*Msg)

type ContentType string

const TypeTextPlain ContentType = "text/plain"

type PartOption func(*Part)

type Part struct{}

func NewMsg(opts ...MsgOption) *Msg { return &Msg{} }

func (m *Msg) From(from string) error                                                    { return nil }
func (m *Msg) To(rcpts ...string) error                                                  { return nil }
func (m *Msg) AddTo(rcpt string) error                                                   { return nil }
func (m *Msg) AddToFormat(name, addr string) error                                       { return nil }
func (m *Msg) ToIgnoreInvalid(rcpts ...string)                                           {}
func (m *Msg) ToFromString(rcpts string) error                                           { return nil }
func (m *Msg) ToMailAddress(rcpts ...*netmail.Address)                                   {}
func (m *Msg) Cc(rcpts ...string) error                                                  { return nil }
func (m *Msg) AddCc(rcpt string) error                                                   { return nil }
func (m *Msg) Bcc(rcpts ...string) error                                                 { return nil }
func (m *Msg) AddBcc(rcpt string) error                                                  { return nil }
func (m *Msg) Subject(subj string)                                                       {}
func (m *Msg) SetBodyString(contentType ContentType, content string, opts ...PartOption) {}
