// Package twilio is a stub of github.com/twilio/twilio-go with the real
// signatures of the calls the fixtures use.
package twilio

import Api "github.com/twilio/twilio-go/rest/api/v2010"

type ClientParams struct {
	Username   string
	Password   string
	AccountSid string
}

type RestClient struct {
	Api *Api.ApiService
}

func NewRestClientWithParams(params ClientParams) *RestClient {
	return &RestClient{Api: Api.NewApiService()}
}

func NewRestClient() *RestClient { return NewRestClientWithParams(ClientParams{}) }

func (c *RestClient) SetEdge(edge string)     {}
func (c *RestClient) SetRegion(region string) {}
