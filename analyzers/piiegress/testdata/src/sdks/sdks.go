// Package sdks calls the SDKs of processors the way services do: the
// destination is each SDK's default host, or the endpoint the code points
// the client at.
package sdks

import (
	"context"
	"fmt"

	firebase "firebase.google.com/go/v4"
	"firebase.google.com/go/v4/messaging"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/getsentry/sentry-go"
	"github.com/keighl/postmark"
	"github.com/mailgun/mailgun-go/v4"
	"github.com/mixpanel/mixpanel-go"
	"github.com/segmentio/analytics-go/v3"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	stripe "github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/customer"
	"github.com/twilio/twilio-go"
	twilioapi "github.com/twilio/twilio-go/rest/api/v2010"
	"gopkg.in/intercom/intercom-go.v2"

	"model"
)

// ---------------------------------------------------------------- e-mail providers

// The manifest allows api.sendgrid.com e-mail addresses, not names.
func sendgridWelcome(key string, u model.User) error {
	from := mail.NewEmail("Shop", "hello@shop.example")
	to := mail.NewEmail(u.FirstName, u.Email)
	m := mail.NewSingleEmail(from, "Welcome", to, "Hi!", "<p>Hi!</p>")
	_, err := sendgrid.NewSendClient(key).Send(m) // want `user.name from u.FirstName is sent to api.sendgrid.com`
	return err
}

func mailgunReceipt(ctx context.Context, domain, key string, u model.User) error {
	mg := mailgun.NewMailgun(domain, key)
	m := mg.NewMessage("shop@"+domain, "Your receipt", "Thanks!", u.Email)
	_, _, err := mg.Send(ctx, m) // want `user.contact.email from u.Email is sent to api.mailgun.net`
	return err
}

func postmarkReset(serverToken string, u model.User) error {
	c := postmark.NewClient(serverToken, "")
	_, err := c.SendEmail(postmark.Email{From: "no-reply@shop.example", To: u.Email, Subject: "Reset", TextBody: "..."}) // want `user.contact.email from u.Email is sent to api.postmarkapp.com`
	return err
}

func sesNewsletter(ctx context.Context, u model.User) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"))
	if err != nil {
		return err
	}
	client := sesv2.NewFromConfig(cfg)
	_, err = client.SendEmail(ctx, &sesv2.SendEmailInput{ // want `user.contact.email from u.Email is sent to email.us-east-1.amazonaws.com`
		FromEmailAddress: aws.String("news@shop.example"),
		Destination:      &sestypes.Destination{ToAddresses: []string{u.Email}},
	})
	return err
}

// ---------------------------------------------------------------- SMS, push, payments

func twilioCode(u model.User, code string) error {
	client := twilio.NewRestClient()
	params := &twilioapi.CreateMessageParams{}
	params.SetTo(u.Phone)
	params.SetFrom("+15017250604")
	params.SetBody("Your code is " + code)
	_, err := client.Api.CreateMessage(params) // want `user.contact.phone from u.Phone is sent to api.twilio.com`
	return err
}

func snsAlert(ctx context.Context, cfg aws.Config, u model.User) error {
	client := sns.NewFromConfig(cfg)
	_, err := client.Publish(ctx, &sns.PublishInput{PhoneNumber: aws.String(u.Phone), Message: aws.String("Your order shipped")}) // want `user.contact.phone from u.Phone is sent to sns.\*.amazonaws.com`
	return err
}

func pushOrderShipped(ctx context.Context, app *firebase.App, token string, u model.User) error {
	client, err := app.Messaging(ctx)
	if err != nil {
		return err
	}
	_, err = client.Send(ctx, &messaging.Message{ // want `user.name from u.FirstName is sent to fcm.googleapis.com`
		Token:        token,
		Notification: &messaging.Notification{Title: "Shipped", Body: fmt.Sprintf("%s, your order is on its way", u.FirstName)},
	})
	return err
}

// The manifest allows api.stripe.com e-mail addresses and names, not phones.
func stripeCustomer(u model.User) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(u.Email), Phone: stripe.String(u.Phone)}) // want `user.contact.phone from u.Phone is sent to api.stripe.com`
	return err
}

// ---------------------------------------------------------------- analytics and errors

func segmentEUWorkspace(u model.User) error {
	client, err := analytics.NewWithConfig("key", analytics.Config{Endpoint: "https://events.eu1.segmentapis.com"})
	if err != nil {
		return err
	}
	return client.Enqueue(analytics.Identify{UserId: u.ID, Traits: analytics.NewTraits().SetEmail(u.Email)}) // want `user.contact.email from u.Email is sent to events.eu1.segmentapis.com`
}

func mixpanelEU(ctx context.Context, u model.User) error {
	mp := mixpanel.NewApiClient("token", mixpanel.EuResidency())
	return mp.Track(ctx, []*mixpanel.Event{mp.NewEvent("signup", u.ID, map[string]any{"$email": u.Email})}) // want `user.contact.email from u.Email is sent to api-eu.mixpanel.com`
}

func intercomContact(u model.User) error {
	ic := intercom.NewClient("app", "key")
	_, err := ic.Contacts.Create(&intercom.Contact{UserID: u.ID, Email: u.Email}) // want `user.contact.email from u.Email is sent to api.intercom.io`
	return err
}

func sentryUser(u model.User) {
	sentry.Init(sentry.ClientOptions{Dsn: "https://public@o4505.ingest.us.sentry.io/4506"})
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetUser(sentry.User{ID: u.ID, Email: u.Email}) // want `user.contact.email from u.Email is sent to o4505.ingest.us.sentry.io`
	})
}
