package dynamic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"model"
)

// A signup flow announces new accounts through a Messenger; the Slack
// implementation posts the message to a webhook. The e-mail in the
// message leaves to hooks.slack.com, which the policy does not list.

type Messenger interface {
	Push(ctx context.Context, text string) error
}

type slackMessenger struct {
	webhook string
	client  *http.Client
}

func newSlack() *slackMessenger {
	return &slackMessenger{webhook: "https://hooks.slack.com/services/T000/B000/XXXX", client: http.DefaultClient}
}

func (s *slackMessenger) Push(ctx context.Context, text string) error {
	body, _ := json.Marshal(map[string]string{"text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.webhook, bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type stdoutMessenger struct{}

func (stdoutMessenger) Push(_ context.Context, text string) error {
	_, err := fmt.Println(text)
	return err
}

type Signup struct {
	msgr Messenger
}

func (s *Signup) Done(ctx context.Context, u model.User) {
	_ = s.msgr.Push(ctx, "new account: "+u.Email) // want `user.contact.email from u.Email is sent to hooks.slack.com`
	_ = s.msgr.Push(ctx, "new account on plan "+u.Plan)
}

// An interface whose only implementation posts to our own services.

type Events interface {
	Event(ctx context.Context, name string, props map[string]string) error
}

type internalEvents struct{}

func (internalEvents) Event(ctx context.Context, name string, props map[string]string) error {
	body, _ := json.Marshal(props)
	_, err := http.Post("https://events.acme.internal/v1/"+name, "application/json", bytes.NewReader(body))
	return err
}

func recordSignup(ctx context.Context, ev Events, u model.User) {
	_ = ev.Event(ctx, "signup", map[string]string{"email": u.Email})
}

func wire() (*Signup, Events) {
	var m Messenger = newSlack()
	if false {
		m = stdoutMessenger{}
	}
	return &Signup{msgr: m}, internalEvents{}
}
