package sdks

import (
	"context"

	firebase "firebase.google.com/go/v4"
	"firebase.google.com/go/v4/messaging"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
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
	"google.golang.org/api/option"
	"gopkg.in/intercom/intercom-go.v2"

	"model"
)

// Look-alikes: allowlisted SDKs, clients pointed at an allowed host or at
// this machine, and calls that carry nothing personal.

// SendGrid may receive e-mail addresses.
func sendgridAddressOnly(key string, u model.User) error {
	m := mail.NewSingleEmail(mail.NewEmail("Shop", "hello@shop.example"), "Welcome", mail.NewEmail("", u.Email), "Hi!", "<p>Hi!</p>")
	_, err := sendgrid.NewSendClient(key).Send(m)
	return err
}

// The low-level API with the default host ("" is api.sendgrid.com).
func sendgridRawAPI(key string, u model.User) error {
	m := mail.NewV3MailInit(mail.NewEmail("Shop", "hello@shop.example"), "Welcome", mail.NewEmail("", u.Email))
	request := sendgrid.GetRequest(key, "/v3/mail/send", "")
	request.Method = "POST"
	request.Body = mail.GetRequestBody(m)
	_, err := sendgrid.API(request)
	return err
}

// The EU region, which the manifest allows.
func mailgunEU(ctx context.Context, domain, key string, u model.User) error {
	mg := mailgun.NewMailgun(domain, key)
	mg.SetAPIBase(mailgun.APIBaseEU)
	m := mg.NewMessage("shop@"+domain, "Your receipt", "Thanks!", u.Email)
	_, _, err := mg.Send(ctx, m)
	return err
}

// A local Postmark mock.
func postmarkMock(u model.User) error {
	c := postmark.NewClient("test", "")
	c.BaseURL = "http://localhost:3000"
	_, err := c.SendEmail(postmark.Email{From: "no-reply@shop.example", To: u.Email, Subject: "Reset"})
	return err
}

// The SES region the manifest allows.
func sesEU(ctx context.Context, u model.User) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	if err != nil {
		return err
	}
	client := sesv2.NewFromConfig(cfg)
	_, err = client.SendEmail(ctx, &sesv2.SendEmailInput{
		FromEmailAddress: aws.String("news@shop.example"),
		Destination:      &sestypes.Destination{ToAddresses: []string{u.Email}},
	})
	return err
}

// The region comes from the caller's configuration: the manifest allows
// SES in one region, which the client may be in.
func sesFromConfig(ctx context.Context, cfg aws.Config, u model.User) error {
	_, err := sesv2.NewFromConfig(cfg).SendEmail(ctx, &sesv2.SendEmailInput{
		Destination: &sestypes.Destination{ToAddresses: []string{u.Email}},
	})
	return err
}

// LocalStack on the developer's machine.
func snsLocalStack(ctx context.Context, cfg aws.Config, u model.User) error {
	client := sns.NewFromConfig(cfg, func(o *sns.Options) {
		o.BaseEndpoint = aws.String("http://localhost:4566")
	})
	_, err := client.Publish(ctx, &sns.PublishInput{PhoneNumber: aws.String(u.Phone), Message: aws.String("Your order shipped")})
	return err
}

func snsTopicWithoutPersonalData(ctx context.Context, cfg aws.Config, orderID string) error {
	client := sns.NewFromConfig(cfg)
	_, err := client.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("arn:aws:sns:eu-west-1:1:orders"), Message: aws.String("shipped " + orderID)})
	return err
}

func twilioWithoutPhone(sid string) error {
	client := twilio.NewRestClient()
	params := &twilioapi.CreateMessageParams{}
	params.SetTo("+15558675309")
	params.SetBody("Deploy finished: " + sid)
	_, err := client.Api.CreateMessage(params)
	return err
}

// The FCM emulator.
func pushToEmulator(ctx context.Context, token string, u model.User) error {
	app, err := firebase.NewApp(ctx, nil, option.WithEndpoint("http://127.0.0.1:9099"))
	if err != nil {
		return err
	}
	client, err := app.Messaging(ctx)
	if err != nil {
		return err
	}
	_, err = client.Send(ctx, &messaging.Message{Token: token, Notification: &messaging.Notification{Title: "Hi " + u.FirstName}})
	return err
}

func pushWithoutPersonalData(ctx context.Context, app *firebase.App, token string) error {
	client, err := app.Messaging(ctx)
	if err != nil {
		return err
	}
	_, err = client.Send(ctx, &messaging.Message{Token: token, Notification: &messaging.Notification{Title: "Sale", Body: "20% off today"}})
	return err
}

func stripeEmailAndName(u model.User) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(u.Email), Name: stripe.String(u.FirstName)})
	return err
}

// Our own event collector, which speaks the Segment protocol.
func segmentSelfHosted(u model.User) error {
	client, err := analytics.NewWithConfig("key", analytics.Config{Endpoint: "https://events.acme.internal"})
	if err != nil {
		return err
	}
	return client.Enqueue(analytics.Identify{UserId: u.ID, Traits: analytics.NewTraits().SetEmail(u.Email)})
}

func mixpanelProxy(ctx context.Context, u model.User) error {
	mp := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://mp-proxy.acme.internal"))
	return mp.Track(ctx, []*mixpanel.Event{mp.NewEvent("signup", u.ID, map[string]any{"$email": u.Email})})
}

func intercomStub(u model.User) error {
	ic := intercom.NewClient("app", "key")
	ic.Option(intercom.BaseURI("http://localhost:3001"))
	_, err := ic.Contacts.Create(&intercom.Contact{UserID: u.ID, Email: u.Email})
	return err
}
