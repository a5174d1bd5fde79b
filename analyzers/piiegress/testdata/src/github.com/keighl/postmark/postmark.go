// Package postmark is a signature stub of github.com/keighl/postmark for
// analyzer tests.
package postmark

type Client struct {
	ServerToken  string
	AccountToken string
	BaseURL      string
}

func NewClient(serverToken string, accountToken string) *Client {
	return &Client{ServerToken: serverToken, AccountToken: accountToken}
}

type Header struct {
	Name  string
	Value string
}

type Email struct {
	From       string
	To         string
	Cc         string
	Bcc        string
	Subject    string
	Tag        string
	HTMLBody   string
	TextBody   string
	ReplyTo    string
	Headers    []Header
	TrackOpens bool
}

type TemplatedEmail struct {
	TemplateID    int64
	TemplateModel map[string]interface{}
	From          string
	To            string
	Cc            string
	Bcc           string
}

type EmailResponse struct {
	To        string
	MessageID string
	ErrorCode int64
	Message   string
}

func (client *Client) SendEmail(email Email) (EmailResponse, error) {
	return EmailResponse{}, nil
}

func (client *Client) SendTemplatedEmail(email TemplatedEmail) (EmailResponse, error) {
	return EmailResponse{}, nil
}
