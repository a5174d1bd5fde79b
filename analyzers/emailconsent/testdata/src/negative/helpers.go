package negative

import (
	"net/smtp"
)

// canMail answers the consent question: it is itself a consent check.
func canMail(u *User) bool { // want canMail:`returns consent answer for param 0 \(true allows\)`
	return !u.Unsubscribed && u.EmailVerified
}

// optedOut answers with the other polarity.
func optedOut(u *User) bool { // want optedOut:`returns consent answer for param 0 \(true denies\)`
	return u.Unsubscribed || u.UnsubscribedAt != nil
}

// ensureConsent answers with an error.
func ensureConsent(u *User) error { // want ensureConsent:`returns consent answer for param 0 \(nil error allows\)`
	if !u.OptedIn {
		return errNoConsent
	}
	return nil
}

func withCanMail(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if !canMail(&u) {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func withCanMailInVariable(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		ok := canMail(&u)
		if !ok {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func withOptedOut(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if optedOut(&u) {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func withEnsureConsent(s *Store, msg []byte) error {
	for _, u := range s.AllUsers() {
		if err := ensureConsent(&u); err != nil {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
	return nil
}

// send is a wrapper; every caller below checks first.
func send(u *User, msg []byte) error { // want send:`sends mail to param 0 without consent check \(chain smtp.SendMail\)`
	return smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
}

func wrapperGuardedByCaller(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.Unsubscribed {
			continue
		}
		send(&u, msg)
	}
}

// notify checks consent itself, so its callers need not.
func notify(u *User, msg []byte) error {
	if !u.OptedIn {
		return nil
	}
	return smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
}

func callsCheckingWrapper(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		notify(&u, msg)
	}
}

func closureInGuard(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if !u.OptedIn {
			continue
		}
		go func() {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}()
	}
}

func closureWrapperGuarded(s *Store, msg []byte) {
	mail := func(to string) {
		smtp.SendMail(addr, nil, from, []string{to}, msg)
	}
	for _, u := range s.AllUsers() {
		if canMail(&u) {
			mail(u.Email)
		}
	}
}

type Mailer struct{ auth smtp.Auth }

func (m *Mailer) Send(to string, msg []byte) error { // want Send:`sends mail to param 1`
	return smtp.SendMail(addr, m.auth, from, []string{to}, msg)
}

func methodValueGuarded(m *Mailer, s *Store, msg []byte) {
	sendTo := m.Send
	for _, u := range s.AllUsers() {
		if u.Unsubscribed {
			continue
		}
		sendTo(u.Email, msg)
	}
}
