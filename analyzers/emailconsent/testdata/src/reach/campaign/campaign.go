// Package campaign is a campaign manager in the style of listmonk's: a
// scanner queues subscribers, message workers read them from a channel
// and push each message through the campaign's Messenger (e-mail, or a
// postback to an HTTP endpoint).
package campaign

import (
	"database/sql"
	"net/smtp"
	"time"
)

// Subscriber is a list member.
type Subscriber struct {
	UUID    string
	Email   string
	Name    string
	Status  string // "enabled", "blocklisted"
	Attribs map[string]any
}

// Campaign is one mailing.
type Campaign struct {
	ID        int
	Name      string
	Subject   string
	FromEmail string
	Messenger string
	Body      []byte
}

// Message is what a Messenger delivers.
type Message struct {
	From    string
	To      []string
	Subject string
	Body    []byte
}

// Messenger is a delivery backend.
type Messenger interface {
	Name() string
	Push(m Message) error
}

// Emailer is the SMTP messenger.
type Emailer struct {
	addr string
	auth smtp.Auth
}

// Name implements Messenger.
func (e *Emailer) Name() string { return "email" }

// Push implements Messenger.
func (e *Emailer) Push(m Message) error { // want Push:`sends mail to param 1 without consent check \(chain smtp.SendMail\)`
	return smtp.SendMail(e.addr, e.auth, m.From, m.To, m.Body)
}

// Postback is the webhook messenger: it sends no e-mail.
type Postback struct{ url string }

// Name implements Messenger.
func (p *Postback) Name() string { return "postback" }

// Push implements Messenger.
func (p *Postback) Push(m Message) error { return nil }

// DataSource hands out the subscribers of a campaign, a batch at a time.
type DataSource interface {
	NextSubscribers(campID, limit int) ([]Subscriber, error)
}

// campaignMessage is one subscriber's copy of a campaign.
type campaignMessage struct {
	camp    *Campaign
	sub     Subscriber
	to      string
	subject string
	body    []byte
}

// Manager runs campaigns.
type Manager struct {
	src        DataSource
	messengers map[string]Messenger
	msgQueue   chan campaignMessage
	concurrent int
}

func (m *Manager) newCampaignMessage(c *Campaign, s Subscriber) campaignMessage {
	return campaignMessage{camp: c, sub: s, to: s.Email, subject: c.Subject, body: c.Body}
}

// Run starts the workers and queues the campaign's subscribers.
func (m *Manager) Run(c *Campaign) {
	for i := 0; i < m.concurrent; i++ {
		go m.messageWorker()
	}
	for m.nextSubscribers(c, 1000) {
	}
}

// nextSubscribers queues a batch. It forgets that a blocklisted
// subscriber must not be mailed.
func (m *Manager) nextSubscribers(c *Campaign, limit int) bool {
	subs, err := m.src.NextSubscribers(c.ID, limit)
	if err != nil || len(subs) == 0 {
		return false
	}
	for _, s := range subs {
		m.msgQueue <- m.newCampaignMessage(c, s)
	}
	return true
}

// messageWorker pushes queued messages out; whether the recipient may be
// mailed was for the producer to decide.
func (m *Manager) messageWorker() {
	for msg := range m.msgQueue {
		out := Message{From: msg.camp.FromEmail, To: []string{msg.to}, Subject: msg.subject, Body: msg.body}
		if err := m.messengers[msg.camp.Messenger].Push(out); err != nil { // want "marketing e-mail to `msg.to` sent by campaign.Messenger.Push via smtp.SendMail without a consent check"
			time.Sleep(time.Second)
		}
	}
}

// GuardedManager is the same manager whose producer skips blocklisted
// subscribers: its worker is fed by a guarded path.
type GuardedManager struct {
	src        DataSource
	messengers map[string]Messenger
	queue      chan campaignMessage
}

// Run starts one worker and queues the subscribers.
func (m *GuardedManager) Run(c *Campaign) {
	go m.worker()
	subs, _ := m.src.NextSubscribers(c.ID, 1000)
	for _, s := range subs {
		if s.Status == "blocklisted" || s.Status == "unsubscribed" {
			continue
		}
		m.queue <- campaignMessage{camp: c, sub: s, to: s.Email, subject: c.Subject}
	}
	close(m.queue)
}

func (m *GuardedManager) worker() {
	for {
		select {
		case msg, ok := <-m.queue:
			if !ok {
				return
			}
			_ = m.messengers[msg.camp.Messenger].Push(Message{From: msg.camp.FromEmail, To: []string{msg.to}, Subject: msg.subject})
		case <-time.After(time.Minute):
			return
		}
	}
}

// opsQueue carries alerts to the service's own mailbox.
type opsQueue struct {
	alerts chan Message
	mail   Messenger
}

func (q *opsQueue) alert(subject string) {
	q.alerts <- Message{From: "noreply@example.com", To: []string{"ops@example.com"}, Subject: subject}
}

func (q *opsQueue) drain() {
	for m := range q.alerts {
		_ = q.mail.Push(m)
	}
}

// start runs the ops queue.
func (q *opsQueue) start() {
	go q.drain()
	q.alert("campaign manager started")
}

// workerPool fans a local channel out to workers: the channel is a
// parameter of the worker, made and fed by the caller.
func workerPool(e *Emailer, subs []Subscriber) {
	jobs := make(chan Subscriber)
	for i := 0; i < 4; i++ {
		go sendWorker(e, jobs)
	}
	for _, s := range subs {
		if s.Status == "unsubscribed" {
			continue
		}
		jobs <- s
	}
	close(jobs)
}

func sendWorker(e *Emailer, jobs <-chan Subscriber) {
	for s := range jobs {
		_ = e.Push(Message{From: "news@example.com", To: []string{s.Email}, Subject: "News"})
	}
}

// unguardedPool is the same pool whose producer checks nothing.
func unguardedPool(e *Emailer, src DataSource, campID int) {
	subs, _ := src.NextSubscribers(campID, 1000)
	jobs := make(chan Subscriber, 16)
	go func() {
		for s := range jobs {
			_ = e.Push(Message{From: "news@example.com", To: []string{s.Email}, Subject: "News"}) // want "marketing e-mail to `s.Email` sent by campaign.Emailer.Push via smtp.SendMail without a consent check"
		}
	}()
	for _, s := range subs {
		jobs <- s
	}
	close(jobs)
}

// SQLSource reads the subscribers of a campaign with a query that leaves
// out blocklisted and unsubscribed ones; the manifest lists Subscribers
// as consented.
type SQLSource struct{ db *sql.DB }

// Subscribers returns the campaign's subscribers who may be mailed.
func (s *SQLSource) Subscribers(campID int) ([]Subscriber, error) {
	rows, err := s.db.Query(`SELECT uuid, email, name FROM subscribers s
		JOIN subscriber_lists sl ON sl.subscriber_id = s.id
		WHERE sl.list_id = $1 AND s.status != 'blocklisted' AND sl.status != 'unsubscribed'`, campID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Subscriber
	for rows.Next() {
		var s Subscriber
		if err := rows.Scan(&s.UUID, &s.Email, &s.Name); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SQLManager feeds its worker from the consented query.
type SQLManager struct {
	src   *SQLSource
	mail  Messenger
	queue chan campaignMessage
}

func (m *SQLManager) message(c *Campaign, s Subscriber) campaignMessage {
	return campaignMessage{camp: c, sub: s, to: s.Email, subject: c.Subject}
}

// Run queues the consented subscribers for the worker.
func (m *SQLManager) Run(c *Campaign) error {
	go m.worker()
	subs, err := m.src.Subscribers(c.ID)
	if err != nil {
		return err
	}
	for _, s := range subs {
		m.queue <- m.message(c, s)
	}
	return nil
}

func (m *SQLManager) worker() {
	for msg := range m.queue {
		_ = m.mail.Push(Message{From: msg.camp.FromEmail, To: []string{msg.to}, Subject: msg.subject})
	}
}
