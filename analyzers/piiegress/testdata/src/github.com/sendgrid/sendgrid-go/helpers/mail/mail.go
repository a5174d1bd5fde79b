// Package mail is a signature stub of
// github.com/sendgrid/sendgrid-go/helpers/mail for analyzer tests.
package mail

type SGMailV3 struct {
	From             *Email             `json:"from,omitempty"`
	Subject          string             `json:"subject,omitempty"`
	Personalizations []*Personalization `json:"personalizations,omitempty"`
	Content          []*Content         `json:"content,omitempty"`
	TemplateID       string             `json:"template_id,omitempty"`
}

type Personalization struct {
	To      []*Email `json:"to,omitempty"`
	From    *Email   `json:"from,omitempty"`
	CC      []*Email `json:"cc,omitempty"`
	BCC     []*Email `json:"bcc,omitempty"`
	Subject string   `json:"subject,omitempty"`
}

type Email struct {
	Name    string `json:"name,omitempty"`
	Address string `json:"email,omitempty"`
}

type Content struct {
	Type  string `json:"type,omitempty"`
	Value string `json:"value,omitempty"`
}

func NewV3Mail() *SGMailV3 { return &SGMailV3{} }

func NewV3MailInit(from *Email, subject string, to *Email, content ...*Content) *SGMailV3 {
	return &SGMailV3{}
}

func NewSingleEmail(from *Email, subject string, to *Email, plainTextContent string, htmlContent string) *SGMailV3 {
	return &SGMailV3{}
}

func NewSingleEmailPlainText(from *Email, subject string, to *Email, plainTextContent string) *SGMailV3 {
	return &SGMailV3{}
}

func NewEmail(name string, address string) *Email { return &Email{Name: name, Address: address} }

func NewContent(contentType string, value string) *Content { return &Content{} }

func NewPersonalization() *Personalization { return &Personalization{} }

func (p *Personalization) AddTos(to ...*Email)  {}
func (p *Personalization) AddCCs(cc ...*Email)  {}
func (p *Personalization) AddBCCs(bc ...*Email) {}

func (s *SGMailV3) AddPersonalizations(p ...*Personalization) *SGMailV3 { return s }
func (s *SGMailV3) AddContent(c ...*Content) *SGMailV3                  { return s }
func (s *SGMailV3) SetFrom(e *Email) *SGMailV3                          { return s }

// GetRequestBody returns the JSON body of a message.
func GetRequestBody(m *SGMailV3) []byte { return nil }
