// Package google is a stub of golang.org/x/oauth2/google with the real
// signatures of the calls the fixtures use.
package google

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jwt"
)

type Credentials struct {
	ProjectID   string
	TokenSource oauth2.TokenSource
	JSON        []byte
}

func JWTConfigFromJSON(jsonKey []byte, scope ...string) (*jwt.Config, error) {
	return &jwt.Config{}, nil
}

func CredentialsFromJSON(ctx context.Context, jsonData []byte, scopes ...string) (*Credentials, error) {
	return &Credentials{}, nil
}
