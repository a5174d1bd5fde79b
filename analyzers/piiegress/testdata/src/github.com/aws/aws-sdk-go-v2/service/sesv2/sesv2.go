// Package sesv2 is a signature stub of
// github.com/aws/aws-sdk-go-v2/service/sesv2 for analyzer tests.
package sesv2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
)

type Options struct {
	Region       string
	BaseEndpoint *string
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

type EmailContent struct {
	Raw    *types.RawMessage
	Simple *types.Message
}

type SendEmailInput struct {
	Content          *EmailContent
	Destination      *types.Destination
	FromEmailAddress *string
	ReplyToAddresses []string
}

type SendEmailOutput struct {
	MessageId *string
}

type BulkEmailEntry struct {
	Destination *types.Destination
}

type SendBulkEmailInput struct {
	BulkEmailEntries []BulkEmailEntry
	FromEmailAddress *string
}

type SendBulkEmailOutput struct{}

func (c *Client) SendEmail(ctx context.Context, params *SendEmailInput, optFns ...func(*Options)) (*SendEmailOutput, error) {
	return nil, nil
}

func (c *Client) SendBulkEmail(ctx context.Context, params *SendBulkEmailInput, optFns ...func(*Options)) (*SendBulkEmailOutput, error) {
	return nil, nil
}
