// Package digest is a notification service: weekly digests, product
// announcements and account mail, sent through notify.Mailer.
package digest

import (
	"context"
	"fmt"

	"reach/notify"
)

// User is an account as the service stores it.
type User struct {
	ID           string
	Email        string
	Name         string
	DigestOptIn  bool
	Unsubscribed bool
}

// Users is the user repository.
type Users interface {
	Active(ctx context.Context) ([]User, error)
	ByID(ctx context.Context, id string) (*User, error)
}

// Service sends the service's notifications.
type Service struct {
	users  Users
	mailer notify.Mailer
}

// New returns a Service.
func New(users Users, m notify.Mailer) *Service {
	return &Service{users: users, mailer: m}
}

// SendWeeklyDigest mails every active user through the Mailer interface
// and never asks whether they want the digest.
func (s *Service) SendWeeklyDigest(ctx context.Context) error { // want SendWeeklyDigest:`sends mail to its own recipients without consent check, reported in its package`
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		html := fmt.Sprintf("<p>Hi %s, here is your week.</p>", u.Name)
		if err := s.mailer.Send(ctx, u.Email, "Your weekly digest", html); err != nil { // want "marketing e-mail to `u.Email` sent by notify.Mailer.Send via gomail.Dialer.DialAndSend without a consent check"
			return err
		}
	}
	return nil
}

// SendWeeklyDigestToOptedIn is the same loop with the check.
func (s *Service) SendWeeklyDigestToOptedIn(ctx context.Context) error {
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		if !u.DigestOptIn {
			continue
		}
		if err := s.mailer.Send(ctx, u.Email, "Your weekly digest", "<p>...</p>"); err != nil {
			return err
		}
	}
	return nil
}

// SendReceipt is transactional: the user paid, they get a receipt.
func (s *Service) SendReceipt(ctx context.Context, userID, order string) error {
	u, err := s.users.ByID(ctx, userID)
	if err != nil {
		return err
	}
	return s.mailer.Send(ctx, u.Email, "Your receipt", order)
}

// announce looks the user up and mails them; its callers decide whether
// they may be mailed.
func (s *Service) announce(ctx context.Context, userID, what string) error { // want announce:`sends mail to its own recipients without consent check \(chain notify.Mailer.Send`
	u, err := s.users.ByID(ctx, userID)
	if err != nil {
		return err
	}
	return s.mailer.Send(ctx, u.Email, "New: "+what, "<p>"+what+"</p>")
}

// AnnounceFeature checks the preference before each call of announce.
func (s *Service) AnnounceFeature(ctx context.Context, what string) error {
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		if u.Unsubscribed {
			continue
		}
		if err := s.announce(ctx, u.ID, what); err != nil {
			return err
		}
	}
	return nil
}

// ReannounceTo is an admin action that forgets the check.
func (s *Service) ReannounceTo(ctx context.Context, userID, what string) error { // want ReannounceTo:`sends mail to its own recipients without consent check, reported in its package \(chain digest.Service.announce`
	return s.announce(ctx, userID, what) // want "e-mail to `u.Email` sent by digest.Service.announce via gomail.Dialer.DialAndSend without a consent check"
}

// remind looks the user up too, and every call of it is guarded: clean.
func (s *Service) remind(ctx context.Context, userID string) error { // want remind:`sends mail to its own recipients without consent check`
	u, err := s.users.ByID(ctx, userID)
	if err != nil {
		return err
	}
	return s.mailer.Send(ctx, u.Email, "You left something in your cart", "<p>...</p>")
}

// RemindAll calls remind only for users who did not unsubscribe.
func (s *Service) RemindAll(ctx context.Context) error {
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		if !u.Unsubscribed {
			_ = s.remind(ctx, u.ID)
		}
	}
	return nil
}

// mail is an unexported wrapper whose every call is guarded.
func (s *Service) mail(ctx context.Context, u User, subject string) error { // want mail:`sends mail to param 2 without consent check`
	return s.mailer.Send(ctx, u.Email, subject, "<p>...</p>")
}

// Promote mails the opted-in users through the wrapper.
func (s *Service) Promote(ctx context.Context, subject string) error {
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		if u.DigestOptIn {
			_ = s.mail(ctx, u, subject)
		}
	}
	return nil
}

// Bulk passes its own recipients to notify.SendBulk unchecked.
func (s *Service) Bulk(ctx context.Context, subject string) error { // want Bulk:`sends mail to its own recipients without consent check, reported in its package`
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	rs := make([]notify.Recipient, 0, len(users))
	for _, u := range users {
		rs = append(rs, notify.Recipient{ID: u.ID, Email: u.Email})
	}
	return notify.SendBulk(ctx, s.mailer, rs, subject, "<p>...</p>") // want "marketing e-mail to `u.Email` sent by notify.SendBulk via gomail.Dialer.DialAndSend without a consent check"
}

// BulkChecked goes through the checking variant.
func (s *Service) BulkChecked(ctx context.Context, subject string) error {
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	rs := make([]notify.Recipient, 0, len(users))
	for _, u := range users {
		rs = append(rs, notify.Recipient{ID: u.ID, Email: u.Email, Unsubscribed: u.Unsubscribed})
	}
	return notify.SendToSubscribers(ctx, s.mailer, rs, subject, "<p>...</p>")
}

// Notifier tells a user about something. Its only implementation checks
// the user's preference itself.
type Notifier interface {
	Notify(ctx context.Context, u *User, subject string) error
}

type emailNotifier struct{ m notify.Mailer }

// Notify implements Notifier.
func (n *emailNotifier) Notify(ctx context.Context, u *User, subject string) error {
	if u.Unsubscribed {
		return nil
	}
	return n.m.Send(ctx, u.Email, subject, "<p>...</p>")
}

// NotifyAll needs no check: the implementation makes it.
func (s *Service) NotifyAll(ctx context.Context, n Notifier) error {
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for i := range users {
		_ = n.Notify(ctx, &users[i], "Something happened")
	}
	return nil
}

// Announcer announces a launch; its implementation mails without a check.
type Announcer interface {
	Announce(ctx context.Context, u *User, what string) error
}

type mailAnnouncer struct{ m notify.Mailer }

// Announce implements Announcer.
func (a *mailAnnouncer) Announce(ctx context.Context, u *User, what string) error { // want Announce:`sends mail to param 2 without consent check \(chain notify.Mailer.Send -> notify.SMTPMailer.Send -> gomail.Dialer.DialAndSend\)`
	return a.m.Send(ctx, u.Email, "Launch: "+what, "<p>...</p>")
}

// Launch announces to everyone through the interface.
func (s *Service) Launch(ctx context.Context, a Announcer, what string) error { // want Launch:`sends mail to its own recipients without consent check, reported in its package`
	users, err := s.users.Active(ctx)
	if err != nil {
		return err
	}
	for i := range users {
		_ = a.Announce(ctx, &users[i], what) // want "marketing e-mail to `users\\[i\\]` sent by digest.Announcer.Announce via gomail.Dialer.DialAndSend without a consent check"
	}
	return nil
}

var (
	_ Notifier  = (*emailNotifier)(nil)
	_ Announcer = (*mailAnnouncer)(nil)
)

// sendDigestTo mails one user's digest; it runs in a goroutine of its own.
func (s *Service) sendDigestTo(ctx context.Context, u User) { // want sendDigestTo:`sends mail to param 2 without consent check`
	_ = s.mailer.Send(ctx, u.Email, "Your weekly digest", "<p>...</p>")
}

// FanOutDigest starts a goroutine for each user who opted in.
func (s *Service) FanOutDigest(ctx context.Context) {
	users, _ := s.users.Active(ctx)
	for _, u := range users {
		if !u.DigestOptIn {
			continue
		}
		go s.sendDigestTo(ctx, u)
	}
}

// FanOutDigestToAll starts one for every user.
func (s *Service) FanOutDigestToAll(ctx context.Context) { // want FanOutDigestToAll:`sends mail to its own recipients without consent check, reported in its package`
	users, _ := s.users.Active(ctx)
	for _, u := range users {
		go s.sendDigestTo(ctx, u) // want "^marketing e-mail to `u` sent by digest.Service.sendDigestTo via gomail.Dialer.DialAndSend without a consent check"
	}
}

// AdminConfig is the operator's part of the configuration.
type AdminConfig struct {
	Email string
	Name  string
}

// Config is the service's configuration.
type Config struct {
	Admin AdminConfig
	From  string
}

// Operator sends notes to the configured admin address.
type Operator struct {
	cfg    *Config
	mailer notify.Mailer
}

// NoteSignup tells the operator about a sign-up: the recipient is the
// configured admin mailbox, not a user.
func (o *Operator) NoteSignup(ctx context.Context, u User) {
	if admin := o.cfg.Admin.Email; admin != "" {
		_ = o.mailer.Send(ctx, admin, "New sign-up", u.Name+" signed up")
	}
}

// NoteSignupToUser is the look-alike that mails the user instead.
func (o *Operator) NoteSignupToUser(ctx context.Context, users Users, id string) { // want NoteSignupToUser:`sends mail to its own recipients`
	u, _ := users.ByID(ctx, id)
	_ = o.mailer.Send(ctx, u.Email, "Thanks for signing up", "...") // want "^marketing e-mail to `u.Email` sent by notify.Mailer.Send"
}
