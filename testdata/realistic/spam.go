package inkwell

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// akismet asks the Akismet service whether a comment is spam. Akismet
// needs the commenter's address and e-mail to do its job; the privacy
// policy lists it as a processor.
type akismet struct {
	endpoint string
	blogURL  string
	http     *http.Client
}

func newAkismet(key, blogURL string) *akismet {
	return &akismet{
		endpoint: fmt.Sprintf("https://%s.rest.akismet.com/1.1/comment-check", key),
		blogURL:  blogURL,
		http:     &http.Client{Timeout: 5 * time.Second},
	}
}

type spamCheck struct {
	UserIP      string
	UserAgent   string
	Referrer    string
	Permalink   string
	Author      string
	AuthorEmail string
	Content     string
}

// Check returns true for spam.
func (a *akismet) Check(ctx context.Context, c spamCheck) (bool, error) {
	form := url.Values{
		"blog":                 {a.blogURL},
		"user_ip":              {c.UserIP},
		"user_agent":           {c.UserAgent},
		"referrer":             {c.Referrer},
		"permalink":            {c.Permalink},
		"comment_type":         {"comment"},
		"comment_author":       {c.Author},
		"comment_author_email": {c.AuthorEmail},
		"comment_content":      {c.Content},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := a.http.Do(req)
	if err != nil {
		return false, fmt.Errorf("akismet: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64))
	if err != nil {
		return false, fmt.Errorf("akismet: %w", err)
	}
	switch strings.TrimSpace(string(body)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("akismet: unexpected answer %q (%s)", body, resp.Header.Get("X-akismet-debug-help"))
}
