// Package handlers calls the CRM client of another package: the findings
// are at the calls of its methods.
package handlers

import (
	"context"
	"encoding/json"
	"net/http"

	"crm"
	"model"
)

func signup(ctx context.Context, c *crm.Client, u model.User) {
	c.Upsert(ctx, crm.Contact{ID: u.ID, Email: u.Email}) // want `user.contact.email from u.Email is sent to api.crm.example, which is not allowed to receive it`
}

func newsletter(ctx context.Context, c *crm.Client, r *http.Request) {
	var form struct{ Email string }
	json.NewDecoder(r.Body).Decode(&form)
	c.Subscribe(ctx, form.Email) // want `user.contact.email from form.Email is sent to api.crm.example`
}

func syncLoaded(ctx context.Context, c *crm.Client, id string) {
	ct := loadContact(id)
	c.Upsert(ctx, ct) // want `user.contact.email from Contact.Email is sent to api.crm.example` `user.contact.phone from Contact.Phone is sent to api.crm.example`
}

var loadContact = func(id string) crm.Contact { return crm.Contact{} }

func forward(u model.User) {
	b, _ := json.Marshal(map[string]string{"ip": u.ClientIP})
	crm.Forward("https://events.partner.example/in", b) // want `user.device.ip_address from u.ClientIP is sent to events.partner.example`
}

func forwardToConfiguredURL(endpoint string, u model.User) {
	b, _ := json.Marshal(map[string]string{"ip": u.ClientIP})
	crm.Forward(endpoint, b) // want `user.device.ip_address from u.ClientIP is sent to an unknown destination`
}

// negatives

func upsertWithoutPersonalData(ctx context.Context, c *crm.Client, u model.User) {
	c.Upsert(ctx, crm.Contact{ID: u.ID})
}

func notesAreNotSent(ctx context.Context, c *crm.Client, u model.User) {
	c.Upsert(ctx, crm.Contact{ID: u.ID, Notes: u.Email})
}

func forwardToOwnService(u model.User) {
	b, _ := json.Marshal(map[string]string{"ip": u.ClientIP})
	crm.Forward("https://events.acme.internal/in", b)
}
