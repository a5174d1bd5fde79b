package inkwell

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"example.com/inkwell/activitypub"
)

func newBlogKeys() (priv []byte, pub string, err error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, "", err
	}
	priv = pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	pub, err = activitypub.PublicKeyPEM(key)
	return priv, pub, err
}

func (app *App) blogActor(b *Blog) *activitypub.Actor {
	id := app.blogActorID(b)
	return &activitypub.Actor{
		Context:           []any{activitypub.Namespace, "https://w3id.org/security/v1"},
		ID:                id,
		Type:              "Person",
		PreferredUsername: b.Alias,
		Name:              b.Title,
		Summary:           b.Description,
		URL:               app.cfg.Server.Host + "/" + b.Alias,
		Inbox:             id + "/inbox",
		Outbox:            id + "/outbox",
		Followers:         id + "/followers",
		PublicKey:         activitypub.PublicKey{ID: id + "#main-key", Owner: id, PublicKeyPEM: b.PublicKey},
		Endpoints:         &activitypub.Endpoints{SharedInbox: app.cfg.Server.Host + "/inbox"},
	}
}

func handleActor(app *App, w http.ResponseWriter, r *http.Request) error {
	blog, err := app.db.GetBlogByAlias(r.Context(), r.PathValue("alias"))
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Blog")
	}
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", activitypub.ContentType)
	return json.NewEncoder(w).Encode(app.blogActor(blog))
}

func handleWebFinger(app *App, w http.ResponseWriter, r *http.Request) error {
	resource := r.URL.Query().Get("resource")
	acct, ok := strings.CutPrefix(resource, "acct:")
	if !ok {
		return badRequest("resource must be an acct: URI")
	}
	alias, _, _ := strings.Cut(acct, "@")
	blog, err := app.db.GetBlogByAlias(r.Context(), strings.ToLower(alias))
	if errors.Is(err, ErrNotFound) {
		app.log.Debugf("webfinger: no blog %q", alias)
		return notFoundError("Account")
	}
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/jrd+json")
	return json.NewEncoder(w).Encode(map[string]any{
		"subject": resource,
		"links": []map[string]string{
			{"rel": "self", "type": "application/activity+json", "href": app.blogActorID(blog)},
			{"rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": app.cfg.Server.Host + "/" + blog.Alias},
		},
	})
}

// inboxRequest is an activity arriving in an inbox, for the log.
type inboxRequest struct {
	blog       string
	actor      string
	kind       string
	remoteAddr string
}

// Context implements log.Contexter: moderators need the sending server's
// address to block it at the firewall.
func (ir *inboxRequest) Context() map[string]any {
	return map[string]any{
		"blog":        ir.blog,
		"actor":       ir.actor,
		"type":        ir.kind,
		"remote_addr": ir.remoteAddr,
	}
}

// keyOwner returns the actor IRI of a key ID (<actor>#main-key).
func keyOwner(keyID string) string {
	owner, _, _ := strings.Cut(keyID, "#")
	return owner
}

func handleInbox(app *App, w http.ResponseWriter, r *http.Request) error {
	if !app.cfg.Federation.Enabled {
		return notFoundError("Inbox")
	}
	ctx := r.Context()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return badRequest("Unreadable body.")
	}
	var in activitypub.Incoming
	if err := json.Unmarshal(body, &in); err != nil {
		return badRequest("Not an activity.")
	}
	ir := &inboxRequest{blog: r.PathValue("alias"), actor: in.Actor, kind: in.Type, remoteAddr: r.RemoteAddr}

	sig, err := activitypub.ParseSignature(r)
	if err != nil {
		app.log.With(ir).Warnf("unsigned activity rejected: %v", err) // policylint: expect piilog
		return httpError{Status: http.StatusUnauthorized, Message: "Sign your requests."}
	}
	actor, err := app.fed.FetchActor(ctx, app.signer, keyOwner(sig.KeyID))
	if errors.Is(err, activitypub.ErrGone) && in.Type == "Delete" {
		// A deleted account telling us it is gone; its key is gone too.
		if err := app.db.RemoveInbox(ctx, in.Actor+"/inbox"); err != nil {
			return err
		}
		w.WriteHeader(http.StatusAccepted)
		return nil
	}
	if err != nil {
		return httpError{Status: http.StatusUnauthorized, Message: "Unknown key.", Err: err}
	}
	if err := sig.Verify(r, actor.PublicKey.PublicKeyPEM); err != nil || actor.ID != in.Actor {
		app.log.With(ir).Warnf("bad signature from %s: %v", sig.KeyID, err) // policylint: expect piilog
		return httpError{Status: http.StatusUnauthorized, Message: "Bad signature."}
	}

	switch in.Type {
	case "Follow":
		err = app.acceptFollow(r, &in, actor)
	case "Undo":
		err = app.undo(r, &in)
	case "Create":
		err = app.receiveReply(r, &in, actor)
	case "Delete", "Update", "Like", "Announce":
		// Not stored; acknowledged so that the sender stops retrying.
	default:
		app.log.Debugf("inbox %s: ignoring %s from %s", r.URL.Path, in.Type, in.Actor)
	}
	if err != nil {
		return err
	}
	w.WriteHeader(http.StatusAccepted)
	return nil
}

func (app *App) acceptFollow(r *http.Request, in *activitypub.Incoming, actor *activitypub.Actor) error {
	ctx := r.Context()
	alias := strings.TrimPrefix(in.ObjectID(), app.cfg.Server.Host+"/api/collections/")
	blog, err := app.db.GetBlogByAlias(ctx, alias)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Blog")
	}
	if err != nil {
		return err
	}
	if err := app.db.AddFollower(ctx, blog.ID, Follower{ActorIRI: actor.ID, Inbox: actor.DeliveryInbox()}); err != nil {
		return err
	}
	signer, err := app.blogSigner(blog)
	if err != nil {
		return err
	}
	follow, _ := json.Marshal(in)
	accept := activitypub.NewAccept(app.blogActorID(blog), app.blogActorID(blog)+"#accepts/"+randomToken(8), follow)
	// Answer after the response, as the follower's server expects.
	go func() {
		bg := context.WithoutCancel(ctx)
		if err := app.fed.Deliver(bg, signer, actor.Inbox, accept); err != nil {
			app.log.Warnf("accepting follow of %s by %s: %v", blog.Alias, actor.ID, err)
		}
	}()
	app.log.Infof("%s now follows %s", actor.ID, blog.Alias)
	return nil
}

func (app *App) undo(r *http.Request, in *activitypub.Incoming) error {
	var inner activitypub.Incoming
	if err := json.Unmarshal(in.Object, &inner); err != nil || inner.Type != "Follow" {
		return nil
	}
	alias := strings.TrimPrefix(inner.ObjectID(), app.cfg.Server.Host+"/api/collections/")
	blog, err := app.db.GetBlogByAlias(r.Context(), alias)
	if err != nil {
		return nil
	}
	return app.db.RemoveFollower(r.Context(), blog.ID, in.Actor)
}

// receiveReply stores a fediverse reply to a post as a comment.
func (app *App) receiveReply(r *http.Request, in *activitypub.Incoming, actor *activitypub.Actor) error {
	var note activitypub.Note
	if err := json.Unmarshal(in.Object, &note); err != nil || note.InReplyTo == "" {
		return nil
	}
	prefix := app.cfg.Server.Host + "/"
	rest, ok := strings.CutPrefix(note.InReplyTo, prefix)
	if !ok {
		return nil
	}
	alias, slug, _ := strings.Cut(rest, "/")
	ctx := r.Context()
	blog, err := app.db.GetBlogByAlias(ctx, alias)
	if err != nil {
		return nil
	}
	p, err := app.db.GetPost(ctx, blog.ID, slug)
	if err != nil {
		return nil
	}
	c := &Comment{
		PostID:      p.ID,
		AuthorName:  actor.Name,
		RemoteActor: actor.ID,
		RemoteInbox: actor.DeliveryInbox(),
		RemoteID:    note.ID,
		Body:        note.Content,
		Status:      statusPublished,
	}
	if err := app.db.CreateComment(ctx, c); err != nil {
		return fmt.Errorf("storing reply %s: %w", note.ID, err)
	}
	app.log.Infof("reply %s from %s stored as comment %d", note.ID, actor.ID, c.ID)
	return nil
}
