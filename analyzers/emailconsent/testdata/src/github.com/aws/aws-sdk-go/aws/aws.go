// Package aws is a signature stub of github.com/aws/aws-sdk-go/aws for
// analyzer tests.
package aws

import "context"

type Context = context.Context

func String(v string) *string            { return &v }
func StringSlice(src []string) []*string { return nil }
