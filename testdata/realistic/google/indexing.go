// Package google tells Google's Indexing API that a post was published or
// deleted, so that search results follow the blog within minutes.
//
// It authenticates as the instance's service account (a JSON key
// downloaded from the Cloud console) with the OAuth 2.0 JWT bearer flow.
package google

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

const (
	indexingScope    = "https://www.googleapis.com/auth/indexing"
	publishEndpoint  = "https://indexing.googleapis.com/v3/urlNotifications:publish"
	defaultTokenURL  = "https://oauth2.googleapis.com/token"
	jwtBearerGrant   = "urn:ietf:params:oauth:grant-type:jwt-bearer"
	tokenGracePeriod = time.Minute
)

// serviceAccountKey is the JSON key file of a service account.
type serviceAccountKey struct {
	Type         string `json:"type"`
	ProjectID    string `json:"project_id"`
	PrivateKeyID string `json:"private_key_id"`
	PrivateKey   string `json:"private_key"`
	ClientEmail  string `json:"client_email"`
	TokenURI     string `json:"token_uri"`
}

// jwtConfig is what the JWT bearer flow needs, in the shape of
// golang.org/x/oauth2/jwt.Config: Email is the service account's address,
// the issuer of the assertion.
type jwtConfig struct {
	Email        string
	PrivateKey   *rsa.PrivateKey
	PrivateKeyID string
	Scopes       []string
	TokenURL     string
}

// Indexer notifies the Indexing API.
type Indexer struct {
	conf *jwtConfig
	http *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

// NewIndexer reads the service-account key at path.
func NewIndexer(path string) (*Indexer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("google: reading credentials: %w", err)
	}
	var key serviceAccountKey
	if err := json.Unmarshal(data, &key); err != nil {
		return nil, fmt.Errorf("google: parsing credentials: %w", err)
	}
	if key.Type != "service_account" {
		return nil, fmt.Errorf("google: credentials of type %q, want service_account", key.Type)
	}
	pk, err := parseKey(key.PrivateKey)
	if err != nil {
		return nil, err
	}
	conf := &jwtConfig{
		Email:        key.ClientEmail,
		PrivateKey:   pk,
		PrivateKeyID: key.PrivateKeyID,
		Scopes:       []string{indexingScope},
		TokenURL:     defaultTokenURL,
	}
	if key.TokenURI != "" {
		conf.TokenURL = key.TokenURI
	}
	return &Indexer{conf: conf, http: &http.Client{Timeout: 10 * time.Second}}, nil
}

// Published tells Google that the post at postURL is new or changed.
func (ix *Indexer) Published(ctx context.Context, postURL string) error {
	return ix.notify(ctx, postURL, "URL_UPDATED")
}

// Deleted tells Google that the post at postURL is gone.
func (ix *Indexer) Deleted(ctx context.Context, postURL string) error {
	return ix.notify(ctx, postURL, "URL_DELETED")
}

func (ix *Indexer) notify(ctx context.Context, postURL, kind string) error {
	tok, err := ix.accessToken(ctx)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]string{"url": postURL, "type": kind})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, publishEndpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := ix.http.Do(req)
	if err != nil {
		return fmt.Errorf("google: indexing %s: %w", postURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("google: indexing %s: %s", postURL, resp.Status)
	}
	return nil
}

// accessToken returns a cached token, or exchanges a fresh assertion.
func (ix *Indexer) accessToken(ctx context.Context) (string, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.token != "" && time.Until(ix.expires) > tokenGracePeriod {
		return ix.token, nil
	}
	assertion, err := ix.conf.assertion(time.Now())
	if err != nil {
		return "", err
	}
	form := url.Values{"grant_type": {jwtBearerGrant}, "assertion": {assertion}}
	resp, err := ix.http.PostForm(ix.conf.TokenURL, form)
	if err != nil {
		return "", fmt.Errorf("google: token: %w", err)
	}
	defer resp.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
		Error       string `json:"error_description"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		return "", fmt.Errorf("google: token: %w", err)
	}
	if tok.AccessToken == "" {
		return "", fmt.Errorf("google: token: %s (%s)", resp.Status, tok.Error)
	}
	ix.token = tok.AccessToken
	ix.expires = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Second)
	return ix.token, nil
}

// assertion is the signed JWT of the bearer flow.
func (c *jwtConfig) assertion(now time.Time) (string, error) {
	header := map[string]string{"alg": "RS256", "typ": "JWT", "kid": c.PrivateKeyID}
	claims := map[string]any{
		"iss":   c.Email,
		"scope": strings.Join(c.Scopes, " "),
		"aud":   c.TokenURL,
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
	}
	h, _ := json.Marshal(header)
	cl, _ := json.Marshal(claims)
	enc := base64.RawURLEncoding
	signing := enc.EncodeToString(h) + "." + enc.EncodeToString(cl)
	sum := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, c.PrivateKey, crypto.SHA256, sum[:])
	if err != nil {
		return "", fmt.Errorf("google: signing assertion: %w", err)
	}
	return signing + "." + enc.EncodeToString(sig), nil
}

func parseKey(pemKey string) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(pemKey))
	if block == nil {
		return nil, errors.New("google: private_key is not PEM")
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("google: private_key: %w", err)
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("google: private_key is not RSA")
	}
	return rk, nil
}
