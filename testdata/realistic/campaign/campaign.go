// Package campaign mails a blog's posts to its newsletter subscribers.
//
// A campaign is one post (or announcement) sent to every subscriber who
// confirmed their subscription and has not left since. Start pages through
// the recipients and pushes one message per recipient into a channel that
// a pool of workers drains, so that a slow SMTP server slows the campaign
// down rather than the request that started it.
package campaign

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"example.com/inkwell/mailer"
)

// Recipient is a subscriber as a campaign sees them.
type Recipient struct {
	ID    int64
	UUID  string
	Email string
	Name  string
}

// Campaign is one mailing.
type Campaign struct {
	ID      int64
	BlogID  int64
	From    string
	Subject string
	Text    string
	HTML    string
}

// Source is where recipients come from.
type Source interface {
	// NewsletterRecipients returns, in ID order after afterID, the
	// subscribers of the blog who confirmed and have not unsubscribed.
	NewsletterRecipients(ctx context.Context, blogID, afterID int64, limit int) ([]Recipient, error)
	// Subscribers returns every subscriber of the blog, whatever their
	// status, for exports and the admin API.
	Subscribers(ctx context.Context, blogID int64) ([]Recipient, error)
	// MarkSent records how many messages a campaign sent.
	MarkSent(ctx context.Context, campaignID int64, sent int) error
}

// Manager runs campaigns.
type Manager struct {
	src       Source
	mail      mailer.Mailer
	log       *slog.Logger
	msgQueue  chan message
	batchSize int
	workers   int
	unsubBase string

	mu      sync.Mutex
	running map[int64]*progress
}

type message struct {
	camp *Campaign
	rcpt Recipient
	prog *progress
}

type progress struct {
	sent, failed atomic.Int64
	queued       atomic.Int64
	started      time.Time
}

// Options tune a manager.
type Options struct {
	Workers        int
	BatchSize      int
	UnsubscribeURL string // base URL of the one-click unsubscribe endpoint
}

// New returns a manager that reads recipients from src and mails through m.
func New(src Source, m mailer.Mailer, log *slog.Logger, o Options) *Manager {
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	return &Manager{
		src:       src,
		mail:      m,
		log:       log.With("component", "campaign"),
		msgQueue:  make(chan message, o.BatchSize),
		batchSize: o.BatchSize,
		workers:   o.Workers,
		unsubBase: o.UnsubscribeURL,
		running:   make(map[int64]*progress),
	}
}

// Run starts the workers; they stop when ctx ends.
func (m *Manager) Run(ctx context.Context) {
	for range m.workers {
		go m.worker(ctx)
	}
}

func (m *Manager) worker(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case msg := <-m.msgQueue:
			err := SendOne(ctx, m.mail, msg.camp, msg.rcpt, m.unsubscribeURL(msg.rcpt))
			if err != nil {
				msg.prog.failed.Add(1)
				m.log.Warn("campaign message not sent", "campaign", msg.camp.ID, "subscriber", msg.rcpt.ID, "err", err)
				continue
			}
			msg.prog.sent.Add(1)
		}
	}
}

// Start queues c for every recipient of its blog and returns how many
// messages were queued. The messages go out in the background.
func (m *Manager) Start(ctx context.Context, c *Campaign) (int, error) {
	m.mu.Lock()
	if _, ok := m.running[c.ID]; ok {
		m.mu.Unlock()
		return 0, fmt.Errorf("campaign %d is already running", c.ID)
	}
	prog := &progress{started: time.Now()}
	m.running[c.ID] = prog
	m.mu.Unlock()

	var afterID int64
	queued := 0
	for {
		batch, err := m.src.NewsletterRecipients(ctx, c.BlogID, afterID, m.batchSize)
		if err != nil {
			return queued, fmt.Errorf("campaign %d: fetching recipients: %w", c.ID, err)
		}
		if len(batch) == 0 {
			break
		}
		for _, r := range batch {
			select {
			case m.msgQueue <- message{camp: c, rcpt: r, prog: prog}:
				queued++
				prog.queued.Add(1)
			case <-ctx.Done():
				return queued, ctx.Err()
			}
		}
		afterID = batch[len(batch)-1].ID
	}
	m.log.Info("campaign queued", "campaign", c.ID, "blog", c.BlogID, "messages", queued)
	go m.finish(context.WithoutCancel(ctx), c, prog)
	return queued, nil
}

// finish waits for the campaign's messages to drain and records the count.
func (m *Manager) finish(ctx context.Context, c *Campaign, prog *progress) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for range t.C {
		done := prog.sent.Load() + prog.failed.Load()
		if done < prog.queued.Load() {
			continue
		}
		if err := m.src.MarkSent(ctx, c.ID, int(prog.sent.Load())); err != nil {
			m.log.Error("recording campaign", "campaign", c.ID, "err", err)
		}
		m.log.Info("campaign done", "campaign", c.ID, "sent", prog.sent.Load(), "failed", prog.failed.Load(),
			"took", time.Since(prog.started).Round(time.Second))
		m.mu.Lock()
		delete(m.running, c.ID)
		m.mu.Unlock()
		return
	}
}

// Progress returns the sent and failed counts of a running campaign.
func (m *Manager) Progress(id int64) (sent, failed int64, ok bool) {
	m.mu.Lock()
	p, ok := m.running[id]
	m.mu.Unlock()
	if !ok {
		return 0, 0, false
	}
	return p.sent.Load(), p.failed.Load(), true
}

func (m *Manager) unsubscribeURL(r Recipient) string {
	return m.unsubBase + "/unsubscribe/" + r.UUID
}

// SendOne mails campaign c to one recipient, with the one-click
// unsubscribe headers that mailbox providers require of bulk mail.
func SendOne(ctx context.Context, ml mailer.Mailer, c *Campaign, r Recipient, unsubscribeURL string) error {
	if r.Email == "" {
		return errors.New("campaign: recipient has no address")
	}
	return ml.Send(ctx, &mailer.Message{
		From:    c.From,
		To:      []string{r.Email},
		Subject: c.Subject,
		Text:    c.Text + "\n\n--\nUnsubscribe: " + unsubscribeURL,
		HTML:    c.HTML,
		Headers: map[string]string{
			"List-Unsubscribe":      "<" + unsubscribeURL + ">",
			"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
			"X-Inkwell-Campaign":    fmt.Sprint(c.ID),
		},
	})
}

// Announce mails a one-off announcement (a new series, a discount on the
// paid tier) to every subscriber of a blog, right away, and returns how
// many were sent.
func (m *Manager) Announce(ctx context.Context, blogID int64, from, subject, text string) (int, error) {
	rcpts, err := m.src.Subscribers(ctx, blogID)
	if err != nil {
		return 0, fmt.Errorf("announcement for blog %d: %w", blogID, err)
	}
	sent := 0
	for _, r := range rcpts {
		msg := &mailer.Message{From: from, To: []string{r.Email}, Subject: subject, Text: text}
		if err := m.mail.Send(ctx, msg); err != nil { // policylint: expect emailconsent
			m.log.Warn("announcement not sent", "blog", blogID, "subscriber", r.ID, "err", err)
			continue
		}
		sent++
	}
	return sent, nil
}
