package inkwell

import (
	"errors"
	"fmt"
	"net/http"
	"net/mail"
	"strconv"
	"strings"

	"example.com/inkwell/activitypub"
	"example.com/inkwell/avatar"
	"example.com/inkwell/notify"
)

const (
	statusPublished = "published"
	statusSpam      = "spam"
)

func handleComment(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	alias, slug := r.PathValue("alias"), r.PathValue("slug")
	blog, err := app.db.GetBlogByAlias(ctx, alias)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Blog")
	}
	if err != nil {
		return err
	}
	p, err := app.db.GetPost(ctx, blog.ID, slug)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Post")
	}
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return badRequest("Malformed form.")
	}
	name := strings.TrimSpace(r.PostFormValue("name"))
	text := strings.TrimSpace(r.PostFormValue("text"))
	addr, err := mail.ParseAddress(r.PostFormValue("email"))
	if err != nil || name == "" || text == "" {
		return badRequest("Name, e-mail address and comment are required.")
	}
	ip := clientAddr(r)
	if blocked, err := app.db.IsBlocked(ctx, ip); err != nil {
		return err
	} else if blocked {
		app.slog.Warn("comment from a blocked network", "blog", alias, "post", slug, "ip", ip) // policylint: expect piilog
		return httpError{Status: http.StatusForbidden, Message: "Comments from your network are blocked."}
	}

	c := &Comment{PostID: p.ID, AuthorName: name, AuthorEmail: addr.Address, Body: text, IP: ip.String(), Status: statusPublished}
	if app.spam != nil {
		spam, err := app.spam.Check(ctx, spamCheck{
			UserIP:      ip.String(),
			UserAgent:   r.UserAgent(),
			Referrer:    r.Referer(),
			Permalink:   app.postURL(blog, p),
			Author:      name,
			AuthorEmail: addr.Address,
			Content:     text,
		})
		if err != nil {
			app.log.Warnf("spam check on %s: %v", r.URL.Path, err)
		} else if spam {
			c.Status = statusSpam
		}
	}
	if err := app.db.CreateComment(ctx, c); err != nil {
		return err
	}
	if c.Status == statusSpam {
		app.log.Infof("comment %d on %s/%s held as spam", c.ID, alias, slug)
		return writeJSON(w, http.StatusAccepted, map[string]string{"status": "held for moderation"})
	}

	owner, err := app.db.GetUserByID(ctx, blog.OwnerID)
	if err != nil {
		return err
	}
	ev := notify.Event{
		Kind:        notify.KindComment,
		BlogAlias:   blog.Alias,
		BlogTitle:   blog.Title,
		PostURL:     app.postURL(blog, p),
		Owner:       notify.Owner{Username: owner.Username, Email: owner.Email, CommentEmailsEnabled: owner.CommentEmails},
		Author:      name,
		AuthorEmail: addr.Address,
		AuthorIP:    ip.String(),
		Text:        text,
	}
	if err := app.notifier.Notify(ctx, ev); err != nil { // policylint: expect piilog, piiegress
		app.log.Warnf("notifying about comment %d: %v", c.ID, err)
	}
	return writeJSON(w, http.StatusCreated, map[string]any{"id": c.ID})
}

// handleReport takes a reader's report about a comment. Reports about a
// reply from another server are forwarded to that server's moderators.
func handleReport(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return notFoundError("Comment")
	}
	c, err := app.db.GetComment(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Comment")
	}
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return badRequest("Malformed form.")
	}
	reporter, err := mail.ParseAddress(r.PostFormValue("email"))
	if err != nil {
		return badRequest("Give an e-mail address so that we can follow up.")
	}
	reason := strings.TrimSpace(r.PostFormValue("reason"))
	ip := clientAddr(r)
	rep := &Report{CommentID: c.ID, ReporterName: reporter.Name, ReporterEmail: reporter.Address, Reason: reason, IP: ip.String()}
	if err := app.db.CreateReport(ctx, rep); err != nil {
		return err
	}
	p, err := app.db.GetPostByID(ctx, c.PostID)
	if err != nil {
		return err
	}
	blog, err := app.db.GetBlogByID(ctx, p.BlogID)
	if err != nil {
		return err
	}
	ev := notify.Event{
		Kind:        notify.KindReport,
		BlogAlias:   blog.Alias,
		BlogTitle:   blog.Title,
		PostURL:     app.postURL(blog, p) + "#comment-" + strconv.FormatInt(c.ID, 10),
		Author:      reporter.Name,
		AuthorEmail: reporter.Address,
		AuthorIP:    ip.String(),
		Text:        reason,
	}
	if err := app.notifier.Notify(ctx, ev); err != nil { // policylint: expect piilog, piiegress
		app.log.Warnf("notifying about report %d: %v", rep.ID, err)
	}

	if c.RemoteInbox != "" && app.cfg.Federation.Enabled {
		content := fmt.Sprintf("%s\n\nReported by %s", reason, reporter.Address)
		flag := activitypub.NewFlag(app.instanceActorID(), app.instanceActorID()+"#reports/"+strconv.FormatInt(rep.ID, 10),
			[]string{c.RemoteActor, c.RemoteID}, content)
		if err := app.fed.Deliver(ctx, app.signer, c.RemoteInbox, flag); err != nil { // policylint: expect piiegress
			app.log.Warnf("forwarding report %d to %s: %v", rep.ID, c.RemoteInbox, err)
		}
	}
	return writeJSON(w, http.StatusAccepted, map[string]string{"status": "thank you"})
}

// handleCommentAvatar serves a commenter's avatar through the instance,
// so that readers' browsers never contact the avatar service.
func handleCommentAvatar(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return notFoundError("Comment")
	}
	c, err := app.db.GetComment(ctx, id)
	if errors.Is(err, ErrNotFound) || (err == nil && c.AuthorEmail == "") {
		return notFoundError("Avatar")
	}
	if err != nil {
		return err
	}
	p, err := app.db.GetPostByID(ctx, c.PostID)
	if err != nil {
		return err
	}
	blog, err := app.db.GetBlogByID(ctx, p.BlogID)
	if err != nil {
		return err
	}
	var img []byte
	switch blog.AvatarService {
	case "libravatar":
		img, err = app.avatars.Libravatar(ctx, c.AuthorEmail) // policylint: expect piiegress
	default:
		img, err = app.avatars.Gravatar(ctx, c.AuthorEmail)
	}
	if errors.Is(err, avatar.ErrNoAvatar) {
		http.Redirect(w, r, "/static/img/avatar.svg", http.StatusFound)
		return nil
	}
	if err != nil {
		return fmt.Errorf("avatar for %s: %w", r.URL.Path, err)
	}
	w.Header().Set("Content-Type", http.DetectContentType(img))
	w.Header().Set("Cache-Control", "public, max-age=86400")
	_, err = w.Write(img)
	return err
}
