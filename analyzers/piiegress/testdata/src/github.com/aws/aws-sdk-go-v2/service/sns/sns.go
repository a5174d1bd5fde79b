// Package sns is a stub of github.com/aws/aws-sdk-go-v2/service/sns with
// the real signatures of the calls the fixtures use.
package sns

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	Region       string
	BaseEndpoint *string
}

type Client struct{ options Options }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type PublishInput struct {
	Message     *string
	PhoneNumber *string
	Subject     *string
	TargetArn   *string
	TopicArn    *string
}

type PublishOutput struct{ MessageId *string }

func (c *Client) Publish(ctx context.Context, params *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return nil, nil
}
