// Package ses is a signature stub of github.com/aws/aws-sdk-go/service/ses
// for analyzer tests.
package ses

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
)

type SES struct{}

type Destination struct {
	_            struct{}  `type:"structure"`
	BccAddresses []*string `type:"list"`
	CcAddresses  []*string `type:"list"`
	ToAddresses  []*string `type:"list"`
}

type Content struct {
	_       struct{} `type:"structure"`
	Charset *string  `type:"string"`
	Data    *string  `type:"string" required:"true"`
}

type Body struct {
	_    struct{} `type:"structure"`
	Html *Content `type:"structure"`
	Text *Content `type:"structure"`
}

type Message struct {
	_       struct{} `type:"structure"`
	Body    *Body    `type:"structure" required:"true"`
	Subject *Content `type:"structure" required:"true"`
}

type SendEmailInput struct {
	_                    struct{}     `type:"structure"`
	ConfigurationSetName *string      `type:"string"`
	Destination          *Destination `type:"structure" required:"true"`
	Message              *Message     `type:"structure" required:"true"`
	ReplyToAddresses     []*string    `type:"list"`
	ReturnPath           *string      `type:"string"`
	Source               *string      `type:"string" required:"true"`
}

type SendEmailOutput struct {
	MessageId *string `type:"string" required:"true"`
}

type RawMessage struct {
	Data []byte `type:"blob" required:"true"`
}

type SendRawEmailInput struct {
	_            struct{}    `type:"structure"`
	Destinations []*string   `type:"list"`
	RawMessage   *RawMessage `type:"structure" required:"true"`
	Source       *string     `type:"string"`
}

type SendRawEmailOutput struct {
	MessageId *string `type:"string" required:"true"`
}

type SendTemplatedEmailInput struct {
	Destination  *Destination `type:"structure" required:"true"`
	Source       *string      `type:"string" required:"true"`
	Template     *string      `type:"string" required:"true"`
	TemplateData *string      `type:"string" required:"true"`
}

type SendTemplatedEmailOutput struct {
	MessageId *string `type:"string" required:"true"`
}

func (c *SES) SendEmail(input *SendEmailInput) (*SendEmailOutput, error) { return nil, nil }
func (c *SES) SendEmailWithContext(ctx aws.Context, input *SendEmailInput, opts ...request.Option) (*SendEmailOutput, error) {
	return nil, nil
}
func (c *SES) SendRawEmail(input *SendRawEmailInput) (*SendRawEmailOutput, error) { return nil, nil }
func (c *SES) SendRawEmailWithContext(ctx aws.Context, input *SendRawEmailInput, opts ...request.Option) (*SendRawEmailOutput, error) {
	return nil, nil
}
func (c *SES) SendTemplatedEmail(input *SendTemplatedEmailInput) (*SendTemplatedEmailOutput, error) {
	return nil, nil
}
func (c *SES) SendTemplatedEmailWithContext(ctx aws.Context, input *SendTemplatedEmailInput, opts ...request.Option) (*SendTemplatedEmailOutput, error) {
	return nil, nil
}
