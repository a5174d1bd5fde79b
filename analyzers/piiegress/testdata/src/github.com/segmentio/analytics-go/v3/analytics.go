// Package analytics is a stub of github.com/segmentio/analytics-go/v3 with
// the real signatures of the calls the fixtures use.
package analytics

import (
	"io"
	"time"
)

type Client interface {
	io.Closer
	Enqueue(Message) error
}

type Message interface {
	internal()
	Validate() error
}

type Config struct {
	Endpoint string
	Interval time.Duration
}

func New(writeKey string) Client                                   { return nil }
func NewWithConfig(writeKey string, config Config) (Client, error) { return nil, nil }

type Context struct{}
type Integrations map[string]interface{}

type Traits map[string]interface{}

func NewTraits() Traits                                     { return make(Traits, 10) }
func (t Traits) SetEmail(email string) Traits               { return t.Set("email", email) }
func (t Traits) SetName(name string) Traits                 { return t.Set("name", name) }
func (t Traits) SetPhone(phone string) Traits               { return t.Set("phone", phone) }
func (t Traits) Set(field string, value interface{}) Traits { t[field] = value; return t }

type Properties map[string]interface{}

func NewProperties() Properties                                    { return make(Properties, 10) }
func (p Properties) Set(name string, value interface{}) Properties { p[name] = value; return p }

type Identify struct {
	Type         string       `json:"type,omitempty"`
	MessageId    string       `json:"messageId,omitempty"`
	AnonymousId  string       `json:"anonymousId,omitempty"`
	UserId       string       `json:"userId,omitempty"`
	Timestamp    time.Time    `json:"timestamp"`
	Context      *Context     `json:"context,omitempty"`
	Traits       Traits       `json:"traits,omitempty"`
	Integrations Integrations `json:"integrations,omitempty"`
}

func (msg Identify) internal()       {}
func (msg Identify) Validate() error { return nil }

type Track struct {
	Type         string       `json:"type,omitempty"`
	MessageId    string       `json:"messageId,omitempty"`
	AnonymousId  string       `json:"anonymousId,omitempty"`
	UserId       string       `json:"userId,omitempty"`
	Event        string       `json:"event"`
	Timestamp    time.Time    `json:"timestamp"`
	Context      *Context     `json:"context,omitempty"`
	Properties   Properties   `json:"properties,omitempty"`
	Integrations Integrations `json:"integrations,omitempty"`
}

func (msg Track) internal()       {}
func (msg Track) Validate() error { return nil }
