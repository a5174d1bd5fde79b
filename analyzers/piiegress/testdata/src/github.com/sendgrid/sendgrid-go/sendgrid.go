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

// GetRequest returns a request to endpoint of host; an empty host is
// https://api.sendgrid.com.
func GetRequest(key, endpoint, host string) rest.Request { return rest.Request{} }

// API sends a request made with GetRequest.
func API(request rest.Request) (*rest.Response, error) { return nil, nil }

func MakeRequest(request rest.Request) (*rest.Response, error) { return nil, nil }

func MakeRequestWithContext(ctx context.Context, request rest.Request) (*rest.Response, error) {
	return nil, nil
}
