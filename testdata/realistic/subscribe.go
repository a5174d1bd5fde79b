package inkwell

import (
	"context"
	"errors"
	"net/http"
	"net/mail"
	"strings"
	"time"

	"example.com/inkwell/campaign"
	"example.com/inkwell/mailer"
)

// consentFormVersion identifies the wording of the subscription form that
// readers agree to; it is stored with each consent.
const consentFormVersion = "2025-06"

// subscriberPayload is what the blog owner's webhooks receive about a
// subscriber.
type subscriberPayload struct {
	Blog   string    `json:"blog"`
	Email  string    `json:"email"`
	Name   string    `json:"name,omitempty"`
	Source string    `json:"source,omitempty"`
	At     time.Time `json:"at"`
}

func handleSubscribe(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	alias := r.PathValue("alias")
	blog, err := app.db.GetBlogByAlias(ctx, alias)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Blog")
	}
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return badRequest("Malformed form.")
	}
	addr, err := mail.ParseAddress(r.PostFormValue("email"))
	if err != nil {
		return badRequest("This does not look like an e-mail address.")
	}
	source := r.PostFormValue("source") // "form", "embed", "post-footer"
	app.log.Infof("subscription to %s from %q form", alias, source)

	sub := &Subscriber{UUID: newUUID(), BlogID: blog.ID, Email: strings.ToLower(addr.Address), Name: addr.Name}
	consent := Consent{
		IP:          clientAddr(r).String(),
		UserAgent:   r.UserAgent(),
		FormVersion: consentFormVersion,
		At:          time.Now().UTC(),
	}
	token := randomToken(20)
	if err := app.db.AddSubscriber(ctx, sub, consent, token); err != nil {
		return err
	}
	link := app.cfg.Server.Host + "/" + alias + "/subscribe/confirm/" + token
	if err := mailer.SendSubscriptionConfirmation(ctx, app.mail, app.cfg.Email.From, sub.Email, blog.Title, link); err != nil {
		return err
	}
	return writeJSON(w, http.StatusAccepted, map[string]string{"status": "check your inbox"})
}

func handleConfirmSubscription(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	sub, err := app.db.ConfirmSubscriber(ctx, r.PathValue("token"))
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Confirmation link")
	}
	if err != nil {
		return err
	}
	blog, err := app.db.GetBlogByID(ctx, sub.BlogID)
	if err != nil {
		return err
	}
	app.log.Infof("subscriber %d confirmed for %s", sub.ID, blog.Alias)
	app.events.Event(ctx, "subscriber_confirmed", map[string]any{"blog": blog.Alias})

	hooks, err := app.db.GetHooks(ctx, blog.ID)
	if err != nil {
		app.log.Warnf("webhooks of %s: %v", blog.Alias, err)
	}
	payload := subscriberPayload{Blog: blog.Alias, Email: sub.Email, Name: sub.Name, At: time.Now().UTC()}
	for _, h := range hooks {
		if err := app.hooks.Deliver(ctx, h, "subscriber.confirmed", payload); err != nil {
			app.log.Warnf("webhook %d of %s: %v", h.ID, blog.Alias, err)
		}
	}

	// Welcome the new reader with the latest post.
	if latest, err := app.db.GetLatestPost(ctx, blog.ID); err == nil && sub.Mailable() {
		if err := app.MailPost(ctx, sub, blog, latest); err != nil {
			app.log.Warnf("welcome post to subscriber %d: %v", sub.ID, err)
		}
	}
	http.Redirect(w, r, app.cfg.Server.Host+"/"+blog.Alias+"?subscribed=1", http.StatusSeeOther)
	return nil
}

func handleUnsubscribe(app *App, w http.ResponseWriter, r *http.Request) error {
	uuid := r.PathValue("uuid")
	err := app.db.Unsubscribe(r.Context(), uuid)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Subscription")
	}
	if err != nil {
		return err
	}
	app.log.Infof("unsubscribed %s (%s)", uuid, r.Method)
	if r.Method == http.MethodPost {
		// RFC 8058 one-click unsubscribe: the mailbox provider posts.
		w.WriteHeader(http.StatusOK)
		return nil
	}
	_, err = w.Write([]byte("You are unsubscribed. Sorry to see you go."))
	return err
}

// MailPost mails one post to one subscriber, as the newsletter does. The
// caller decides whether the subscriber may receive it.
func (app *App) MailPost(ctx context.Context, sub *Subscriber, b *Blog, p *Post) error {
	c := app.postCampaign(b, p)
	return campaign.SendOne(ctx, app.mail, c, sub.recipient(), app.unsubscribeURL(sub))
}

func (app *App) postCampaign(b *Blog, p *Post) *campaign.Campaign {
	return &campaign.Campaign{
		BlogID:  b.ID,
		From:    b.Title + " <" + b.Alias + "@" + mailDomain(app.cfg.Email.From) + ">",
		Subject: p.Title,
		Text:    p.Body + "\n\nRead it on the web: " + app.postURL(b, p),
	}
}

func (app *App) unsubscribeURL(sub *Subscriber) string {
	return app.cfg.Server.Host + "/api/newsletter/unsubscribe/" + sub.UUID
}

func mailDomain(from string) string {
	if a, err := mail.ParseAddress(from); err == nil {
		from = a.Address
	}
	if _, domain, ok := strings.Cut(from, "@"); ok {
		return domain
	}
	return "localhost"
}
