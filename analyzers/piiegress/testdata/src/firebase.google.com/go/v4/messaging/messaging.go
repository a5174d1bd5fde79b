// Package messaging is a stub of firebase.google.com/go/v4/messaging with
// the real signatures of the calls the fixtures use.
package messaging

import "context"

type Client struct{ fcmEndpoint string }

type Notification struct {
	Title    string `json:"title,omitempty"`
	Body     string `json:"body,omitempty"`
	ImageURL string `json:"image,omitempty"`
}

type Message struct {
	Data         map[string]string `json:"data,omitempty"`
	Notification *Notification     `json:"notification,omitempty"`
	Token        string            `json:"token,omitempty"`
	Topic        string            `json:"-"`
	Condition    string            `json:"condition,omitempty"`
}

type MulticastMessage struct {
	Tokens       []string
	Data         map[string]string
	Notification *Notification
}

type BatchResponse struct {
	SuccessCount int
	FailureCount int
}

func (c *Client) Send(ctx context.Context, message *Message) (string, error) { return "", nil }

func (c *Client) SendEach(ctx context.Context, messages []*Message) (*BatchResponse, error) {
	return nil, nil
}

func (c *Client) SendEachForMulticast(ctx context.Context, message *MulticastMessage) (*BatchResponse, error) {
	return nil, nil
}
