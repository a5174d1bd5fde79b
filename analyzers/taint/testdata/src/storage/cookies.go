package storage

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// RememberEmail pre-fills the sign-in form next time: the address goes
// back to the browser in a cookie.
func RememberEmail(w http.ResponseWriter, r *http.Request) {
	var f SignupForm
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "last_email", Value: f.Email, Path: "/login", HttpOnly: true}) // want `cookie cookie:last_email user.contact.email`
	w.WriteHeader(http.StatusNoContent)
}

// EchoUser tells the front end who is signed in, in a response header.
func EchoUser(w http.ResponseWriter, a *Account) {
	w.Header().Set("X-User-Email", a.Email) // want `cookie header:X-User-Email user.contact.email`
	w.WriteHeader(http.StatusOK)
}

// GinRemember is the gin version.
func GinRemember(c *gin.Context) {
	c.SetCookie("remember_ip", c.ClientIP(), 3600, "/", "", true, true) // want `cookie cookie:remember_ip user.device.ip_address`
	c.Header("X-Client-IP", c.ClientIP())                               // want `cookie header:X-Client-IP user.device.ip_address`
}

// EchoRemember is the echo version, with a cookie built first.
func EchoRemember(c echo.Context, a *Account) error {
	ck := new(http.Cookie)
	ck.Name = "account_email"
	ck.Value = a.Email
	c.SetCookie(ck)                                    // want `cookie cookie:account_email user.contact.email`
	c.Response().Header().Add("X-Account", a.FullName) // want `cookie header:X-Account user.name`
	return nil
}
