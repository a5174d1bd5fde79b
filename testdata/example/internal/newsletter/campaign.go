package newsletter

import (
	"context"
	"sync"

	"example.com/shop/internal/mailer"
)

// Campaigns: one-off mailings that an editor starts from the admin tool,
// and the notifications the shop sends when an item is back in stock.

// SendCampaign mails a campaign to the shoppers it is given. The admin
// tool's API is meant to call it; nothing in the shop does, and it
// checks nothing itself, so it is where the mail goes out unchecked.
func (j *Job) SendCampaign(subs []Subscriber, subject, body string) error {
	for _, s := range subs {
		if err := j.mail.Send(mailer.Message{To: s.Email, Subject: subject, Body: body}); err != nil { // policylint(standalone): expect emailconsent
			return err
		}
	}
	return nil
}

// SendCampaignToSubscribers is the variant that checks.
func (j *Job) SendCampaignToSubscribers(subs []Subscriber, subject, body string) error {
	for _, s := range subs {
		if !canMail(s) {
			continue
		}
		if err := j.mail.Send(mailer.Message{To: s.Email, Subject: subject, Body: body}); err != nil {
			return err
		}
	}
	return nil
}

// Blast queues a campaign for every shopper and lets a pool of senders
// mail it. The queue is fed without a consent check, so every send of
// the pool is unchecked.
func (j *Job) Blast(ctx context.Context, subject string) error {
	subs, err := j.shoppers(ctx)
	if err != nil {
		return err
	}
	queue := make(chan mailer.Message)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for msg := range queue {
				_ = j.mail.Send(msg) // policylint: expect emailconsent
			}
		}()
	}
	for _, s := range subs {
		queue <- mailer.Message{To: s.Email, Subject: subject}
	}
	close(queue)
	wg.Wait()
	return nil
}

// BlastSubscribers feeds the same kind of pool only with shoppers who
// asked for marketing mail: its senders need no check of their own.
func (j *Job) BlastSubscribers(ctx context.Context, subject string) error {
	subs, err := j.shoppers(ctx)
	if err != nil {
		return err
	}
	queue := make(chan mailer.Message)
	done := make(chan struct{})
	go func() {
		for msg := range queue {
			_ = j.mail.Send(msg)
		}
		close(done)
	}()
	for _, s := range subs {
		if canMail(s) {
			queue <- mailer.Message{To: s.Email, Subject: subject}
		}
	}
	close(queue)
	<-done
	return nil
}

// Notifier tells a shopper about something.
type Notifier interface {
	Notify(ctx context.Context, s Subscriber, subject string) error
}

// MailNotifier notifies by e-mail; whether the shopper wants it is for
// its callers to decide.
type MailNotifier struct{ Mail *mailer.Mailer }

// Notify implements Notifier.
func (n MailNotifier) Notify(ctx context.Context, s Subscriber, subject string) error {
	return n.Mail.Send(mailer.Message{To: s.Email, Subject: subject})
}

// BackInStock tells every shopper that an item is back, through a
// Notifier, without asking whether they want to hear it.
func (j *Job) BackInStock(ctx context.Context, n Notifier, item string) error {
	subs, err := j.shoppers(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		if err := n.Notify(ctx, s, item+" is back in stock"); err != nil { // policylint: expect emailconsent
			return err
		}
	}
	return nil
}

// BackInStockForSubscribers checks before each notification.
func (j *Job) BackInStockForSubscribers(ctx context.Context, n Notifier, item string) error {
	subs, err := j.shoppers(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		if !canMail(s) {
			continue
		}
		if err := n.Notify(ctx, s, item+" is back in stock"); err != nil {
			return err
		}
	}
	return nil
}
