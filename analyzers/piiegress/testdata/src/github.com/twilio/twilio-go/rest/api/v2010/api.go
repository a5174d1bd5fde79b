// Package openapi is a stub of github.com/twilio/twilio-go/rest/api/v2010
// with the real signatures of the calls the fixtures use.
package openapi

type ApiService struct{ baseURL string }

func NewApiService() *ApiService { return &ApiService{baseURL: "https://api.twilio.com"} }

type CreateMessageParams struct {
	To   *string `json:"To,omitempty"`
	From *string `json:"From,omitempty"`
	Body *string `json:"Body,omitempty"`
}

func (params *CreateMessageParams) SetTo(To string) *CreateMessageParams {
	params.To = &To
	return params
}

func (params *CreateMessageParams) SetFrom(From string) *CreateMessageParams {
	params.From = &From
	return params
}

func (params *CreateMessageParams) SetBody(Body string) *CreateMessageParams {
	params.Body = &Body
	return params
}

type ApiV2010Message struct {
	Sid *string `json:"sid,omitempty"`
}

func (c *ApiService) CreateMessage(params *CreateMessageParams) (*ApiV2010Message, error) {
	return &ApiV2010Message{}, nil
}

type CreateCallParams struct {
	To    *string `json:"To,omitempty"`
	From  *string `json:"From,omitempty"`
	Twiml *string `json:"Twiml,omitempty"`
}

func (params *CreateCallParams) SetTo(To string) *CreateCallParams {
	params.To = &To
	return params
}

type ApiV2010Call struct{}

func (c *ApiService) CreateCall(params *CreateCallParams) (*ApiV2010Call, error) {
	return &ApiV2010Call{}, nil
}
