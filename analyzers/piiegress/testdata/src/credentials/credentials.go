// Package credentials sends the service's own accounts and configured
// addresses to third parties: a service account's e-mail in a token
// request, the SMTP login and the admin address in a status report. None
// of them is a person's e-mail address. Beside them, structs that do hold
// a customer's address are still reported.
package credentials

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/smtp"
	"net/url"
	"os"

	"golang.org/x/oauth2/google"
	"golang.org/x/oauth2/jwt"

	"model"
)

// ---------------------------------------------------------------- not about a person

// tokenRequest asks Google's token endpoint for an access token as the
// service account: the claims name the account's client_email.
func tokenRequest(ctx context.Context, key []byte) error {
	conf, err := google.JWTConfigFromJSON(key, "https://www.googleapis.com/auth/firebase.messaging")
	if err != nil {
		return err
	}
	claims, _ := json.Marshal(map[string]any{"iss": conf.Email, "scope": "https://www.googleapis.com/auth/firebase.messaging", "aud": conf.TokenURL})
	resp, err := http.PostForm("https://oauth2.googleapis.com/token", url.Values{
		"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"},
		"assertion":  {string(claims)},
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func impersonationConfig(keyID string, pem []byte) *jwt.Config {
	return &jwt.Config{Email: "push@shop-prod.iam.gserviceaccount.com", PrivateKey: pem, PrivateKeyID: keyID, TokenURL: "https://oauth2.googleapis.com/token"}
}

func registerServiceAccount(pem []byte) error {
	conf := impersonationConfig("k1", pem)
	b, _ := json.Marshal(map[string]string{"account": conf.Email, "key_id": conf.PrivateKeyID})
	resp, err := http.Post("https://iam.vendor.example/v1/accounts", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// SMTPSettings is the outgoing mail server the shop logs into.
type SMTPSettings struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	Email    string `json:"email"`
	Password string `json:"-"`
}

// Config is the service's configuration.
type Config struct {
	SiteName   string       `json:"site_name"`
	Email      string       `json:"email"`
	AdminEmail string       `json:"admin_email"`
	SMTP       SMTPSettings `json:"smtp"`
}

var loadConfig = func() Config {
	return Config{SiteName: "shop", Email: os.Getenv("SHOP_EMAIL"), SMTP: SMTPSettings{Host: "smtp.example.com", Port: 587, Email: os.Getenv("SMTP_USER")}}
}

func smtpAuth(cfg Config) smtp.Auth {
	return smtp.PlainAuth("", cfg.SMTP.Email, cfg.SMTP.Password, cfg.SMTP.Host)
}

// reportStatus tells the status page which mail account the shop uses.
func reportStatus() error {
	cfg := loadConfig()
	b, _ := json.Marshal(cfg)
	resp, err := http.Post("https://status.vendor.example/api/components", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// NotifierOptions configures the alerting webhook.
type NotifierOptions struct {
	WebhookURL string
	Email      string // where alerts are copied to: the on-call address
}

func alertOnCall(opts NotifierOptions, text string) error {
	body, _ := json.Marshal(map[string]string{"text": text, "cc": opts.Email})
	resp, err := http.Post("https://hooks.chat.example/services/T000/B000", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Operator is the account this deployment acts as; the manifest's
// exclude_types says its fields are not personal data.
type Operator struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

var operator = Operator{Name: "shop-bot", Email: "bot@shop.example"}

func announceDeploy(version string) error {
	b, _ := json.Marshal(map[string]any{"version": version, "by": operator})
	resp, err := http.Post("https://deploys.vendor.example/v1/events", "application/json", bytes.NewReader(b))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ---------------------------------------------------------------- about a person

// Profile is a customer's public profile: not configuration.
type Profile struct {
	Handle string `json:"handle"`
	Email  string `json:"email"`
}

var loadProfile = func(id string) Profile { return Profile{Handle: id} }

func syncProfile(id string) error {
	b, _ := json.Marshal(loadProfile(id))
	resp, err := http.Post("https://api.directory.example/profiles", "application/json", bytes.NewReader(b)) // want `user.contact.email from Profile.Email is sent to api.directory.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// NotificationSettings are a customer's, stored per account; the manifest
// names its Email field, which overrides the configuration rule.
type NotificationSettings struct {
	AccountID string `json:"account_id"`
	Email     string `json:"email"`
	Weekly    bool   `json:"weekly"`
}

var loadNotificationSettings = func(accountID string) NotificationSettings { return NotificationSettings{} }

func exportPreferences(accountID string) error {
	b, _ := json.Marshal(loadNotificationSettings(accountID))
	resp, err := http.Post("https://api.prefs.example/import", "application/json", bytes.NewReader(b)) // want `user.contact.email from NotificationSettings.Email is sent to api.prefs.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// customerAlertOptions says where a customer's alerts go.
type customerAlertOptions struct {
	WebhookURL string
	Email      string
}

// A customer's address copied into an options struct is still theirs.
func alertCustomer(u model.User, text string) error {
	opts := customerAlertOptions{WebhookURL: "https://hooks.chat.example/services/T000/B001", Email: u.Email}
	body, _ := json.Marshal(map[string]string{"text": text, "cc": opts.Email})
	resp, err := http.Post(opts.WebhookURL, "application/json", bytes.NewReader(body)) // want `user.contact.email from u.Email is sent to hooks.chat.example`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
