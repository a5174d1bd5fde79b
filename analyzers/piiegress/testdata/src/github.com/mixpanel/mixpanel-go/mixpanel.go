// Package mixpanel is a stub of github.com/mixpanel/mixpanel-go with the
// real signatures of the calls the fixtures use.
package mixpanel

import "context"

type ApiClient struct{ token string }

type Options func(mixpanel *ApiClient)

func NewApiClient(token string, options ...Options) *ApiClient { return &ApiClient{token: token} }

// EuResidency sets the client to use the EU endpoints.
func EuResidency() Options { return func(mixpanel *ApiClient) {} }

// ProxyApiLocation sets a custom location for all ingestion requests.
func ProxyApiLocation(proxy string) Options { return func(mixpanel *ApiClient) {} }

type Event struct {
	Name       string         `json:"event"`
	Properties map[string]any `json:"properties"`
}

func (m *ApiClient) NewEvent(name string, distinctID string, properties map[string]any) *Event {
	return &Event{Name: name, Properties: properties}
}

func (m *ApiClient) Track(ctx context.Context, events []*Event) error { return nil }

type PeopleProperties struct {
	DistinctID string
	Properties map[string]any
}

func NewPeopleProperties(distinctID string, properties map[string]any) *PeopleProperties {
	return &PeopleProperties{DistinctID: distinctID, Properties: properties}
}

func (m *ApiClient) PeopleSet(ctx context.Context, people []*PeopleProperties) error { return nil }
