// Package ses is a signature stub of
// github.com/aws/aws-sdk-go-v2/service/ses for analyzer tests.
package ses

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/ses/types"
)

type Options struct{ Region string }

type Client struct{ options Options }

type SendEmailInput struct {
	Destination      *types.Destination
	Message          *types.Message
	Source           *string
	ReplyToAddresses []string
}

type SendEmailOutput struct{ MessageId *string }

type SendRawEmailInput struct {
	RawMessage   *types.RawMessage
	Destinations []string
	Source       *string
}

type SendRawEmailOutput struct{ MessageId *string }

type SendTemplatedEmailInput struct {
	Destination  *types.Destination
	Source       *string
	Template     *string
	TemplateData *string
}

type SendTemplatedEmailOutput struct{ MessageId *string }

func (c *Client) SendEmail(ctx context.Context, params *SendEmailInput, optFns ...func(*Options)) (*SendEmailOutput, error) {
	return nil, nil
}

func (c *Client) SendRawEmail(ctx context.Context, params *SendRawEmailInput, optFns ...func(*Options)) (*SendRawEmailOutput, error) {
	return nil, nil
}

func (c *Client) SendTemplatedEmail(ctx context.Context, params *SendTemplatedEmailInput, optFns ...func(*Options)) (*SendTemplatedEmailOutput, error) {
	return nil, nil
}
