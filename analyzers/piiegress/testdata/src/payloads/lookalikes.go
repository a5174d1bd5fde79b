package payloads

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"strings"

	"github.com/segmentio/analytics-go/v3"

	"model"
)

type campaignStats struct {
	Campaign string `json:"campaign"`
	Sent     int    `json:"sent"`
	Owner    string `json:"-" pii:"email"`
}

var statsByCampaign = func() map[string]campaignStats { return nil }

func exportStats() error {
	b, err := json.Marshal(statsByCampaign())
	if err != nil {
		return err
	}
	resp, err := http.Post("https://api.leads.example/stats", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func exportLeadsInternally(campaign string) error {
	b, err := json.Marshal(leadsByCampaign(campaign))
	if err != nil {
		return err
	}
	resp, err := http.Post("https://crm.acme.internal/import", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func trackPlan(client analytics.Client, id, plan string) error {
	props := analytics.Properties{}
	props.Set("plan", plan)
	props.Set("source", "web")
	return client.Enqueue(analytics.Track{UserId: id, Event: "Plan Changed", Properties: props})
}

func pingPartnerWithoutContact(orderID string) error {
	event := map[string]any{"event": "checkout"}
	event["order_id"] = orderID
	b, _ := json.Marshal(event)
	resp, err := http.Post("https://events.partner.example/v1", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func uploadContactsInternally(users []model.User) error {
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
	resp, err := http.Post("https://lists.acme.internal/import", mw.FormDataContentType(), &body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func uploadReport(rows [][]string) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, _ := mw.CreateFormFile("file", "report.csv")
	csv.NewWriter(part).WriteAll(rows)
	fw, _ := mw.CreateFormField("count")
	fmt.Fprint(fw, len(rows))
	mw.Close()
	resp, err := http.Post("https://api.mailinglist.example/reports", mw.FormDataContentType(), &body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type pageView struct {
	Path string `json:"path"`
}

// Views are sent by a background sender too, but carry nothing personal.
type viewForwarder struct {
	views chan pageView
}

func (f *viewForwarder) run() {
	for v := range f.views {
		b, _ := json.Marshal(v)
		resp, err := http.Post("https://ingest.partner.example/views", "application/json", bytes.NewReader(b))
		if err == nil {
			resp.Body.Close()
		}
	}
}

func onView(f *viewForwarder, r *http.Request) {
	f.views <- pageView{Path: r.URL.Path}
}

type requestIDKey struct{}

func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), requestIDKey{}, r.Header.Get("X-Request-Id"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func callInventory(ctx context.Context, sku string) error {
	id, _ := ctx.Value(requestIDKey{}).(string)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.inventory.example/v1/items/"+sku, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Request-Id", id)
	_, err = http.DefaultClient.Do(req)
	return err
}

// The client address from the context goes to our own fraud service.
func fraudCheckInternally(ctx context.Context, orderID string) error {
	addr, _ := ctx.Value(clientIPKey).(string)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://fraud.acme.internal/v1/score", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	req.Header.Set("X-Customer-Address", addr)
	_, err = http.DefaultClient.Do(req)
	return err
}
