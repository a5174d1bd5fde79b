// Package payloads holds the ways personal data gets into a request body
// without being named at the send: tagged struct fields, property maps,
// multipart files, a channel to a background sender, and a value a
// middleware put into the request's context.
package payloads

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"

	"github.com/segmentio/analytics-go/v3"

	"model"
)

// ---------------------------------------------------------------- tagged fields

// lead is a CRM lead; the manifest marks pii:"email" fields.
type lead struct {
	Contact string `json:"contact" pii:"email"`
	Source  string `json:"source"`
}

var leadsByCampaign = func(campaign string) map[string]lead { return nil }

func exportLeads(campaign string) error {
	b, err := json.Marshal(leadsByCampaign(campaign))
	if err != nil {
		return err
	}
	resp, err := http.Post("https://api.leads.example/import", "application/json", bytes.NewReader(b)) // want `user.contact.email from lead.Contact is sent to api.leads.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ---------------------------------------------------------------- property maps

func trackSignup(client analytics.Client, r *http.Request, id string) error {
	props := analytics.Properties{}
	props.Set("plan", "free")
	props.Set("ip", r.Header.Get("X-Real-IP"))
	return client.Enqueue(analytics.Track{UserId: id, Event: "Signed Up", Properties: props}) // want `user.device.ip_address from X-Real-Ip header is sent to api.segment.io`
}

func pingPartner(u model.User) error {
	event := map[string]any{"event": "checkout"}
	event["customer_phone"] = u.Phone
	b, _ := json.Marshal(event)
	resp, err := http.Post("https://events.partner.example/v1", "application/json", bytes.NewReader(b)) // want `user.contact.phone from u.Phone is sent to events.partner.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ---------------------------------------------------------------- multipart

func uploadContacts(users []model.User) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, err := mw.CreateFormFile("file", "contacts.csv")
	if err != nil {
		return err
	}
	w := csv.NewWriter(part)
	for _, u := range users {
		w.Write([]string{u.ID, u.Email})
	}
	w.Flush()
	mw.Close()
	resp, err := http.Post("https://api.mailinglist.example/import", mw.FormDataContentType(), &body) // want `user.contact.email from u.Email is sent to api.mailinglist.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func uploadNote(u model.User, note string) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormField("phone")
	fmt.Fprint(fw, u.Phone)
	file, _ := mw.CreateFormFile("note", "note.txt")
	io.Copy(file, strings.NewReader(note))
	mw.Close()
	req, err := http.NewRequest(http.MethodPost, "https://api.notes.example/upload", &body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	_, err = http.DefaultClient.Do(req) // want `user.contact.phone from u.Phone is sent to api.notes.example`
	return err
}

// ---------------------------------------------------------------- a background sender

type signupEvent struct {
	UserID string `json:"user_id"`
	Origin string `json:"origin"`
}

// Forwarder posts events to a partner from a background goroutine.
type Forwarder struct {
	events chan signupEvent
	hc     *http.Client
}

func NewForwarder() *Forwarder {
	f := &Forwarder{events: make(chan signupEvent, 64), hc: &http.Client{}}
	go f.run()
	return f
}

// Enqueue hands an event to the background sender.
func (f *Forwarder) Enqueue(e signupEvent) {
	select {
	case f.events <- e:
	default:
	}
}

func (f *Forwarder) run() {
	for e := range f.events {
		b, _ := json.Marshal(e)
		resp, err := f.hc.Post("https://ingest.partner.example/signups", "application/json", bytes.NewReader(b))
		if err == nil {
			resp.Body.Close()
		}
	}
}

func onSignup(f *Forwarder, r *http.Request) {
	f.Enqueue(signupEvent{UserID: r.FormValue("id"), Origin: r.Header.Get("X-Forwarded-For")}) // want `user.device.ip_address from X-Forwarded-For header is sent to ingest.partner.example`
}

// ---------------------------------------------------------------- context values

type ctxKey int

const clientIPKey ctxKey = 0

// RealIP puts the client's address into the request's context.
func RealIP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), clientIPKey, r.Header.Get("X-Forwarded-For"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func fraudCheck(ctx context.Context, orderID string) error {
	addr, _ := ctx.Value(clientIPKey).(string)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.fraud.example/v1/score", strings.NewReader(`{"order":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	req.Header.Set("X-Customer-Address", addr)
	_, err = http.DefaultClient.Do(req) // want `user.device.ip_address from X-Forwarded-For header is sent to api.fraud.example`
	return err
}
