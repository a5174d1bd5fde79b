// Package jobs runs background mail jobs: handlers registered by name on
// a queue whose workers call them with payloads decoded from the broker.
package jobs

import (
	"context"
	"encoding/json"

	"reach/notify"
)

// Payload is what a mail job carries.
type Payload struct {
	UserID  string `json:"user_id"`
	Email   string `json:"email"`
	Name    string `json:"name"`
	OptedIn bool   `json:"opted_in"`
}

// Handler handles one job.
type Handler func(ctx context.Context, p Payload) error

// Queue dispatches jobs to the handlers registered for their type.
type Queue struct {
	handlers map[string]Handler
}

// Handle registers h for jobs of type name.
func (q *Queue) Handle(name string, h Handler) { q.handlers[name] = h }

// Dispatch decodes a job from the broker and runs its handler.
func (q *Queue) Dispatch(ctx context.Context, name string, raw []byte) error {
	var p Payload
	if err := json.Unmarshal(raw, &p); err != nil {
		return err
	}
	h, ok := q.handlers[name]
	if !ok {
		return nil
	}
	return h(ctx, p)
}

// Worker holds the mail jobs.
type Worker struct {
	m notify.Mailer
}

// Register installs the handlers: the queue calls them, never this
// package's own code.
func (w *Worker) Register(q *Queue) {
	q.Handle("promo", w.sendPromo)
	q.Handle("promo-checked", w.sendPromoChecked)
	q.Handle("receipt", w.sendReceipt)
	q.Handle("digest", w.digestJob)
	q.Handle("nudge", sendProfileNudge)
}

// sendPromo is a job handler; whoever enqueued the job, nothing here
// checks that the user wants promotions.
func (w *Worker) sendPromo(ctx context.Context, p Payload) error { // want sendPromo:`sends mail to param 2 without consent check`
	return w.m.Send(ctx, p.Email, "Spring sale: 30% off", "<p>...</p>") // want "marketing e-mail to `p.Email` sent by notify.Mailer.Send via gomail.Dialer.DialAndSend without a consent check"
}

// sendPromoChecked checks the payload's consent flag first.
func (w *Worker) sendPromoChecked(ctx context.Context, p Payload) error {
	if !p.OptedIn {
		return nil
	}
	return w.m.Send(ctx, p.Email, "Spring sale: 30% off", "<p>...</p>")
}

// sendReceipt is transactional.
func (w *Worker) sendReceipt(ctx context.Context, p Payload) error {
	return w.m.Send(ctx, p.Email, "Your receipt", "<p>...</p>")
}

// Deliver is exported, and this package calls it only after a check.
func (w *Worker) Deliver(ctx context.Context, p Payload, subject string) error { // want Deliver:`sends mail to param 2 without consent check`
	return w.m.Send(ctx, p.Email, subject, "<p>...</p>")
}

// digestJob checks, then goes through Deliver.
func (w *Worker) digestJob(ctx context.Context, p Payload) error {
	if !p.OptedIn {
		return nil
	}
	return w.Deliver(ctx, p, "Your digest")
}

// sendProfileNudge is a plain function registered as a handler. Nothing
// says whether its mail is marketing; it is not transactional either.
func sendProfileNudge(ctx context.Context, p Payload) error { // want sendProfileNudge:`sends mail to param 1 without consent check`
	m := notify.NewSMTPMailer("smtp.example.com", 587, "u", "p", "hello@example.com")
	return m.Send(ctx, p.Email, "Complete your profile", "<p>...</p>") // want "^e-mail to `p.Email` sent by notify.SMTPMailer.Send via gomail.Dialer.DialAndSend without a consent check"
}

// SendCampaign is an exported wrapper nothing here calls: a pending
// entry point, reported by the standalone command only when no analysed
// package calls it.
func (w *Worker) SendCampaign(ctx context.Context, ps []Payload, subject string) error { // want SendCampaign:`sends mail to param 2 without consent check`
	for _, p := range ps {
		if err := w.m.Send(ctx, p.Email, subject, "<p>...</p>"); err != nil {
			return err
		}
	}
	return nil
}

// forward is an unexported wrapper nothing calls: not an entry point
// (dead code, or called from tests), so nothing is reported.
func (w *Worker) forward(ctx context.Context, p Payload) error { // want forward:`sends mail to param 2 without consent check`
	return w.m.Send(ctx, p.Email, "Fwd", "<p>...</p>")
}

// Store holds the payloads of a batch.
type Store interface {
	Pending(ctx context.Context) ([]Payload, error)
}

// sendSpringSale mails one payload; it is passed as a callback to the
// batch helpers below, which are its only callers.
func (w *Worker) sendSpringSale(ctx context.Context, p Payload) error { // want sendSpringSale:`sends mail to param 2 without consent check`
	return w.m.Send(ctx, p.Email, "Spring sale", "<p>...</p>")
}

// forEachOptedIn runs fn for each payload whose user opted in.
func forEachOptedIn(ctx context.Context, ps []Payload, fn func(context.Context, Payload) error) {
	for _, p := range ps {
		if !p.OptedIn {
			continue
		}
		_ = fn(ctx, p)
	}
}

// forEachPayload runs fn for every payload.
func forEachPayload(ctx context.Context, ps []Payload, fn func(context.Context, Payload) error) { // want forEachPayload:`sends mail to param 1 without consent check \(chain jobs.Worker.sendSpringSale -> notify.Mailer.Send`
	for _, p := range ps {
		_ = fn(ctx, p)
	}
}

// SpringSaleToOptedIn goes through the helper that checks: its callback
// is called on guarded paths only.
func (w *Worker) SpringSaleToOptedIn(ctx context.Context, st Store) error {
	ps, err := st.Pending(ctx)
	if err != nil {
		return err
	}
	forEachOptedIn(ctx, ps, w.sendSpringSale)
	return nil
}

// SpringSaleToAll goes through the helper that checks nothing.
func (w *Worker) SpringSaleToAll(ctx context.Context, st Store) error { // want SpringSaleToAll:`sends mail to its own recipients without consent check, reported in its package`
	ps, err := st.Pending(ctx)
	if err != nil {
		return err
	}
	forEachPayload(ctx, ps, w.sendSpringSale) // want "^marketing e-mail to `ps` sent by jobs.forEachPayload via gomail.Dialer.DialAndSend without a consent check"
	return nil
}
