// Package sentry is a stub of github.com/getsentry/sentry-go with the real
// signatures of the calls the fixtures use.
package sentry

type ClientOptions struct {
	Dsn            string
	SendDefaultPII bool
}

func Init(options ClientOptions) error { return nil }

type EventID string

type User struct {
	ID        string            `json:"id,omitempty"`
	Email     string            `json:"email,omitempty"`
	IPAddress string            `json:"ip_address,omitempty"`
	Username  string            `json:"username,omitempty"`
	Name      string            `json:"name,omitempty"`
	Data      map[string]string `json:"data,omitempty"`
}

type Context = map[string]interface{}

type Event struct {
	Message string                 `json:"message,omitempty"`
	Tags    map[string]string      `json:"tags,omitempty"`
	Extra   map[string]interface{} `json:"extra,omitempty"`
	User    User                   `json:"user,omitempty"`
}

func NewEvent() *Event { return &Event{} }

type Scope struct{ user User }

func NewScope() *Scope                                      { return &Scope{} }
func (scope *Scope) SetUser(user User)                      { scope.user = user }
func (scope *Scope) SetTag(key, value string)               {}
func (scope *Scope) SetTags(tags map[string]string)         {}
func (scope *Scope) SetExtra(key string, value interface{}) {}
func (scope *Scope) SetContext(key string, value Context)   {}
func (scope *Scope) SetLevel(level string)                  {}

type Hub struct{}

func CurrentHub() *Hub                                     { return &Hub{} }
func (hub *Hub) Scope() *Scope                             { return nil }
func (hub *Hub) ConfigureScope(f func(scope *Scope))       {}
func (hub *Hub) CaptureEvent(event *Event) *EventID        { return nil }
func (hub *Hub) CaptureMessage(message string) *EventID    { return nil }
func (hub *Hub) CaptureException(exception error) *EventID { return nil }

func ConfigureScope(f func(scope *Scope))       {}
func WithScope(f func(scope *Scope))            {}
func CaptureEvent(event *Event) *EventID        { return nil }
func CaptureMessage(message string) *EventID    { return nil }
func CaptureException(exception error) *EventID { return nil }
