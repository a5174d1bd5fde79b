// Package oauth2 is a stub of golang.org/x/oauth2 with the real signatures
// of the calls the fixtures use.
package oauth2

import (
	"context"
	"net/http"
)

type Token struct {
	AccessToken string `json:"access_token"`
}

type TokenSource interface {
	Token() (*Token, error)
}

func NewClient(ctx context.Context, src TokenSource) *http.Client { return &http.Client{} }
