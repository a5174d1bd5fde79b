// Package resty is a stub of github.com/go-resty/resty/v2 with the real
// signatures of the calls the fixtures use.
package resty

import "net/http"

type Client struct{ HostURL string }

type Request struct {
	URL    string
	Method string
	Body   interface{}
	Header http.Header
}

type Response struct{}

func New() *Client                                       { return &Client{} }
func NewWithClient(hc *http.Client) *Client              { return &Client{} }
func (c *Client) R() *Request                            { return &Request{} }
func (c *Client) NewRequest() *Request                   { return &Request{} }
func (c *Client) SetBaseURL(url string) *Client          { return c }
func (c *Client) SetHostURL(url string) *Client          { return c }
func (c *Client) SetHeader(header, value string) *Client { return c }
func (c *Client) SetAuthToken(token string) *Client      { return c }

func (r *Request) SetBody(body interface{}) *Request                { return r }
func (r *Request) SetHeader(header, value string) *Request          { return r }
func (r *Request) SetQueryParam(param, value string) *Request       { return r }
func (r *Request) SetQueryParams(params map[string]string) *Request { return r }
func (r *Request) SetFormData(data map[string]string) *Request      { return r }
func (r *Request) SetPathParam(param, value string) *Request        { return r }
func (r *Request) SetResult(res interface{}) *Request               { return r }
func (r *Request) Get(url string) (*Response, error)                { return nil, nil }
func (r *Request) Head(url string) (*Response, error)               { return nil, nil }
func (r *Request) Post(url string) (*Response, error)               { return nil, nil }
func (r *Request) Put(url string) (*Response, error)                { return nil, nil }
func (r *Request) Patch(url string) (*Response, error)              { return nil, nil }
func (r *Request) Delete(url string) (*Response, error)             { return nil, nil }
func (r *Request) Options(url string) (*Response, error)            { return nil, nil }
func (r *Request) Execute(method, url string) (*Response, error)    { return nil, nil }
