// Package stripe is a stub of github.com/stripe/stripe-go/v76 with the
// real signatures of the calls the fixtures use.
package stripe

import "net/http"

// Key is the secret API key requests are made with.
var Key string

const APIURL = "https://api.stripe.com"

type SupportedBackend string

const APIBackend SupportedBackend = "api"

type Backend interface {
	Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error
}

type ParamsContainer interface{ GetParams() *Params }
type LastResponseSetter interface{}

type BackendConfig struct {
	HTTPClient        *http.Client
	MaxNetworkRetries *int64
	URL               *string
}

func GetBackendWithConfig(backendType SupportedBackend, config *BackendConfig) Backend { return nil }
func SetBackend(backend SupportedBackend, b Backend)                                   {}

func String(v string) *string { return &v }

type Params struct {
	Metadata map[string]string `form:"metadata"`
}

func (p *Params) GetParams() *Params                   { return p }
func (p *Params) AddMetadata(key string, value string) {}

type CustomerParams struct {
	Params      `form:"*"`
	Description *string `form:"description"`
	Email       *string `form:"email"`
	Name        *string `form:"name"`
	Phone       *string `form:"phone"`
}

type Customer struct {
	ID    string `json:"id"`
	Email string `json:"email"`
}
