// Package dynamicallow runs with unknown = "allow": destinations that
// cannot be resolved are not reported, resolved ones still are.
package dynamicallow

import (
	"net/http"
	"os"
	"strings"

	"model"
)

type config struct{ ExportURL string }

func fromEnv(u model.User) {
	http.Post(os.Getenv("EXPORT_URL"), "text/plain", strings.NewReader(u.Email))
}

func fromConfig(cfg config, u model.User) {
	http.Post(cfg.ExportURL, "text/plain", strings.NewReader(u.Email))
}

func fromParameter(endpoint string, u model.User) {
	http.Get(endpoint + "?email=" + u.Email)
}

// A tenant's subdomain still names the vendor: *.crm.example is resolved.
func tenantHost(tenant string, u model.User) {
	http.Get("https://" + tenant + ".crm.example/lookup?email=" + u.Email) // want `user.contact.email from u.Email is sent to \*.crm.example`
}

func resolvedStillReported(u model.User) {
	http.Get("https://api.segment.io/v1/lookup?email=" + u.Email) // want `user.contact.email from u.Email is sent to api.segment.io`
}
