package positive

import (
	"context"
	"net/http"

	"github.com/getsentry/sentry-go"
	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
	"github.com/mixpanel/mixpanel-go"
	"github.com/segmentio/analytics-go/v3"
	"gopkg.in/intercom/intercom-go.v2"

	"model"
	"sdk"
)

func sentryUserInScope(u model.User, r *http.Request) {
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetUser(sentry.User{ID: u.ID, Email: u.Email, IPAddress: r.RemoteAddr}) // want `user.contact.email from u.Email is sent to sentry.io` `user.device.ip_address from r.RemoteAddr is sent to sentry.io`
	})
}

func sentryEventWithUser(u model.User) {
	sentry.CaptureEvent(&sentry.Event{Message: "checkout failed", User: sentry.User{Email: u.Email}}) // want `user.contact.email from u.Email is sent to sentry.io`
}

func sentryHubMessage(u model.User) {
	sentry.CurrentHub().CaptureMessage("signup failed for " + u.Email) // want `user.contact.email from u.Email is sent to sentry.io`
}

func segmentIdentify(client analytics.Client, u model.User) {
	client.Enqueue(analytics.Identify{ // want `user.contact.email from u.Email is sent to api.segment.io`
		UserId: u.ID,
		Traits: analytics.NewTraits().SetEmail(u.Email).Set("plan", u.Plan),
	})
}

func segmentTrackIP(client analytics.Client, r *http.Request, id string) {
	client.Enqueue(analytics.Track{UserId: id, Event: "Page Viewed", Properties: analytics.NewProperties().Set("ip", r.RemoteAddr)}) // want `user.device.ip_address from r.RemoteAddr is sent to api.segment.io`
}

func mixpanelTrack(ctx context.Context, mp *mixpanel.ApiClient, u model.User) {
	mp.Track(ctx, []*mixpanel.Event{mp.NewEvent("signup", u.ID, map[string]any{"email": u.Email})}) // want `user.contact.email from u.Email is sent to api.mixpanel.com`
}

func intercomSave(ic *intercom.Client, u model.User) {
	ic.Users.Save(&intercom.User{UserID: u.ID, Email: u.Email}) // want `user.contact.email from u.Email is sent to api.intercom.io`
}

func manifestSink(t *sdk.Tracker, u model.User) {
	t.Push("signup", u.Phone) // want `user.contact.phone from u.Phone is sent to collect.tracker.example`
}

func restyBody(id string) {
	u := model.Load(id)
	resty.New().R().SetBody(u).Post("https://api.crm.example/contacts") // want `user.contact.email from User.Email is sent to api.crm.example` `user.contact.phone from User.Phone` `user.device.ip_address from User.ClientIP` `user.name from User.FirstName`
}

var crm = resty.New().SetBaseURL("https://api.crm.example")

func restyRelativeURL(u model.User) {
	crm.R().SetQueryParam("phone", u.Phone).Get("/v1/lookup") // want `user.contact.phone from u.Phone is sent to api.crm.example`
}

func retryableRequest(ctx context.Context, c *retryablehttp.Client, u model.User) {
	req, _ := retryablehttp.NewRequestWithContext(ctx, "POST", "https://api.crm.example/v1/leads", []byte(u.Email))
	c.Do(req) // want `user.contact.email from u.Email is sent to api.crm.example`
}

func retryableHeader(u model.User) {
	req, _ := retryablehttp.NewRequest("GET", "https://api.crm.example/v1/me", nil)
	req.Header.Set("X-Email", u.Email)
	retryablehttp.NewClient().Do(req) // want `user.contact.email from u.Email is sent to api.crm.example`
}
