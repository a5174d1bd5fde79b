package inkwell

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"example.com/inkwell/activitypub"
	"example.com/inkwell/errtrack"
	"example.com/inkwell/mailer"
)

// Job names.
const (
	jobFederatePost = "post.federate"
	jobMailPost     = "post.mail"
	jobWeeklyDigest = "digest.weekly"
	jobPurgeViews   = "views.purge"
)

func (app *App) registerJobs() {
	app.jobs.Register(jobFederatePost, app.federatePostJob)
	app.jobs.Register(jobMailPost, app.mailPostJob)
	app.jobs.Register(jobWeeklyDigest, app.weeklyDigestJob)
	app.jobs.Register(jobPurgeViews, func(ctx context.Context, _ json.RawMessage) error {
		n, err := app.db.PurgeViews(ctx, time.Now().AddDate(0, 0, -30))
		if err == nil {
			app.log.Infof("purged %d daily view counts", n)
		}
		return err
	})
}

func (app *App) loadPostJob(ctx context.Context, payload json.RawMessage) (*Blog, *Post, error) {
	var pj postJob
	if err := json.Unmarshal(payload, &pj); err != nil {
		return nil, nil, fmt.Errorf("bad payload: %w", err)
	}
	p, err := app.db.GetPostByID(ctx, pj.PostID)
	if err != nil {
		return nil, nil, fmt.Errorf("post %d: %w", pj.PostID, err)
	}
	b, err := app.db.GetBlogByID(ctx, p.BlogID)
	if err != nil {
		return nil, nil, fmt.Errorf("blog of post %d: %w", p.ID, err)
	}
	return b, p, nil
}

// federatePostJob delivers a new post to the inboxes of the blog's
// followers.
func (app *App) federatePostJob(ctx context.Context, payload json.RawMessage) error {
	b, p, err := app.loadPostJob(ctx, payload)
	if err != nil {
		return err
	}
	signer, err := app.blogSigner(b)
	if err != nil {
		return err
	}
	inboxes, err := app.db.GetFollowerInboxes(ctx, b.ID)
	if err != nil {
		return err
	}
	actorID := app.blogActorID(b)
	note := &activitypub.Note{
		ID:           actorID + "/posts/" + p.Slug,
		Type:         "Article",
		AttributedTo: actorID,
		Name:         p.Title,
		Content:      renderMarkdown(p.Body),
		URL:          app.postURL(b, p),
		Published:    p.Published,
		To:           []string{activitypub.PublicAddress},
		CC:           []string{actorID + "/followers"},
	}
	create := activitypub.NewCreate(note)
	var failed []string
	for _, inbox := range inboxes {
		err := app.fed.Deliver(ctx, signer, inbox, create)
		switch {
		case errors.Is(err, activitypub.ErrGone):
			if err := app.db.RemoveInbox(ctx, inbox); err != nil {
				app.log.Warnf("removing gone inbox %s: %v", inbox, err)
			}
		case err != nil:
			failed = append(failed, inbox)
		}
	}
	if len(failed) > 0 {
		err := fmt.Errorf("post %d: %d of %d deliveries failed (%s)", p.ID, len(failed), len(inboxes), strings.Join(failed, ", "))
		owner := errtrack.User{ID: strconv.FormatInt(b.OwnerID, 10)}
		app.errs.CaptureError(ctx, err, errtrack.Request{Method: "JOB", URL: jobFederatePost}, owner)
		return err
	}
	return nil
}

// mailPostJob sends a post as a newsletter campaign.
func (app *App) mailPostJob(ctx context.Context, payload json.RawMessage) error {
	b, p, err := app.loadPostJob(ctx, payload)
	if err != nil {
		return err
	}
	c := app.postCampaign(b, p)
	if err := app.db.CreateCampaign(ctx, c, p.ID); err != nil {
		return err
	}
	n, err := app.campaigns.Start(ctx, c)
	if err != nil {
		return err
	}
	app.log.Infof("post %d queued for %d subscribers of %s", p.ID, n, b.Alias)
	return nil
}

// weeklyDigestJob mails each digest blog's posts of the week to its
// subscribers.
func (app *App) weeklyDigestJob(ctx context.Context, _ json.RawMessage) error {
	blogs, err := app.db.GetDigestBlogs(ctx)
	if err != nil {
		return err
	}
	since := time.Now().AddDate(0, 0, -7)
	for _, b := range blogs {
		posts, err := app.db.GetPostsSince(ctx, b.ID, since)
		if err != nil {
			return err
		}
		if len(posts) == 0 {
			continue
		}
		subs, err := app.db.GetBlogSubscribers(ctx, b.ID)
		if err != nil {
			return err
		}
		text := app.digestText(b, posts)
		sent := 0
		for _, s := range subs {
			if !s.ConfirmedAt.Valid {
				continue // never confirmed: not a subscriber yet
			}
			msg := &mailer.Message{
				From:    app.cfg.Email.From,
				To:      []string{s.Email},
				Subject: fmt.Sprintf("This week on %s", b.Title),
				Text:    text + "\n\nUnsubscribe: " + app.unsubscribeURL(s),
			}
			if err := app.mail.Send(ctx, msg); err != nil { // policylint: expect emailconsent
				app.log.Warnf("digest of %s to subscriber %d: %v", b.Alias, s.ID, err)
				continue
			}
			sent++
		}
		app.log.Infof("digest of %s sent to %d subscribers", b.Alias, sent)
	}
	return nil
}

func (app *App) digestText(b *Blog, posts []*Post) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "New on %s this week:\n\n", b.Title)
	for _, p := range posts {
		fmt.Fprintf(&sb, "* %s\n  %s\n", p.Title, app.postURL(b, p))
	}
	return sb.String()
}
