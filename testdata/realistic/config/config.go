// Package config reads Inkwell's configuration: a JSON file, with a few
// settings that deployments prefer to pass in the environment.
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is the whole configuration of an instance.
type Config struct {
	Server     ServerConfig     `json:"server"`
	Database   DatabaseConfig   `json:"database"`
	Email      EmailConfig      `json:"email"`
	Admin      AdminConfig      `json:"admin"`
	Federation FederationConfig `json:"federation"`
	Payments   PaymentsConfig   `json:"payments"`
	Analytics  AnalyticsConfig  `json:"analytics"`
	Google     GoogleConfig     `json:"google"`
	Slack      SlackConfig      `json:"slack"`
	Akismet    AkismetConfig    `json:"akismet"`
	ErrorTrack ErrorTrackConfig `json:"error_tracking"`
	Log        LogConfig        `json:"log"`
}

// ServerConfig says where and how the instance listens.
type ServerConfig struct {
	Bind           string        `json:"bind"`
	Port           int           `json:"port"`
	Host           string        `json:"host"` // public base URL, e.g. https://inkwell.example
	TrustedProxies []string      `json:"trusted_proxies"`
	ReadTimeout    time.Duration `json:"read_timeout"`
	WriteTimeout   time.Duration `json:"write_timeout"`
	UploadsDir     string        `json:"uploads_dir"`
	RateLimit      float64       `json:"rate_limit"` // requests per second per network
	RateBurst      int           `json:"rate_burst"`
}

// DatabaseConfig is the PostgreSQL connection.
type DatabaseConfig struct {
	URL          string `json:"url"`
	MaxOpenConns int    `json:"max_open_conns"`
}

// EmailConfig is the outgoing mail server. Username is the SMTP login of
// the instance's own mailbox, From the address its mail comes from.
type EmailConfig struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	Username string `json:"username"`
	Password string `json:"password"`
	From     string `json:"from"`
	Dev      bool   `json:"dev"` // print mail to the log instead of sending it
}

// AdminConfig is the instance operator: the address that receives sign-up
// and abuse notices, and the token of the admin API.
type AdminConfig struct {
	Email string `json:"email"`
	Token string `json:"token"`
}

// FederationConfig turns ActivityPub on and names the relays that new
// blogs are announced to.
type FederationConfig struct {
	Enabled bool     `json:"enabled"`
	Relays  []string `json:"relays"`
	KeyFile string   `json:"key_file"`
}

// PaymentsConfig is the payment processor account for paid newsletters.
type PaymentsConfig struct {
	SecretKey string `json:"secret_key"`
	BaseURL   string `json:"base_url"`
}

// AnalyticsConfig is the product-analytics account.
type AnalyticsConfig struct {
	WriteKey string `json:"write_key"`
}

// GoogleConfig points at the service-account key used to tell Google's
// Indexing API about new posts.
type GoogleConfig struct {
	CredentialsFile string `json:"credentials_file"`
}

// SlackConfig is the operator's Slack incoming webhook for moderation.
type SlackConfig struct {
	WebhookToken string `json:"webhook_token"` // the T000/B000/XXXX part
	Channel      string `json:"channel"`
}

// AkismetConfig is the comment spam filter.
type AkismetConfig struct {
	Key string `json:"key"`
}

// ErrorTrackConfig is the error tracker's DSN.
type ErrorTrackConfig struct {
	DSN string `json:"dsn"`
}

// LogConfig says where the log goes.
type LogConfig struct {
	File  string `json:"file"`
	Level string `json:"level"`
}

// Load reads the configuration file at path and applies the environment.
func Load(path string) (*Config, error) {
	cfg := Default()
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		// Run on defaults and the environment alone.
	case err != nil:
		return nil, fmt.Errorf("reading config: %w", err)
	default:
		if err := json.Unmarshal(data, cfg); err != nil {
			return nil, fmt.Errorf("parsing config %s: %w", path, err)
		}
	}
	if err := cfg.applyEnv(); err != nil {
		return nil, err
	}
	return cfg, cfg.Validate()
}

// Default returns the settings of a fresh instance.
func Default() *Config {
	return &Config{
		Server: ServerConfig{
			Bind:         "0.0.0.0",
			Port:         8080,
			Host:         "http://localhost:8080",
			ReadTimeout:  15 * time.Second,
			WriteTimeout: 30 * time.Second,
			UploadsDir:   "uploads",
			RateLimit:    5,
			RateBurst:    20,
		},
		Database: DatabaseConfig{MaxOpenConns: 20},
		Email:    EmailConfig{Port: 587, From: "Inkwell <noreply@inkwell.example>"},
		Log:      LogConfig{Level: "info"},
	}
}

func (c *Config) applyEnv() error {
	if v := os.Getenv("INKWELL_DATABASE_URL"); v != "" {
		c.Database.URL = v
	}
	if v := os.Getenv("INKWELL_SMTP_PASSWORD"); v != "" {
		c.Email.Password = v
	}
	if v := os.Getenv("INKWELL_ADMIN_TOKEN"); v != "" {
		c.Admin.Token = v
	}
	if v := os.Getenv("INKWELL_PORT"); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("INKWELL_PORT: %w", err)
		}
		c.Server.Port = p
	}
	return nil
}

// Validate reports the first setting that cannot work.
func (c *Config) Validate() error {
	if c.Database.URL == "" {
		return errors.New("database.url is not set (or INKWELL_DATABASE_URL)")
	}
	if !strings.HasPrefix(c.Server.Host, "http://") && !strings.HasPrefix(c.Server.Host, "https://") {
		return fmt.Errorf("server.host %q is not an http(s) URL", c.Server.Host)
	}
	for _, p := range c.Server.TrustedProxies {
		if _, err := netip.ParsePrefix(p); err != nil {
			return fmt.Errorf("server.trusted_proxies: %w", err)
		}
	}
	if c.Email.Host != "" && !c.Email.Dev && c.Email.Username == "" {
		return errors.New("email.username is required to send mail")
	}
	return nil
}

// Proxies returns the trusted proxy networks.
func (c *Config) Proxies() []netip.Prefix {
	var out []netip.Prefix
	for _, p := range c.Server.TrustedProxies {
		if pfx, err := netip.ParsePrefix(p); err == nil {
			out = append(out, pfx)
		}
	}
	return out
}

// Addr is the listen address.
func (c *Config) Addr() string {
	return fmt.Sprintf("%s:%d", c.Server.Bind, c.Server.Port)
}
