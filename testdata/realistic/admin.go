package inkwell

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/mail"
	"net/netip"
	"strconv"
	"strings"

	"example.com/inkwell/anon"
	"example.com/inkwell/campaign"
	"example.com/inkwell/mailer"
)

// The admin API is for the instance operator. It authenticates with the
// admin token of the configuration.

// audit records an operator's action in the log, with key/value details.
func (app *App) audit(action string, kv ...any) {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		fmt.Fprintf(&b, " %v=%v", kv[i], kv[i+1])
	}
	app.log.Named("audit").Infof("%s%s", action, b.String())
}

func (app *App) pathBlog(r *http.Request) (*Blog, error) {
	blog, err := app.db.GetBlogByAlias(r.Context(), r.PathValue("alias"))
	if errors.Is(err, ErrNotFound) {
		return nil, notFoundError("Blog")
	}
	return blog, err
}

type adminSubscriber struct {
	ID           int64  `json:"id"`
	Email        string `json:"email"`
	Name         string `json:"name"`
	Confirmed    bool   `json:"confirmed"`
	Unsubscribed bool   `json:"unsubscribed"`
	Blocklisted  bool   `json:"blocklisted"`
}

func handleAdminSubscribers(app *App, w http.ResponseWriter, r *http.Request) error {
	blog, err := app.pathBlog(r)
	if err != nil {
		return err
	}
	subs, err := app.db.GetBlogSubscribers(r.Context(), blog.ID)
	if err != nil {
		return fmt.Errorf("listing subscribers of %s: %w", blog.Alias, err)
	}
	out := make([]adminSubscriber, 0, len(subs))
	for _, s := range subs {
		out = append(out, adminSubscriber{
			ID: s.ID, Email: s.Email, Name: s.Name,
			Confirmed: s.ConfirmedAt.Valid, Unsubscribed: s.Unsubscribed, Blocklisted: s.Blocklisted,
		})
	}
	return writeJSON(w, http.StatusOK, out)
}

type testSendRequest struct {
	PostID int64    `json:"post_id"`
	Emails []string `json:"emails"`
}

// handleAdminTestSend mails a post, as the newsletter would, to a few
// subscribers, so that the operator can check how it renders for them.
func handleAdminTestSend(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	blog, err := app.pathBlog(r)
	if err != nil {
		return err
	}
	var req testSendRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	p, err := app.db.GetPostByID(ctx, req.PostID)
	if err != nil || p.BlogID != blog.ID {
		return notFoundError("Post")
	}
	c := app.postCampaign(blog, p)
	c.Subject = "[Test] " + c.Subject
	sent := 0
	for _, addr := range req.Emails {
		sub, err := app.db.GetSubscriberByEmail(ctx, blog.ID, addr)
		if errors.Is(err, ErrNotFound) {
			return badRequest(addr + " is not a subscriber of " + blog.Alias + ".")
		}
		if err != nil {
			return err
		}
		if err := campaign.SendOne(ctx, app.mail, c, sub.recipient(), app.unsubscribeURL(sub)); err != nil { // policylint: expect emailconsent
			return fmt.Errorf("test send to subscriber %d: %w", sub.ID, err)
		}
		sent++
	}
	return writeJSON(w, http.StatusOK, map[string]int{"sent": sent})
}

// handleAdminResend mails a post again to one subscriber whose copy
// bounced or got lost.
func handleAdminResend(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	blog, err := app.pathBlog(r)
	if err != nil {
		return err
	}
	var req struct {
		PostID int64  `json:"post_id"`
		Email  string `json:"email"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	sub, err := app.db.GetSubscriberByEmail(ctx, blog.ID, req.Email)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Subscriber")
	}
	if err != nil {
		return err
	}
	if !sub.Mailable() {
		return httpError{Status: http.StatusConflict, Message: "This subscriber does not receive the newsletter."}
	}
	p, err := app.db.GetPostByID(ctx, req.PostID)
	if err != nil || p.BlogID != blog.ID {
		return notFoundError("Post")
	}
	if err := app.MailPost(ctx, sub, blog, p); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]string{"status": "sent"})
}

// handleAdminImport imports subscribers from another platform's CSV
// export (email,name,status), and optionally welcomes them.
func handleAdminImport(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	blog, err := app.pathBlog(r)
	if err != nil {
		return err
	}
	if err := r.ParseMultipartForm(16 << 20); err != nil {
		return badRequest("Upload the CSV as multipart/form-data (16 MB at most).")
	}
	file, hdr, err := r.FormFile("csv")
	if err != nil {
		return badRequest("No csv file in the upload.")
	}
	defer file.Close()
	welcome := r.FormValue("welcome") == "on"
	app.log.Infof("importing %s (%d bytes) into %s, welcome=%t", hdr.Filename, hdr.Size, blog.Alias, welcome)

	cr := csv.NewReader(file)
	cr.FieldsPerRecord = -1
	imported, skipped := 0, 0
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return badRequest(fmt.Sprintf("%s: %v", hdr.Filename, err))
		}
		if line == 1 && strings.EqualFold(rec[0], "email") {
			continue
		}
		addr, err := mail.ParseAddress(strings.TrimSpace(rec[0]))
		if err != nil {
			skipped++
			continue
		}
		name, status := "", "subscribed"
		if len(rec) > 1 {
			name = strings.TrimSpace(rec[1])
		}
		if len(rec) > 2 {
			status = strings.ToLower(strings.TrimSpace(rec[2]))
		}
		unsubscribed := status == "unsubscribed" || status == "inactive"
		sub, err := app.db.AddImportedSubscriber(ctx, blog.ID, newUUID(), strings.ToLower(addr.Address), name, unsubscribed)
		if errors.Is(err, errAlreadySubscribed) {
			skipped++
			continue
		}
		if err != nil {
			return fmt.Errorf("%s line %d: %w", hdr.Filename, line, err)
		}
		imported++
		if welcome {
			msg := &mailer.Message{
				From:    app.cfg.Email.From,
				To:      []string{sub.Email},
				Subject: "Welcome to " + blog.Title,
				Text:    fmt.Sprintf("%s has moved to Inkwell. New posts will arrive here.\n\nUnsubscribe: %s", blog.Title, app.unsubscribeURL(sub)),
			}
			if err := app.mail.Send(ctx, msg); err != nil { // policylint: expect emailconsent
				app.log.Warnf("welcome to imported subscriber %d: %v", sub.ID, err)
			}
		}
	}
	return writeJSON(w, http.StatusOK, map[string]int{"imported": imported, "skipped": skipped})
}

func pathUser(app *App, r *http.Request) (*User, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return nil, notFoundError("User")
	}
	u, err := app.db.GetUserByID(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		return nil, notFoundError("User")
	}
	return u, err
}

func handleAdminSuspend(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	u, err := pathUser(app, r)
	if err != nil {
		return err
	}
	var req struct {
		Reason string `json:"reason"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if err := app.db.SuspendUser(ctx, u.ID); err != nil {
		return err
	}
	app.audit("user suspended", "user", u.ID, "reason", req.Reason)
	body := fmt.Sprintf("Your Inkwell account %s was suspended.\n\nReason: %s\n\nReply to this message to appeal.", u.Username, req.Reason)
	if err := mailer.SendAccountNotice(ctx, app.mail, app.cfg.Email.From, u.Email, "Your account was suspended", body); err != nil {
		app.log.Warnf("suspension notice to user %d: %v", u.ID, err)
	}
	return writeJSON(w, http.StatusOK, map[string]string{"status": "suspended"})
}

func handleAdminRefund(app *App, w http.ResponseWriter, r *http.Request) error {
	u, err := pathUser(app, r)
	if err != nil {
		return err
	}
	var req struct {
		ChargeID string `json:"charge_id"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if app.payments == nil {
		return httpError{Status: http.StatusNotImplemented, Message: "Payments are not configured."}
	}
	if err := app.payments.Refund(r.Context(), req.ChargeID, u.Email); err != nil {
		return fmt.Errorf("refunding %s for user %d: %w", req.ChargeID, u.ID, err)
	}
	app.log.Infof("charge %s of user %d refunded", req.ChargeID, u.ID)
	return writeJSON(w, http.StatusOK, map[string]string{"status": "refunded"})
}

// handleAdminBlock blocks comments from a network.
func handleAdminBlock(app *App, w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Network string `json:"network"`
		Reason  string `json:"reason"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	pfx, err := netip.ParsePrefix(req.Network)
	if err != nil {
		return badRequest("network must be in CIDR notation, e.g. 203.0.113.0/24")
	}
	if pfx.Bits() < 8 {
		return badRequest("That network is too large to block.")
	}
	pfx = pfx.Masked()
	if err := app.db.BlockNetwork(r.Context(), pfx, req.Reason); err != nil {
		return err
	}
	app.audit("network blocked", "network", pfx, "reason", req.Reason)
	return writeJSON(w, http.StatusCreated, map[string]string{"blocked": pfx.String()})
}

// handleAdminModerate approves a comment held as spam, or deletes one.
func handleAdminModerate(app *App, w http.ResponseWriter, r *http.Request) error {
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
	switch action := r.PathValue("action"); action {
	case "approve":
		if err := app.db.SetCommentStatus(ctx, c.ID, statusPublished); err != nil {
			return err
		}
		app.audit("comment approved", "comment", c.ID, "author", c.AuthorName, "ip", c.IP) // policylint: expect piilog
	case "delete":
		if err := app.db.DeleteComment(ctx, c.ID); err != nil {
			return err
		}
		app.audit("comment deleted", "comment", c.ID, "network", anon.IP(c.IP))
	default:
		return badRequest("Unknown action " + action + ".")
	}
	return writeJSON(w, http.StatusOK, map[string]string{"status": "done"})
}

func handleAdminCampaign(app *App, w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return notFoundError("Campaign")
	}
	sent, failed, ok := app.campaigns.Progress(id)
	if !ok {
		return notFoundError("Running campaign")
	}
	return writeJSON(w, http.StatusOK, map[string]int64{"sent": sent, "failed": failed})
}
