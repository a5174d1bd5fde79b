// Package hooks delivers webhooks to URLs the account owner configured:
// the manifest allows (*hooks.Dispatcher).Deliver to send user data
// anywhere.
package hooks

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"model"
)

// Dispatcher delivers webhooks.
type Dispatcher struct {
	hc *http.Client
}

// Deliver posts an event to the owner's endpoint.
func (d *Dispatcher) Deliver(ctx context.Context, endpoint string, payload any) error {
	b, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	return d.send(ctx, endpoint, b)
}

func (d *Dispatcher) send(ctx context.Context, endpoint string, b []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(b))
	if err != nil {
		return err
	}
	_, err = d.hc.Do(req)
	return err
}

func userCreated(ctx context.Context, d *Dispatcher, endpoint string, u model.User) {
	d.Deliver(ctx, endpoint, map[string]string{"email": u.Email, "phone": u.Phone})
}

func deliverInline(d *Dispatcher, endpoint string, u model.User) {
	d.send(context.Background(), endpoint, []byte(u.Email)) // want `user.contact.email from u.Email is sent to an unknown destination`
}

// Ping is not an allowed function: its unknown destination is reported.
func Ping(endpoint string, u model.User) {
	http.Get(endpoint + "?user=" + u.Email) // want `user.contact.email from u.Email is sent to an unknown destination`
}
