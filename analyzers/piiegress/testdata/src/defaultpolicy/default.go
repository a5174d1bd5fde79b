// Package defaultpolicy runs with the embedded default policy: every user.*
// category is denied to every external host.
package defaultpolicy

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"

	"model"
)

func emailToStripe(u model.User) {
	http.PostForm("https://api.stripe.com/v1/customers", url.Values{"email": {u.Email}}) // want `user.contact.email from u.Email is sent to api.stripe.com, which is not allowed to receive it \(piiegress: "We never share personal information with anyone but the processors listed."\)`
}

func hashedEmailIsStillEmail(u model.User) {
	sum := sha256.Sum256([]byte(u.Email))
	http.Get("https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:])) // want `user.contact.email from u.Email is sent to www.gravatar.com`
}

func unknownIsReported(endpoint string, u model.User) {
	http.Post(endpoint, "text/plain", strings.NewReader(u.Phone)) // want `user.contact.phone from u.Phone is sent to an unknown destination`
}

func localhostIsNotEgress(u model.User) {
	http.Post("http://localhost:8080/debug", "text/plain", strings.NewReader(u.Email))
}

func nothingPersonal() {
	http.Get("https://api.stripe.com/v1/balance")
}
