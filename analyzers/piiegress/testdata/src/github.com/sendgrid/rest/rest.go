// Package rest is a signature stub of github.com/sendgrid/rest for
// analyzer tests.
package rest

type Method string

type Request struct {
	Method      Method
	BaseURL     string
	Headers     map[string]string
	QueryParams map[string]string
	Body        []byte
}

type Response struct {
	StatusCode int
	Body       string
	Headers    map[string][]string
}
