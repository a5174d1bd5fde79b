package positive

import (
	"net/http"
	"net/mail"
	"net/url"
	"strings"
)

// Form and query values read by a key that names personal data.

func newsletterSignupToCRM(w http.ResponseWriter, r *http.Request) {
	form := url.Values{"email": {r.PostFormValue("email")}, "source": {"footer"}}
	http.PostForm("https://api.hubspot.com/v1/forms/submit", form) // want `user.contact.email from r.PostFormValue\("email"\) is sent to api.hubspot.com`
}

func reportAbuse(r *http.Request) {
	reporter, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		return
	}
	body := "reported by " + reporter.Address
	http.Post("https://moderation.example.net/reports", "text/plain", strings.NewReader(body)) // want `user.contact.email from r.FormValue\("email"\) is sent to moderation.example.net`
}

func lookupByQuery(r *http.Request) {
	q := r.URL.Query()
	http.Get("https://api.clearbit.com/v2/people/find?phone=" + url.QueryEscape(q.Get("phone"))) // want `user.contact.phone from r.URL.Query\(\).Get\("phone"\) is sent to api.clearbit.com`
}
