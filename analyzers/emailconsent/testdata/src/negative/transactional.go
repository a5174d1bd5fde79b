package negative

import (
	"net/smtp"
)

func sendPasswordReset(s *Store, email string, msg []byte) {
	u := s.UserByEmail(email)
	smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
}

func SendVerificationEmail(u *User, link string) error {
	return smtp.SendMail(addr, nil, from, []string{u.Email}, []byte(link))
}

type ReceiptMailer struct{}

func (ReceiptMailer) Send(s *Store, email string, msg []byte) {
	u := s.UserByEmail(email)
	smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
}

func sendSecurityAlert(s *Store, email string, msg []byte) {
	u := s.UserByEmail(email)
	go func() {
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}()
}

func onSignup(s *Store, email string) {
	u := s.UserByEmail(email)
	// The wrapper's name says it is transactional.
	SendVerificationEmail(u, "https://example.com/verify")
}

func sendMagicLink(s *Store, email string, msg []byte) {
	u := s.UserByEmail(email)
	send(u, msg)
}
