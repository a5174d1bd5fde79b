package positive

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/ses"
	"github.com/aws/aws-sdk-go/service/ses/sesiface"
	"github.com/jordan-wright/email"
	"github.com/mailgun/mailgun-go/v4"
	"github.com/mrz1836/postmark"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	wmail "github.com/wneessen/go-mail"
	gomail "gopkg.in/gomail.v2"
)

func gomailCampaign(d *gomail.Dialer, s *Store) {
	for _, u := range s.AllUsers() {
		m := gomail.NewMessage()
		m.SetHeader("From", from)
		m.SetHeader("To", u.Email)
		m.SetHeader("Subject", "Our summer sale")
		d.DialAndSend(m) // want "e-mail to `u.Email` sent by gomail.Dialer.DialAndSend without a consent check"
	}
}

func wneessenCampaign(c *wmail.Client, s *Store) {
	for _, u := range s.AllUsers() {
		m := wmail.NewMsg()
		m.From(from)
		m.To(u.Email)
		c.DialAndSend(m) // want "e-mail to `u.Email` sent by mail.Client.DialAndSend"
	}
}

func jordanWright(s *Store) {
	for _, u := range s.AllUsers() {
		e := email.NewEmail()
		e.From = from
		e.To = []string{u.Email}
		e.Send(addr, nil) // want "e-mail to `u.Email` sent by email.Email.Send"
	}
}

func sendgridCampaign(c *sendgrid.Client, s *Store) {
	for _, u := range s.AllUsers() {
		m := mail.NewSingleEmail(mail.NewEmail("Shop", from), "Sale", mail.NewEmail(u.Name, u.Email), "text", "<p>html</p>")
		c.Send(m) // want `sent by sendgrid.Client.Send without a consent check`
	}
}

func mailgunCampaign(ctx context.Context, mg *mailgun.MailgunImpl, s *Store) {
	for _, u := range s.AllUsers() {
		m := mailgun.NewMessage(from, "Sale", "text", u.Email)
		mg.Send(ctx, m) // want "e-mail to `u.Email` sent by mailgun.MailgunImpl.Send"
	}
}

func sesV1Campaign(svc sesiface.SESAPI, s *Store) {
	for _, u := range s.AllUsers() {
		svc.SendEmail(&ses.SendEmailInput{ // want "e-mail to `u.Email` sent by sesiface.SESAPI.SendEmail"
			Destination: &ses.Destination{ToAddresses: []*string{awsv1.String(u.Email)}},
			Source:      awsv1.String(from),
		})
	}
}

func sesV2Campaign(ctx context.Context, c *sesv2.Client, s *Store) {
	for _, u := range s.AllUsers() {
		c.SendEmail(ctx, &sesv2.SendEmailInput{ // want "e-mail to `u.Email` sent by sesv2.Client.SendEmail"
			Destination:      &types.Destination{ToAddresses: []string{u.Email}},
			FromEmailAddress: aws.String(from),
		})
	}
}

func postmarkCampaign(ctx context.Context, c *postmark.Client, s *Store) {
	for _, u := range s.AllUsers() {
		c.SendEmail(ctx, postmark.Email{From: from, To: u.Email, Subject: "Sale"}) // want "e-mail to `u.Email` sent by postmark.Client.SendEmail"
	}
}
