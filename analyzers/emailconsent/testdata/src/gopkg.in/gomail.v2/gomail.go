// Package gomail is a signature stub of gopkg.in/gomail.v2 for analyzer tests.
package gomail

import (
	"io"
	"time"
)

type Message struct{ hdr map[string][]string }

type MessageSetting func(m *Message)

func NewMessage(settings ...MessageSetting) *Message { return &Message{} }

func (m *Message) SetHeader(field string, value ...string)                          {}
func (m *Message) SetHeaders(h map[string][]string)                                 {}
func (m *Message) SetAddressHeader(field, address, name string)                     {}
func (m *Message) FormatAddress(address, name string) string                        { return "" }
func (m *Message) SetDateHeader(field string, date time.Time)                       {}
func (m *Message) SetBody(contentType, body string, settings ...PartSetting)        {}
func (m *Message) AddAlternative(contentType, body string, settings ...PartSetting) {}
func (m *Message) WriteTo(w io.Writer) (int64, error)                               { return 0, nil }

type PartSetting func(*part)

type part struct{}

type Dialer struct {
	Host     string
	Port     int
	Username string
	Password string
	SSL      bool
}

func NewDialer(host string, port int, username, password string) *Dialer { return &Dialer{} }

func (d *Dialer) Dial() (SendCloser, error)       { return nil, nil }
func (d *Dialer) DialAndSend(m ...*Message) error { return nil }

type Sender interface {
	Send(from string, to []string, msg io.WriterTo) error
}

type SendCloser interface {
	Sender
	Close() error
}

type SendFunc func(from string, to []string, msg io.WriterTo) error

func (f SendFunc) Send(from string, to []string, msg io.WriterTo) error { return f(from, to, msg) }

func Send(s Sender, msg ...*Message) error { return nil }
