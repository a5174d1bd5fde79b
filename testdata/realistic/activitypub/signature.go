package activitypub

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// signedHeaders are the headers covered by a signature, in order.
var signedHeaders = []string{"(request-target)", "host", "date", "digest"}

// Sign adds Date, Digest and Signature headers to req (draft-cavage HTTP
// signatures, as Mastodon expects them), signing as keyID.
func Sign(req *http.Request, body []byte, keyID string, key *rsa.PrivateKey) error {
	if req.Header.Get("Date") == "" {
		req.Header.Set("Date", time.Now().UTC().Format(http.TimeFormat))
	}
	sum := sha256.Sum256(body)
	req.Header.Set("Digest", "SHA-256="+base64.StdEncoding.EncodeToString(sum[:]))
	signing := signingString(req, signedHeaders)
	h := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, h[:])
	if err != nil {
		return fmt.Errorf("activitypub: signing: %w", err)
	}
	req.Header.Set("Signature", fmt.Sprintf(`keyId="%s",algorithm="rsa-sha256",headers="%s",signature="%s"`,
		keyID, strings.Join(signedHeaders, " "), base64.StdEncoding.EncodeToString(sig)))
	return nil
}

// Signature is a parsed Signature header.
type Signature struct {
	KeyID     string
	Algorithm string
	Headers   []string
	Signature []byte
}

// ParseSignature reads the Signature header of r.
func ParseSignature(r *http.Request) (*Signature, error) {
	raw := r.Header.Get("Signature")
	if raw == "" {
		return nil, errors.New("activitypub: request is not signed")
	}
	sig := &Signature{Headers: []string{"date"}}
	for _, part := range strings.Split(raw, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"`)
		switch k {
		case "keyId":
			sig.KeyID = v
		case "algorithm":
			sig.Algorithm = v
		case "headers":
			sig.Headers = strings.Fields(v)
		case "signature":
			b, err := base64.StdEncoding.DecodeString(v)
			if err != nil {
				return nil, fmt.Errorf("activitypub: signature: %w", err)
			}
			sig.Signature = b
		}
	}
	if sig.KeyID == "" || len(sig.Signature) == 0 {
		return nil, errors.New("activitypub: signature has no keyId or value")
	}
	return sig, nil
}

// Verify checks sig over r with the PEM public key.
func (sig *Signature) Verify(r *http.Request, publicKeyPEM string) error {
	block, _ := pem.Decode([]byte(publicKeyPEM))
	if block == nil {
		return errors.New("activitypub: public key is not PEM")
	}
	k, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return fmt.Errorf("activitypub: public key: %w", err)
	}
	pub, ok := k.(*rsa.PublicKey)
	if !ok {
		return errors.New("activitypub: public key is not RSA")
	}
	h := sha256.Sum256([]byte(signingString(r, sig.Headers)))
	if err := rsa.VerifyPKCS1v15(pub, crypto.SHA256, h[:], sig.Signature); err != nil {
		return fmt.Errorf("activitypub: bad signature by %s: %w", sig.KeyID, err)
	}
	return nil
}

func signingString(r *http.Request, headers []string) string {
	lines := make([]string, 0, len(headers))
	for _, h := range headers {
		switch h {
		case "(request-target)":
			lines = append(lines, "(request-target): "+strings.ToLower(r.Method)+" "+r.URL.RequestURI())
		case "host":
			host := r.Host
			if host == "" {
				host = r.URL.Host
			}
			lines = append(lines, "host: "+host)
		default:
			lines = append(lines, h+": "+r.Header.Get(h))
		}
	}
	return strings.Join(lines, "\n")
}

// ParsePrivateKey reads a PKCS#1 or PKCS#8 PEM private key.
func ParsePrivateKey(pemData []byte) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode(pemData)
	if block == nil {
		return nil, errors.New("activitypub: private key is not PEM")
	}
	if k, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("activitypub: private key: %w", err)
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("activitypub: private key is not RSA")
	}
	return rk, nil
}

// PublicKeyPEM encodes the public half of key.
func PublicKeyPEM(key *rsa.PrivateKey) (string, error) {
	der, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})), nil
}
