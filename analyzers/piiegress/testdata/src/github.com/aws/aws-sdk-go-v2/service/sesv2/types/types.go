// Package types is a signature stub of
// github.com/aws/aws-sdk-go-v2/service/sesv2/types for analyzer tests.
package types

type Destination struct {
	BccAddresses []string
	CcAddresses  []string
	ToAddresses  []string
}

type Content struct {
	Data    *string
	Charset *string
}

type Body struct {
	Html *Content
	Text *Content
}

type Message struct {
	Body    *Body
	Subject *Content
}

type RawMessage struct {
	Data []byte
}
