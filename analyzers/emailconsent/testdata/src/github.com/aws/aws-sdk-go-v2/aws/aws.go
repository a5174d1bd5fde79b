// Package aws is a signature stub of github.com/aws/aws-sdk-go-v2/aws for
// analyzer tests.
package aws

func String(v string) *string { return &v }
