// Package mailer sends Inkwell's e-mail: newsletters and the account mail
// (password resets, address verification, subscription confirmations).
//
// The rest of the code depends on the Mailer interface only; the instance
// picks SMTP in production and the log mailer in development.
package mailer

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/smtp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Message is one e-mail.
type Message struct {
	From    string
	To      []string
	ReplyTo string
	Subject string
	Text    string
	HTML    string
	Headers map[string]string
}

// Mailer sends messages.
type Mailer interface {
	Send(ctx context.Context, msg *Message) error
}

// SMTP sends through an SMTP server with PLAIN authentication.
type SMTP struct {
	addr     string
	host     string
	auth     smtp.Auth
	from     string
	mu       sync.Mutex
	sent     int
	lastSent time.Time
}

// NewSMTP returns a mailer for the server at host:port. username is the
// instance's own mailbox login.
func NewSMTP(host string, port int, username, password, from string) *SMTP {
	return &SMTP{
		addr: net.JoinHostPort(host, strconv.Itoa(port)),
		host: host,
		auth: smtp.PlainAuth("", username, password, host),
		from: from,
	}
}

// Send sends msg to its recipients.
func (s *SMTP) Send(ctx context.Context, msg *Message) error {
	if len(msg.To) == 0 {
		return errors.New("mailer: message has no recipient")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	from := msg.From
	if from == "" {
		from = s.from
	}
	data, err := render(from, msg)
	if err != nil {
		return err
	}
	envelopeFrom := from
	if a, err := parseAddress(from); err == nil {
		envelopeFrom = a
	}
	if err := smtp.SendMail(s.addr, s.auth, envelopeFrom, msg.To, data); err != nil {
		return fmt.Errorf("mailer: sending %q: %w", msg.Subject, err)
	}
	s.mu.Lock()
	s.sent++
	s.lastSent = time.Now()
	s.mu.Unlock()
	return nil
}

// Stats returns how many messages were sent and when the last one left.
func (s *SMTP) Stats() (int, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sent, s.lastSent
}

// Log writes messages to w instead of sending them: for development,
// where nobody should receive anything.
type Log struct {
	W io.Writer
}

// Send prints msg.
func (l Log) Send(_ context.Context, msg *Message) error {
	_, err := fmt.Fprintf(l.W, "--- mail to %s\nSubject: %s\n\n%s\n---\n", strings.Join(msg.To, ", "), msg.Subject, msg.Text)
	return err
}

func parseAddress(s string) (string, error) {
	if i := strings.LastIndexByte(s, '<'); i >= 0 {
		j := strings.LastIndexByte(s, '>')
		if j < i {
			return "", fmt.Errorf("mailer: malformed address %q", s)
		}
		return s[i+1 : j], nil
	}
	if !strings.Contains(s, "@") {
		return "", fmt.Errorf("mailer: malformed address %q", s)
	}
	return s, nil
}

func render(from string, msg *Message) ([]byte, error) {
	var b bytes.Buffer
	boundary, err := newBoundary()
	if err != nil {
		return nil, err
	}
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	header("From", from)
	header("To", strings.Join(msg.To, ", "))
	if msg.ReplyTo != "" {
		header("Reply-To", msg.ReplyTo)
	}
	header("Subject", mime.QEncoding.Encode("utf-8", msg.Subject))
	header("Date", time.Now().Format(time.RFC1123Z))
	header("MIME-Version", "1.0")
	for k, v := range msg.Headers {
		header(k, v)
	}
	if msg.HTML == "" {
		header("Content-Type", "text/plain; charset=utf-8")
		b.WriteString("\r\n")
		b.WriteString(msg.Text)
		return b.Bytes(), nil
	}
	header("Content-Type", `multipart/alternative; boundary="`+boundary+`"`)
	b.WriteString("\r\n")
	for _, part := range []struct{ typ, body string }{{"text/plain", msg.Text}, {"text/html", msg.HTML}} {
		fmt.Fprintf(&b, "--%s\r\nContent-Type: %s; charset=utf-8\r\n\r\n%s\r\n", boundary, part.typ, part.body)
	}
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return b.Bytes(), nil
}

func newBoundary() (string, error) {
	var buf [12]byte
	if _, err := rand.Read(buf[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf[:]), nil
}
