package negative

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"model"
)

// More compliant look-alikes: the same calls as the positive cases, with
// data that is not personal, or going where the manifest allows it.

func countOfUsersToAnalytics(users []model.User) {
	body := `{"users":` + strconv.Itoa(len(users)) + `}`
	http.Post("https://api.segment.io/v1/track", "application/json", strings.NewReader(body))
}

func userIDOnlyInQuery(u model.User) {
	q := url.Values{}
	q.Set("user_id", u.ID)
	http.Get("https://api.segment.io/v1/users?" + q.Encode())
}

func emailToInternalService(ctx context.Context, u model.User) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://crm.acme.internal/contacts", strings.NewReader(u.Email))
	http.DefaultClient.Do(req)
}

func emailToInternalServiceViaSprintf(u model.User) {
	target := fmt.Sprintf("https://%s/v1/users/%s", "billing.acme.internal", u.Email)
	http.Get(target)
}

func constantHeaderToAnyHost() {
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.org/status", nil)
	req.Header.Set("User-Agent", "shop/1.0")
	http.DefaultClient.Do(req)
}

func emailToLoopback(u model.User) {
	http.Post("http://127.0.0.1:8080/debug", "text/plain", strings.NewReader(u.Email))
}

func emailToLocalhostURL(u model.User) {
	target := &url.URL{Scheme: "http", Host: "localhost:9000", Path: "/mail/" + u.Email}
	http.Get(target.String())
}

type health struct {
	Service string `json:"service"`
	Up      bool   `json:"up"`
}

func structWithoutPersonalFields() {
	b, _ := json.Marshal(health{Service: "shop", Up: true})
	http.Post("https://status.example.org/report", "application/json", bytes.NewReader(b))
}

func emailReadButNotSent(u model.User) {
	if strings.HasSuffix(u.Email, "@example.com") {
		http.Get("https://api.segment.io/v1/ping")
	}
}

func nameToStripeThroughEncoder(u model.User) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]string{"name": u.FirstName})
	http.Post("https://api.stripe.com/v1/customers", "application/json", &buf)
}
