// Package config is a stub of github.com/aws/aws-sdk-go-v2/config with the
// real signatures of the calls the fixtures use.
package config

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type LoadOptions struct{ Region string }

type LoadOptionsFunc func(*LoadOptions) error

func WithRegion(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error { o.Region = v; return nil }
}

func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (cfg aws.Config, err error) {
	return aws.Config{}, nil
}
