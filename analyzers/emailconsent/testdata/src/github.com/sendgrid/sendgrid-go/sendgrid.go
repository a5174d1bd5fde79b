// Package sendgrid is a signature stub of github.com/sendgrid/sendgrid-go
// for analyzer tests.
package sendgrid

import (
	"context"

	"github.com/sendgrid/rest"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

type Client struct {
	rest.Request
}

func NewSendClient(key string) *Client { return &Client{} }

func (cl *Client) Send(email *mail.SGMailV3) (*rest.Response, error) { return nil, nil }

func (cl *Client) SendWithContext(ctx context.Context, email *mail.SGMailV3) (*rest.Response, error) {
	return nil, nil
}
