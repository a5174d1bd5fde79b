// Package support opens help-desk tickets for customers through the
// vendor's client in another package: the destination is the client's
// base URL, which this package's constructors choose.
package support

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"helpdesk"
	"model"
)

// Desk files tickets with the production help desk.
type Desk struct {
	hd *helpdesk.Client
}

// NewDesk builds the production client.
func NewDesk(token string) *Desk {
	return &Desk{hd: helpdesk.NewClient(nil, token)}
}

func (d *Desk) reportProblem(ctx context.Context, u model.User, text string) error {
	_, err := d.hd.CreateTicket(ctx, &helpdesk.Ticket{ // want `user.contact.email from u.Email is sent to api.helpdesk.example, which is not allowed to receive it`
		Subject:     "Problem report",
		Description: text,
		Requester:   helpdesk.Requester{Name: u.ID, Email: u.Email},
	})
	return err
}

func lookupRequester(ctx context.Context, token string, u model.User) error {
	hd := helpdesk.NewClient(http.DefaultClient, token)
	return hd.SearchUsers(ctx, u.Email) // want `user.contact.email from u.Email is sent to api.helpdesk.example`
}

// The caller builds the request with the client's NewRequest and sends it
// with Do: both are the vendor package's, the host is its base URL.
func exportProfile(ctx context.Context, token string, u model.User) error {
	hd := helpdesk.NewClient(nil, token)
	req, err := hd.NewRequest(ctx, http.MethodPut, "users/"+u.ID, map[string]string{"phone": u.Phone})
	if err != nil {
		return err
	}
	_, err = hd.Do(req, nil) // want `user.contact.phone from u.Phone is sent to api.helpdesk.example`
	return err
}

// A regional deployment chosen with a constant base URL.
func euTicket(ctx context.Context, token string, u model.User) error {
	hd, err := helpdesk.NewClientWithBaseURL("https://eu.helpdesk.example/v2/", nil, token)
	if err != nil {
		return err
	}
	_, err = hd.CreateTicket(ctx, &helpdesk.Ticket{Subject: "callback", Requester: helpdesk.Requester{Email: u.Email}}) // want `user.contact.email from u.Email is sent to eu.helpdesk.example`
	return err
}

// A client made with options: the default host unless an option says
// otherwise.
func optionTicket(ctx context.Context, token string, u model.User) error {
	hd := helpdesk.New(token)
	_, err := hd.CreateTicket(ctx, &helpdesk.Ticket{Requester: helpdesk.Requester{Email: u.Email}}) // want `user.contact.email from u.Email is sent to api.helpdesk.example`
	return err
}

// The vendor's request builder for its status page, with the customer's
// address added by the caller.
func incidentsFor(ctx context.Context, u model.User) error {
	req, err := helpdesk.NewIncidentRequest(ctx)
	if err != nil {
		return err
	}
	req.Header.Set("X-Subscriber", u.Email)
	resp, err := http.DefaultClient.Do(req) // want `user.contact.email from u.Email is sent to status.helpdesk.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A base URL from the configuration: nobody can tell where it points.
func configuredTicket(ctx context.Context, baseURL, token string, u model.User) error {
	hd, err := helpdesk.NewClientWithBaseURL(baseURL, nil, token)
	if err != nil {
		return err
	}
	_, err = hd.CreateTicket(ctx, &helpdesk.Ticket{Requester: helpdesk.Requester{Email: u.Email}}) // want `user.contact.email from u.Email is sent to an unknown destination`
	return err
}

func exportWithDefaultClient(u model.User) error {
	resp, err := http.DefaultClient.Post(os.Getenv("EXPORT_URL"), "text/plain", strings.NewReader(u.Email)) // want `user.contact.email from u.Email is sent to an unknown destination`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Look-alikes: the same calls with nothing personal, to an allowed host,
// or to a test server on this machine.

func (d *Desk) reportOutage(ctx context.Context, text string) error {
	_, err := d.hd.CreateTicket(ctx, &helpdesk.Ticket{Subject: "Outage", Description: text, Tags: []string{"ops"}})
	return err
}

// Our own help desk, which the manifest allows (*.acme.internal).
func internalTicket(ctx context.Context, token string, u model.User) error {
	hd, err := helpdesk.NewClientWithBaseURL("https://support.acme.internal/api/v2/", nil, token)
	if err != nil {
		return err
	}
	_, err = hd.CreateTicket(ctx, &helpdesk.Ticket{Requester: helpdesk.Requester{Name: u.FirstName, Email: u.Email}})
	return err
}

func internalOptionTicket(ctx context.Context, token string, u model.User) error {
	hd := helpdesk.New(token, helpdesk.WithBaseURL("https://support.acme.internal/api/v2/"))
	_, err := hd.CreateTicket(ctx, &helpdesk.Ticket{Requester: helpdesk.Requester{Email: u.Email}})
	return err
}

func incidents(ctx context.Context) error {
	req, err := helpdesk.NewIncidentRequest(ctx)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func internalSearch(ctx context.Context, token string, u model.User) error {
	hd, err := helpdesk.NewClientWithBaseURL("https://support.acme.internal/api/v2/", nil, token)
	if err != nil {
		return err
	}
	return hd.SearchUsers(ctx, u.Email)
}

// A fake help desk for local development and smoke tests.
func smokeTest(ctx context.Context, u model.User) error {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	}))
	defer ts.Close()
	hd, err := helpdesk.NewClientWithBaseURL(ts.URL+"/", ts.Client(), "test")
	if err != nil {
		return err
	}
	_, err = hd.CreateTicket(ctx, &helpdesk.Ticket{Requester: helpdesk.Requester{Email: u.Email}})
	return err
}

// A test server's client talks to the test server, wherever the URL
// comes from.
func smokeExport(srv *httptest.Server, u model.User) error {
	resp, err := srv.Client().Post(os.Getenv("SMOKE_EXPORT_URL"), "text/plain", strings.NewReader(u.Email))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func exportToLocalProxy(ctx context.Context, u model.User) error {
	hd, err := helpdesk.NewClientWithBaseURL("http://localhost:8025/v2/", nil, "dev")
	if err != nil {
		return err
	}
	req, err := hd.NewRequest(ctx, http.MethodPut, "users/"+u.ID, map[string]string{"phone": u.Phone})
	if err != nil {
		return err
	}
	_, err = hd.Do(req, nil)
	return err
}

func listTickets(ctx context.Context, token string) error {
	hd := helpdesk.NewClient(nil, token)
	req, err := hd.NewRequest(ctx, http.MethodGet, "tickets?status=open", nil)
	if err != nil {
		return err
	}
	_, err = hd.Do(req, nil)
	return err
}
