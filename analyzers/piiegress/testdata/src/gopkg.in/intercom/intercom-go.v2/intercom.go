// Package intercom is a stub of gopkg.in/intercom/intercom-go.v2 with the
// real signatures of the calls the fixtures use.
package intercom

type Client struct {
	Contacts ContactService
	Events   EventService
	Users    UserService
	AppID    string
	APIKey   string
}

func NewClient(appID, apiKey string) *Client { return &Client{AppID: appID, APIKey: apiKey} }

type option func(c *Client) option

func (c *Client) Option(opts ...option) (previous option) { return nil }

// BaseURI sets a base URI for the HTTP client; "https://api.intercom.io" by default.
func BaseURI(baseURI string) option { return nil }

type User struct {
	ID               string                 `json:"id,omitempty"`
	Email            string                 `json:"email,omitempty"`
	UserID           string                 `json:"user_id,omitempty"`
	Name             string                 `json:"name,omitempty"`
	LastSeenIP       string                 `json:"last_seen_ip,omitempty"`
	CustomAttributes map[string]interface{} `json:"custom_attributes,omitempty"`
}

type UserService struct{}

func (u *UserService) Save(user *User) (User, error) { return User{}, nil }

type Contact struct {
	ID     string `json:"id,omitempty"`
	Email  string `json:"email,omitempty"`
	UserID string `json:"user_id,omitempty"`
	Name   string `json:"name,omitempty"`
}

type ContactService struct{}

func (c *ContactService) Create(contact *Contact) (Contact, error) { return Contact{}, nil }
func (c *ContactService) Update(contact *Contact) (Contact, error) { return Contact{}, nil }

type Event struct {
	Email     string                 `json:"email,omitempty"`
	UserID    string                 `json:"user_id,omitempty"`
	EventName string                 `json:"event_name,omitempty"`
	CreatedAt int64                  `json:"created_at,omitempty"`
	Metadata  map[string]interface{} `json:"metadata,omitempty"`
}

type EventService struct{}

func (e *EventService) Save(event *Event) error { return nil }
