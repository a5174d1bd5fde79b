// Package retryablehttp is a stub of github.com/hashicorp/go-retryablehttp
// with the real signatures of the calls the fixtures use.
package retryablehttp

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

type ReaderFunc func() (io.Reader, error)

type Request struct {
	body ReaderFunc
	*http.Request
}

type Client struct {
	HTTPClient *http.Client
	RetryMax   int
}

func NewClient() *Client { return &Client{} }

func NewRequest(method, url string, rawBody interface{}) (*Request, error) { return nil, nil }
func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	return nil, nil
}
func FromRequest(r *http.Request) (*Request, error) { return nil, nil }

func (c *Client) Do(req *Request) (*http.Response, error) { return nil, nil }
func (c *Client) Get(url string) (*http.Response, error)  { return nil, nil }
func (c *Client) Head(url string) (*http.Response, error) { return nil, nil }
func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return nil, nil
}
func (c *Client) PostForm(url string, data url.Values) (*http.Response, error) { return nil, nil }
func (c *Client) StandardClient() *http.Client                                 { return nil }

func Get(url string) (*http.Response, error)  { return nil, nil }
func Head(url string) (*http.Response, error) { return nil, nil }
func Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return nil, nil
}
func PostForm(url string, data url.Values) (*http.Response, error) { return nil, nil }
