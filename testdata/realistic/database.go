package inkwell

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"time"

	"github.com/lib/pq"

	"example.com/inkwell/campaign"
	"example.com/inkwell/webhooks"
)

// ErrNotFound is returned by the datastore for a missing row.
var ErrNotFound = errors.New("not found")

// datastore is Inkwell's PostgreSQL database.
type datastore struct {
	*sql.DB
	driverName string
}

func openDatastore(url string, maxOpen int) (*datastore, error) {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return nil, fmt.Errorf("opening database: %w", err)
	}
	db.SetMaxOpenConns(maxOpen)
	db.SetConnMaxIdleTime(5 * time.Minute)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to database: %w", err)
	}
	return &datastore{DB: db, driverName: "postgres"}, nil
}

func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

func isUniqueViolation(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "23505"
}

// ---------------------------------------------------------------- users

// User is an account: a writer with one or more blogs.
type User struct {
	ID            int64
	Username      string
	Email         string
	EmailVerified bool
	Plan          string
	CustomerID    sql.NullString
	CommentEmails bool
	Suspended     bool
	Created       time.Time
}

func (db *datastore) CreateUser(ctx context.Context, u *User, hashedPass []byte) error {
	err := db.QueryRowContext(ctx,
		`INSERT INTO users (username, email, password, plan, comment_emails, created)
		 VALUES ($1, $2, $3, $4, true, now()) RETURNING id, created`,
		u.Username, u.Email, hashedPass, u.Plan).Scan(&u.ID, &u.Created)
	if isUniqueViolation(err) {
		return errUserExists
	}
	return err
}

const userColumns = `id, username, email, email_verified, plan, customer_id, comment_emails, suspended, created`

func scanUser(row interface{ Scan(...any) error }) (*User, error) {
	var u User
	err := row.Scan(&u.ID, &u.Username, &u.Email, &u.EmailVerified, &u.Plan, &u.CustomerID, &u.CommentEmails, &u.Suspended, &u.Created)
	if err != nil {
		return nil, notFound(err)
	}
	return &u, nil
}

func (db *datastore) GetUserByID(ctx context.Context, id int64) (*User, error) {
	return scanUser(db.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = $1`, id))
}

func (db *datastore) GetUserByEmail(ctx context.Context, email string) (*User, error) {
	return scanUser(db.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE lower(email) = lower($1)`, email))
}

// GetUserForLogin returns the user and the password hash.
func (db *datastore) GetUserForLogin(ctx context.Context, email string) (*User, []byte, error) {
	var hash []byte
	row := db.QueryRowContext(ctx, `SELECT `+userColumns+`, password FROM users WHERE lower(email) = lower($1)`, email)
	var u User
	err := row.Scan(&u.ID, &u.Username, &u.Email, &u.EmailVerified, &u.Plan, &u.CustomerID, &u.CommentEmails, &u.Suspended, &u.Created, &hash)
	if err != nil {
		return nil, nil, notFound(err)
	}
	return &u, hash, nil
}

func (db *datastore) GetUserByToken(ctx context.Context, token string) (*User, error) {
	return scanUser(db.QueryRowContext(ctx,
		`SELECT `+prefixColumns("u", userColumns)+` FROM access_tokens t JOIN users u ON u.id = t.user_id
		 WHERE t.token = $1 AND (t.expires IS NULL OR t.expires > now())`, token))
}

func (db *datastore) CreateAccessToken(ctx context.Context, userID int64, token string, ttl time.Duration) error {
	_, err := db.ExecContext(ctx, `INSERT INTO access_tokens (token, user_id, expires) VALUES ($1, $2, $3)`,
		token, userID, time.Now().Add(ttl))
	return err
}

func (db *datastore) SetCustomerID(ctx context.Context, userID int64, customerID string) error {
	_, err := db.ExecContext(ctx, `UPDATE users SET customer_id = $2 WHERE id = $1`, userID, customerID)
	return err
}

func (db *datastore) SetPassword(ctx context.Context, userID int64, hashedPass []byte) error {
	_, err := db.ExecContext(ctx, `UPDATE users SET password = $2 WHERE id = $1`, userID, hashedPass)
	return err
}

func (db *datastore) SuspendUser(ctx context.Context, userID int64) error {
	_, err := db.ExecContext(ctx, `UPDATE users SET suspended = true WHERE id = $1`, userID)
	return err
}

// CreateUserToken stores a one-time token (password reset, address
// verification) for the user.
func (db *datastore) CreateUserToken(ctx context.Context, userID int64, kind, token string, ttl time.Duration) error {
	_, err := db.ExecContext(ctx,
		`INSERT INTO user_tokens (token, user_id, kind, expires) VALUES ($1, $2, $3, $4)`,
		token, userID, kind, time.Now().Add(ttl))
	return err
}

// ConsumeUserToken deletes a valid token and returns its user.
func (db *datastore) ConsumeUserToken(ctx context.Context, kind, token string) (int64, error) {
	var userID int64
	err := db.QueryRowContext(ctx,
		`DELETE FROM user_tokens WHERE token = $1 AND kind = $2 AND expires > now() RETURNING user_id`,
		token, kind).Scan(&userID)
	return userID, notFound(err)
}

func (db *datastore) SetEmailVerified(ctx context.Context, userID int64) error {
	_, err := db.ExecContext(ctx, `UPDATE users SET email_verified = true WHERE id = $1`, userID)
	return err
}

// ---------------------------------------------------------------- blogs

// Blog is a collection of posts with its own newsletter and fediverse
// actor.
type Blog struct {
	ID            int64
	Alias         string
	Title         string
	Description   string
	OwnerID       int64
	PrivateKey    []byte
	PublicKey     string
	Digest        bool
	AvatarService string // "gravatar" or "libravatar"
	Created       time.Time
}

func (db *datastore) CreateBlog(ctx context.Context, b *Blog) error {
	err := db.QueryRowContext(ctx,
		`INSERT INTO collections (alias, title, description, owner_id, privkey, pubkey, created)
		 VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id, created`,
		b.Alias, b.Title, b.Description, b.OwnerID, b.PrivateKey, b.PublicKey).Scan(&b.ID, &b.Created)
	if isUniqueViolation(err) {
		return errAliasTaken
	}
	return err
}

const blogColumns = `id, alias, title, description, owner_id, privkey, pubkey, digest, avatar_service, created`

func scanBlog(row interface{ Scan(...any) error }) (*Blog, error) {
	var b Blog
	if err := row.Scan(&b.ID, &b.Alias, &b.Title, &b.Description, &b.OwnerID, &b.PrivateKey, &b.PublicKey, &b.Digest, &b.AvatarService, &b.Created); err != nil {
		return nil, notFound(err)
	}
	return &b, nil
}

func (db *datastore) GetBlogByAlias(ctx context.Context, alias string) (*Blog, error) {
	return scanBlog(db.QueryRowContext(ctx, `SELECT `+blogColumns+` FROM collections WHERE alias = $1`, alias))
}

func (db *datastore) GetBlogByID(ctx context.Context, id int64) (*Blog, error) {
	return scanBlog(db.QueryRowContext(ctx, `SELECT `+blogColumns+` FROM collections WHERE id = $1`, id))
}

// GetDigestBlogs returns the blogs whose owners turned the weekly digest on.
func (db *datastore) GetDigestBlogs(ctx context.Context) ([]*Blog, error) {
	rows, err := db.QueryContext(ctx, `SELECT `+blogColumns+` FROM collections WHERE digest ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Blog
	for rows.Next() {
		b, err := scanBlog(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// ---------------------------------------------------------------- posts

// Post is a blog post.
type Post struct {
	ID        int64
	BlogID    int64
	Slug      string
	Title     string
	Body      string
	Published time.Time
	Updated   time.Time
}

func (db *datastore) CreatePost(ctx context.Context, p *Post) error {
	err := db.QueryRowContext(ctx,
		`INSERT INTO posts (collection_id, slug, title, content, created, updated)
		 VALUES ($1, $2, $3, $4, now(), now()) RETURNING id, created, updated`,
		p.BlogID, p.Slug, p.Title, p.Body).Scan(&p.ID, &p.Published, &p.Updated)
	if isUniqueViolation(err) {
		return errSlugTaken
	}
	return err
}

const postColumns = `id, collection_id, slug, title, content, created, updated`

func scanPost(row interface{ Scan(...any) error }) (*Post, error) {
	var p Post
	if err := row.Scan(&p.ID, &p.BlogID, &p.Slug, &p.Title, &p.Body, &p.Published, &p.Updated); err != nil {
		return nil, notFound(err)
	}
	return &p, nil
}

func (db *datastore) GetPost(ctx context.Context, blogID int64, slug string) (*Post, error) {
	return scanPost(db.QueryRowContext(ctx, `SELECT `+postColumns+` FROM posts WHERE collection_id = $1 AND slug = $2`, blogID, slug))
}

func (db *datastore) GetPostByID(ctx context.Context, id int64) (*Post, error) {
	return scanPost(db.QueryRowContext(ctx, `SELECT `+postColumns+` FROM posts WHERE id = $1`, id))
}

func (db *datastore) GetLatestPost(ctx context.Context, blogID int64) (*Post, error) {
	return scanPost(db.QueryRowContext(ctx,
		`SELECT `+postColumns+` FROM posts WHERE collection_id = $1 ORDER BY created DESC LIMIT 1`, blogID))
}

func (db *datastore) GetPostsSince(ctx context.Context, blogID int64, since time.Time) ([]*Post, error) {
	rows, err := db.QueryContext(ctx,
		`SELECT `+postColumns+` FROM posts WHERE collection_id = $1 AND created > $2 ORDER BY created`, blogID, since)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Post
	for rows.Next() {
		p, err := scanPost(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// RecordView counts a view of a post from a network (never an address).
func (db *datastore) RecordView(ctx context.Context, postID int64, network string, at time.Time) error {
	_, err := db.ExecContext(ctx,
		`INSERT INTO post_views (post_id, network, day, views) VALUES ($1, $2, $3::date, 1)
		 ON CONFLICT (post_id, network, day) DO UPDATE SET views = post_views.views + 1`,
		postID, network, at)
	return err
}

func (db *datastore) PurgeViews(ctx context.Context, before time.Time) (int64, error) {
	res, err := db.ExecContext(ctx, `DELETE FROM post_views WHERE day < $1::date`, before)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// ---------------------------------------------------------- subscribers

// Subscriber is someone who subscribed to a blog's newsletter by e-mail.
type Subscriber struct {
	ID           int64
	UUID         string
	BlogID       int64
	Email        string
	Name         string
	ConfirmedAt  sql.NullTime
	Unsubscribed bool
	Blocklisted  bool
	Created      time.Time
}

// Mailable reports whether the subscriber may receive the newsletter:
// they confirmed (double opt-in), did not unsubscribe since, and their
// address does not bounce.
func (s *Subscriber) Mailable() bool {
	return s.ConfirmedAt.Valid && !s.Unsubscribed && !s.Blocklisted
}

func (s *Subscriber) recipient() campaign.Recipient {
	return campaign.Recipient{ID: s.ID, UUID: s.UUID, Email: s.Email, Name: s.Name}
}

// Consent is the evidence of a subscription: when, from which form and
// which address it was given. It is kept as long as the subscription, to
// answer a complaint.
type Consent struct {
	IP          string
	UserAgent   string
	FormVersion string
	At          time.Time
}

// AddSubscriber stores an unconfirmed subscriber, the evidence of their
// consent and the confirmation token, in one transaction.
func (db *datastore) AddSubscriber(ctx context.Context, s *Subscriber, c Consent, token string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx,
		`INSERT INTO email_subscribers (uuid, collection_id, email, name, created)
		 VALUES ($1, $2, $3, $4, now()) RETURNING id, created`,
		s.UUID, s.BlogID, s.Email, s.Name).Scan(&s.ID, &s.Created)
	if isUniqueViolation(err) {
		return errAlreadySubscribed
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO subscription_consents (subscriber_id, ip, user_agent, form_version, given_at)
		 VALUES ($1, $2, $3, $4, $5)`,
		s.ID, c.IP, c.UserAgent, c.FormVersion, c.At); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO subscriber_tokens (token, subscriber_id, expires) VALUES ($1, $2, now() + interval '7 days')`,
		token, s.ID); err != nil {
		return err
	}
	return tx.Commit()
}

// AddImportedSubscriber stores a subscriber imported from another
// platform's export, as confirmed: the other platform confirmed them.
// Those who had unsubscribed there are imported as unsubscribed, so that
// a later import does not bring them back.
func (db *datastore) AddImportedSubscriber(ctx context.Context, blogID int64, uuid, email, name string, unsubscribed bool) (*Subscriber, error) {
	s := &Subscriber{UUID: uuid, BlogID: blogID, Email: email, Name: name, Unsubscribed: unsubscribed}
	err := db.QueryRowContext(ctx,
		`INSERT INTO email_subscribers (uuid, collection_id, email, name, unsubscribed, confirmed_at, created)
		 VALUES ($1, $2, $3, $4, $5, now(), now())
		 ON CONFLICT (collection_id, lower(email)) DO NOTHING
		 RETURNING id, confirmed_at, created`,
		uuid, blogID, email, name, unsubscribed).Scan(&s.ID, &s.ConfirmedAt, &s.Created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errAlreadySubscribed
	}
	return s, err
}

const subscriberColumns = `id, uuid, collection_id, email, name, confirmed_at, unsubscribed, blocklisted, created`

func scanSubscriber(row interface{ Scan(...any) error }) (*Subscriber, error) {
	var s Subscriber
	if err := row.Scan(&s.ID, &s.UUID, &s.BlogID, &s.Email, &s.Name, &s.ConfirmedAt, &s.Unsubscribed, &s.Blocklisted, &s.Created); err != nil {
		return nil, notFound(err)
	}
	return &s, nil
}

// ConfirmSubscriber confirms the subscription of a token.
func (db *datastore) ConfirmSubscriber(ctx context.Context, token string) (*Subscriber, error) {
	return scanSubscriber(db.QueryRowContext(ctx,
		`UPDATE email_subscribers s SET confirmed_at = now(), unsubscribed = false
		 FROM subscriber_tokens t
		 WHERE t.subscriber_id = s.id AND t.token = $1 AND t.expires > now()
		 RETURNING `+prefixColumns("s", subscriberColumns), token))
}

func (db *datastore) Unsubscribe(ctx context.Context, uuid string) error {
	res, err := db.ExecContext(ctx, `UPDATE email_subscribers SET unsubscribed = true WHERE uuid = $1`, uuid)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// GetSubscriberByEmail finds a subscriber of a blog, whatever their status.
func (db *datastore) GetSubscriberByEmail(ctx context.Context, blogID int64, email string) (*Subscriber, error) {
	return scanSubscriber(db.QueryRowContext(ctx,
		`SELECT `+subscriberColumns+` FROM email_subscribers WHERE collection_id = $1 AND lower(email) = lower($2)`,
		blogID, email))
}

// GetBlogSubscribers returns every subscriber of a blog, whatever their
// status, for the owner's export and the admin API.
func (db *datastore) GetBlogSubscribers(ctx context.Context, blogID int64) ([]*Subscriber, error) {
	rows, err := db.QueryContext(ctx,
		`SELECT `+subscriberColumns+` FROM email_subscribers WHERE collection_id = $1 ORDER BY id`, blogID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Subscriber
	for rows.Next() {
		s, err := scanSubscriber(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// NewsletterRecipients implements campaign.Source: the confirmed
// subscribers who have not unsubscribed and whose address does not bounce.
func (db *datastore) NewsletterRecipients(ctx context.Context, blogID, afterID int64, limit int) ([]campaign.Recipient, error) {
	rows, err := db.QueryContext(ctx,
		`SELECT id, uuid, email, name FROM email_subscribers
		 WHERE collection_id = $1 AND id > $2
		   AND confirmed_at IS NOT NULL AND NOT unsubscribed AND NOT blocklisted
		 ORDER BY id LIMIT $3`, blogID, afterID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []campaign.Recipient
	for rows.Next() {
		var r campaign.Recipient
		if err := rows.Scan(&r.ID, &r.UUID, &r.Email, &r.Name); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Subscribers implements campaign.Source.
func (db *datastore) Subscribers(ctx context.Context, blogID int64) ([]campaign.Recipient, error) {
	subs, err := db.GetBlogSubscribers(ctx, blogID)
	if err != nil {
		return nil, err
	}
	out := make([]campaign.Recipient, 0, len(subs))
	for _, s := range subs {
		out = append(out, s.recipient())
	}
	return out, nil
}

func (db *datastore) CreateCampaign(ctx context.Context, c *campaign.Campaign, postID int64) error {
	return db.QueryRowContext(ctx,
		`INSERT INTO campaigns (collection_id, post_id, subject, created) VALUES ($1, $2, $3, now()) RETURNING id`,
		c.BlogID, postID, c.Subject).Scan(&c.ID)
}

// MarkSent implements campaign.Source.
func (db *datastore) MarkSent(ctx context.Context, campaignID int64, sent int) error {
	_, err := db.ExecContext(ctx, `UPDATE campaigns SET sent = $2, finished = now() WHERE id = $1`, campaignID, sent)
	return err
}

// -------------------------------------------------------------- federation

// Follower is a remote actor that follows a blog.
type Follower struct {
	ActorIRI string
	Inbox    string
}

func (db *datastore) AddFollower(ctx context.Context, blogID int64, f Follower) error {
	_, err := db.ExecContext(ctx,
		`INSERT INTO remote_follows (collection_id, actor_iri, inbox, created) VALUES ($1, $2, $3, now())
		 ON CONFLICT (collection_id, actor_iri) DO UPDATE SET inbox = EXCLUDED.inbox`,
		blogID, f.ActorIRI, f.Inbox)
	return err
}

func (db *datastore) RemoveFollower(ctx context.Context, blogID int64, actorIRI string) error {
	_, err := db.ExecContext(ctx, `DELETE FROM remote_follows WHERE collection_id = $1 AND actor_iri = $2`, blogID, actorIRI)
	return err
}

func (db *datastore) RemoveInbox(ctx context.Context, inbox string) error {
	_, err := db.ExecContext(ctx, `DELETE FROM remote_follows WHERE inbox = $1`, inbox)
	return err
}

// GetFollowerInboxes returns the distinct inboxes of a blog's followers
// (shared inboxes count once).
func (db *datastore) GetFollowerInboxes(ctx context.Context, blogID int64) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT inbox FROM remote_follows WHERE collection_id = $1`, blogID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ---------------------------------------------------------------- comments

// Comment is a reader's comment, local or from the fediverse.
type Comment struct {
	ID          int64
	PostID      int64
	AuthorName  string
	AuthorEmail string
	RemoteActor string // for fediverse replies
	RemoteInbox string
	RemoteID    string
	Body        string
	IP          string
	Status      string
	Created     time.Time
}

func (db *datastore) CreateComment(ctx context.Context, c *Comment) error {
	return db.QueryRowContext(ctx,
		`INSERT INTO comments (post_id, author_name, author_email, remote_actor, remote_inbox, remote_id, body, ip, status, created)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING id, created`,
		c.PostID, c.AuthorName, c.AuthorEmail, c.RemoteActor, c.RemoteInbox, c.RemoteID, c.Body, c.IP, c.Status).
		Scan(&c.ID, &c.Created)
}

func (db *datastore) GetComment(ctx context.Context, id int64) (*Comment, error) {
	var c Comment
	err := db.QueryRowContext(ctx,
		`SELECT id, post_id, author_name, author_email, remote_actor, remote_inbox, remote_id, body, ip, status, created
		 FROM comments WHERE id = $1`, id).
		Scan(&c.ID, &c.PostID, &c.AuthorName, &c.AuthorEmail, &c.RemoteActor, &c.RemoteInbox, &c.RemoteID, &c.Body, &c.IP, &c.Status, &c.Created)
	if err != nil {
		return nil, notFound(err)
	}
	return &c, nil
}

func (db *datastore) SetCommentStatus(ctx context.Context, id int64, status string) error {
	_, err := db.ExecContext(ctx, `UPDATE comments SET status = $2 WHERE id = $1`, id, status)
	return err
}

func (db *datastore) DeleteComment(ctx context.Context, id int64) error {
	_, err := db.ExecContext(ctx, `DELETE FROM comments WHERE id = $1`, id)
	return err
}

// Report is a reader's report about a comment.
type Report struct {
	ID            int64
	CommentID     int64
	ReporterName  string
	ReporterEmail string
	Reason        string
	IP            string
}

func (db *datastore) CreateReport(ctx context.Context, r *Report) error {
	return db.QueryRowContext(ctx,
		`INSERT INTO reports (comment_id, reporter_name, reporter_email, reason, ip, created)
		 VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
		r.CommentID, r.ReporterName, r.ReporterEmail, r.Reason, r.IP).Scan(&r.ID)
}

// ---------------------------------------------------------------- admin

func (db *datastore) GetHooks(ctx context.Context, blogID int64) ([]webhooks.Hook, error) {
	rows, err := db.QueryContext(ctx, `SELECT id, url, secret, events FROM webhooks WHERE collection_id = $1`, blogID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []webhooks.Hook
	for rows.Next() {
		h := webhooks.Hook{BlogID: blogID}
		if err := rows.Scan(&h.ID, &h.URL, &h.Secret, pq.Array(&h.Events)); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// BlockNetwork bans comments from a network.
func (db *datastore) BlockNetwork(ctx context.Context, p netip.Prefix, reason string) error {
	_, err := db.ExecContext(ctx, `INSERT INTO blocked_networks (network, reason, created) VALUES ($1, $2, now())`, p.String(), reason)
	return err
}

// IsBlocked reports whether addr is in a blocked network.
func (db *datastore) IsBlocked(ctx context.Context, addr netip.Addr) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM blocked_networks WHERE $1::inet <<= network`, addr.String()).Scan(&n)
	return n > 0, err
}

func prefixColumns(alias, cols string) string {
	parts := strings.Split(cols, ", ")
	for i, p := range parts {
		parts[i] = alias + "." + p
	}
	return strings.Join(parts, ", ")
}
