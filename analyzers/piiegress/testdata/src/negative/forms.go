package negative

import (
	"net/http"
	"net/mail"
	"net/url"
	"strings"
)

// Form values whose keys name no personal data, and personal ones sent
// where the policy allows.

func searchToIndex(r *http.Request) {
	q := url.Values{"q": {r.FormValue("q")}, "page": {r.FormValue("page")}}
	http.Get("https://search.example.net/api?" + q.Encode())
}

func verifiedFlag(r *http.Request) {
	http.Post("https://flags.example.net/v1", "text/plain", strings.NewReader(r.PostFormValue("email_verified")))
}

func titleToRemote(r *http.Request) {
	http.Post("https://api.example.net/posts", "text/plain", strings.NewReader(r.FormValue("title")))
}

func emailToProcessor(r *http.Request) {
	addr, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		return
	}
	http.PostForm("https://api.stripe.com/v1/customers", url.Values{"email": {addr.Address}})
}

func emailDomainOnly(r *http.Request) {
	addr, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		return
	}
	_, domain, _ := strings.Cut(addr.Address, "@")
	_ = domain
	http.Get("https://dns.example.net/mx?domain=example.org")
}
