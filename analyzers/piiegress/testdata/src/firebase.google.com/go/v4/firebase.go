// Package firebase is a stub of firebase.google.com/go/v4 with the real
// signatures of the calls the fixtures use.
package firebase

import (
	"context"

	"firebase.google.com/go/v4/messaging"
	"google.golang.org/api/option"
)

type Config struct {
	ProjectID string `json:"projectId"`
}

type App struct{ projectID string }

func NewApp(ctx context.Context, config *Config, opts ...option.ClientOption) (*App, error) {
	return &App{}, nil
}

func (a *App) Messaging(ctx context.Context) (*messaging.Client, error) {
	return &messaging.Client{}, nil
}
