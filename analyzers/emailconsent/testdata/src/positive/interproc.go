package positive

import (
	"net/smtp"
)

// send is a wrapper: it sends to its parameter and leaves the check to
// its callers.
func send(u *User, msg []byte) error { // want send:`sends mail to param 0 without consent check \(chain smtp.SendMail\)`
	return smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
}

// deliver wraps send.
func deliver(u *User, msg []byte) error { // want deliver:`sends mail to param 0 without consent check \(chain positive.send -> smtp.SendMail\)`
	return send(u, msg)
}

func campaignThroughWrapper(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		send(&u, msg) // want "e-mail to `u` sent by positive.send via smtp.SendMail without a consent check"
	}
}

func campaignThroughTwoWrappers(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		deliver(&u, msg) // want `sent by positive.deliver via smtp.SendMail`
	}
}

// notRealCheck has a consent-sounding name but answers nothing: it always
// says yes.
func notRealCheck(u *User) bool { return u.EmailVerified }

func helperThatDoesNotCheck(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if !notRealCheck(&u) {
			continue
		}
		send(&u, msg) // want `sent by positive.send`
	}
}

func goroutineSend(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		go func() {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
		}()
	}
}

func closureWrapper(s *Store, msg []byte) {
	mail := func(to string) {
		smtp.SendMail(addr, nil, from, []string{to}, msg)
	}
	for _, u := range s.AllUsers() {
		mail(u.Email) // want "e-mail to `u.Email` sent by a closure in positive.closureWrapper via smtp.SendMail"
	}
}

func deferredSend(u *User, s *Store, msg []byte) {
	v := s.UserByEmail(u.Email)
	defer smtp.SendMail(addr, nil, from, []string{v.Email}, msg) // want `without a consent check`
}

type Mailer struct{ auth smtp.Auth }

func (m *Mailer) Send(to string, msg []byte) error { // want Send:`sends mail to param 1`
	return smtp.SendMail(addr, m.auth, from, []string{to}, msg)
}

func methodValue(m *Mailer, s *Store, msg []byte) {
	sendTo := m.Send
	for _, u := range s.AllUsers() {
		sendTo(u.Email, msg) // want `sent by positive.Mailer.Send via smtp.SendMail`
	}
}

func callback(s *Store, msg []byte) {
	forEach(s.AllUsers(), func(u User) {
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	})
}

func forEach(us []User, f func(User)) {
	for _, u := range us {
		f(u)
	}
}

// recursive sends down a chain of referrals with no check; the summary
// still settles.
func recursive(u *User, s *Store, msg []byte, depth int) { // want recursive:`sends mail to param 0`
	if depth > 3 {
		return
	}
	smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	recursive(s.UserByEmail(u.Email), s, msg, depth+1) // want `sent by positive.recursive`
}
