// Package notify tells people about things that happened on a blog: the
// blog's owner about a new comment or a report, the instance operator's
// moderation channel about everything that needs a look.
package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"example.com/inkwell/log"
	"example.com/inkwell/mailer"
)

// Kinds of events.
const (
	KindComment   = "comment"
	KindReport    = "report"
	KindPublished = "published"
)

// Owner is the blog owner an event concerns.
type Owner struct {
	Username             string
	Email                string
	CommentEmailsEnabled bool
}

// Event is something that happened on a blog.
type Event struct {
	Kind      string
	BlogAlias string
	BlogTitle string
	PostURL   string
	Owner     Owner

	// For comments and reports: who wrote it, and from where, so that a
	// moderator can block a spammer.
	Author      string
	AuthorEmail string
	AuthorIP    string
	Text        string
}

// Notifier delivers events.
type Notifier interface {
	Notify(ctx context.Context, ev Event) error
}

// Multi notifies every notifier and joins their errors.
type Multi []Notifier

// Notify implements Notifier.
func (m Multi) Notify(ctx context.Context, ev Event) error {
	var errs []error
	for _, n := range m {
		if err := n.Notify(ctx, ev); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Email mails blog owners about comments on their posts, if they asked
// for it in their settings.
type Email struct {
	Mail mailer.Mailer
	From string
}

// Notify implements Notifier.
func (e *Email) Notify(ctx context.Context, ev Event) error {
	if ev.Kind != KindComment || ev.Owner.Email == "" {
		return nil
	}
	if !ev.Owner.CommentEmailsEnabled {
		return nil
	}
	return e.Mail.Send(ctx, &mailer.Message{
		From:    e.From,
		To:      []string{ev.Owner.Email},
		Subject: fmt.Sprintf("New comment on %s", ev.BlogTitle),
		Text:    fmt.Sprintf("%s wrote on %s:\n\n%s\n\nTurn these e-mails off in your blog's settings.", ev.Author, ev.PostURL, ev.Text),
	})
}

// Slack posts comments and reports to the operator's moderation channel
// through an incoming webhook.
type Slack struct {
	Token   string // T000/B000/XXXX
	Channel string
	HTTP    *http.Client
}

type slackMessage struct {
	Channel string `json:"channel,omitempty"`
	Text    string `json:"text"`
}

// Notify implements Notifier.
func (s *Slack) Notify(ctx context.Context, ev Event) error {
	var text string
	switch ev.Kind {
	case KindComment:
		text = fmt.Sprintf("New comment on <%s|%s> by %s <%s>:\n> %s", ev.PostURL, ev.BlogTitle, ev.Author, ev.AuthorEmail, ev.Text)
	case KindReport:
		text = fmt.Sprintf(":warning: Report about <%s|%s> from %s <%s>:\n> %s", ev.PostURL, ev.BlogTitle, ev.Author, ev.AuthorEmail, ev.Text)
	default:
		return nil
	}
	body, err := json.Marshal(slackMessage{Channel: s.Channel, Text: text})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://hooks.slack.com/services/"+s.Token, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	hc := s.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 5 * time.Second}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("notify: slack: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("notify: slack: %s", resp.Status)
	}
	return nil
}

// Log writes events to the instance log, for instances without Slack.
type Log struct {
	Log *log.Logger
}

// Notify implements Notifier.
func (l Log) Notify(_ context.Context, ev Event) error {
	switch ev.Kind {
	case KindComment, KindReport:
		l.Log.Infof("%s on %s by %q from %s", ev.Kind, ev.PostURL, ev.Author, ev.AuthorIP)
	default:
		l.Log.Infof("%s: %s", ev.Kind, ev.PostURL)
	}
	return nil
}
