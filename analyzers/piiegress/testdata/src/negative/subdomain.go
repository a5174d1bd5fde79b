package negative

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"model"
)

// A computed subdomain under a host the manifest allows with a wildcard
// (*.acme.internal); and a computed host with nothing named: unknown,
// which the default "report" makes a finding, so it is not here.

func toService(service string, u model.User) {
	http.Post("https://"+service+".acme.internal/v1/users", "text/plain", strings.NewReader(u.Email))
}

func toRegion(region string, u model.User) {
	endpoint := fmt.Sprintf("https://%s.billing.acme.internal/customers", region)
	http.PostForm(endpoint, url.Values{"email": {u.Email}})
}
