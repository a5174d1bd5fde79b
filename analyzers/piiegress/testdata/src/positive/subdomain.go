package positive

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"model"
)

// A host whose first label the code computes (a tenant, an API key) under
// a host it names: the destination is every host below it.

type helpdesk struct {
	base string
}

func newHelpdesk(tenant string) *helpdesk {
	return &helpdesk{base: "https://" + tenant + ".zendesk.com/api/v2"}
}

func (h *helpdesk) openTicket(u model.User, subject string) {
	form := url.Values{"requester": {u.Email}, "subject": {subject}}
	http.Post(h.base+"/tickets", "application/x-www-form-urlencoded", strings.NewReader(form.Encode())) // want `user.contact.email from u.Email is sent to \*.zendesk.com`
}

func spamCheck(key string, u model.User) {
	endpoint := fmt.Sprintf("https://%s.rest.akismet.example/1.1/comment-check", key)
	http.PostForm(endpoint, url.Values{"comment_author_email": {u.Email}}) // want `user.contact.email from u.Email is sent to \*.rest.akismet.example`
}
