package positive

import (
	"net/smtp"
)

// Sends with no check at all.

func newsletterToAll(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want "^marketing e-mail to `u.Email` sent by smtp.SendMail without a consent check \\(emailconsent: \"You can turn our e-mails off at any time.\"\\)"
	}
}

func testSend(s *Store, email string, msg []byte) {
	// An admin's "test send" looks the recipient up with no status filter.
	u := s.UserByEmail(email)
	smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want "^e-mail to `u.Email` sent by smtp.SendMail"
}

func viaClient(c *smtp.Client, s *Store) {
	for _, u := range s.AllUsers() {
		c.Rcpt(u.Email) // want "e-mail to `u.Email` sent by smtp.Client.Rcpt"
	}
}

func checkAfterSend(s *Store, p *Prefs, msg []byte) {
	for _, u := range s.AllUsers() {
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
		if !p.AllowsEmail(&u) {
			continue
		}
	}
}

func ignoredCheck(s *Store, p *Prefs, msg []byte) {
	for _, u := range s.AllUsers() {
		_ = p.AllowsEmail(&u)
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

func unrelatedFlag(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if !u.EmailVerified || u.IsAdmin {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

func checkOnOneBranchOnly(s *Store, fast bool, msg []byte) {
	for _, u := range s.AllUsers() {
		if fast {
			if u.Unsubscribed {
				continue
			}
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

func wrongPolarity(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.Unsubscribed {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
		}
	}
}

func orWithUnrelated(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.OptedIn || u.IsAdmin {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
		}
	}
}

func switchWithoutConsentCase(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		switch {
		case u.IsAdmin:
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

func checkInTheOtherLoop(s *Store, msg []byte) {
	users := s.AllUsers()
	for _, u := range users {
		if u.Unsubscribed {
			continue
		}
	}
	for _, u := range users {
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

func formattedRecipient(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		to := u.Name + " <" + u.Email + ">"
		smtp.SendMail(addr, nil, from, []string{to}, msg) // want "^e-mail to `to` sent by smtp.SendMail"
	}
}

func timestampWrongWayRound(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.UnsubscribedAt == nil {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

// mayMail answers the consent question.
func mayMail(u *User) bool { // want mayMail:`returns consent answer for param 0 \(true allows\)`
	return u.OptedIn && !u.Unsubscribed
}

func helperAnswerInverted(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if mayMail(&u) {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want `without a consent check`
	}
}

type row struct{}

func (r *row) Scan(dest ...any) error { return nil }

func queryRow(q string, args ...any) *row { return nil }

func previewSend(email string, msg []byte) error {
	var u User
	if err := queryRow("SELECT id, email FROM users WHERE email = $1", email).Scan(&u.ID, &u.Email); err != nil {
		return err
	}
	return smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want "e-mail to `u.Email` sent by smtp.SendMail"
}

func emptyListIsNoCheck(s *Store, msg []byte) {
	users := s.AllUsers()
	if len(users) == 0 {
		return // a comparison with a number answers no consent question
	}
	for _, u := range users {
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg) // want "e-mail to `u.Email` sent by smtp.SendMail without a consent check"
	}
}
