// Package jwt is a stub of golang.org/x/oauth2/jwt with the real
// signatures of the calls the fixtures use.
package jwt

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

// Config is the configuration for using JWT to fetch tokens, commonly
// known as "two-legged OAuth 2.0".
type Config struct {
	Email        string
	PrivateKey   []byte
	PrivateKeyID string
	Subject      string
	Scopes       []string
	TokenURL     string
}

func (c *Config) TokenSource(ctx context.Context) oauth2.TokenSource { return nil }

func (c *Config) Client(ctx context.Context) *http.Client { return &http.Client{} }
