// Package request is a signature stub of
// github.com/aws/aws-sdk-go/aws/request for analyzer tests.
package request

type Request struct{}

type Option func(*Request)
