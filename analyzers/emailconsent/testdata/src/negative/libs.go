package negative

import (
	"context"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/ses"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	gomail "gopkg.in/gomail.v2"
)

func gomailGuarded(d *gomail.Dialer, s *Store) {
	for _, u := range s.AllUsers() {
		if u.Unsubscribed {
			continue
		}
		m := gomail.NewMessage()
		m.SetHeader("To", u.Email)
		d.DialAndSend(m)
	}
}

func gomailToOps(d *gomail.Dialer, s *Store) {
	// Only the subject mentions users; the recipient is the service's own.
	m := gomail.NewMessage()
	m.SetHeader("To", "ops@example.com")
	m.SetHeader("Subject", s.AllUsers()[0].Name)
	d.DialAndSend(m)
}

func sendgridGuarded(c *sendgrid.Client, s *Store) {
	for _, u := range s.AllUsers() {
		if !canMail(&u) {
			continue
		}
		c.Send(mail.NewSingleEmail(mail.NewEmail("Shop", from), "Sale", mail.NewEmail(u.Name, u.Email), "t", "h"))
	}
}

func sesGuarded(ctx context.Context, svc *ses.SES, s *Store) {
	for _, u := range s.AllUsers() {
		if u.OptedIn {
			svc.SendEmailWithContext(ctx, &ses.SendEmailInput{
				Destination: &ses.Destination{ToAddresses: []*string{awsv1.String(u.Email)}},
			})
		}
	}
}
