// Package devharness runs the shop against local mocks of its processors.
// Stripe's backend and Sentry's DSN are process-wide settings: once this
// package points them at this machine, every call of the package goes
// there.
package devharness

import (
	"github.com/getsentry/sentry-go"
	stripe "github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/customer"

	"model"
)

func init() {
	stripe.Key = "sk_test_123"
	stripe.SetBackend(stripe.APIBackend, stripe.GetBackendWithConfig(stripe.APIBackend, &stripe.BackendConfig{
		URL: stripe.String("http://localhost:12111"),
	}))
	sentry.Init(sentry.ClientOptions{Dsn: "http://public@127.0.0.1:9000/1", SendDefaultPII: true})
}

func createCustomer(u model.User) error {
	_, err := customer.New(&stripe.CustomerParams{Email: stripe.String(u.Email), Phone: stripe.String(u.Phone)})
	return err
}

func reportCheckoutError(u model.User, err error) {
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetUser(sentry.User{ID: u.ID, Email: u.Email, IPAddress: u.ClientIP})
	})
	sentry.CaptureException(err)
}
