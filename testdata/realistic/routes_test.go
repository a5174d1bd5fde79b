package inkwell

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"example.com/inkwell/config"
	"example.com/inkwell/log"
)

// TestHandlerRoutes checks that the routes register without conflicts and
// that the middleware stack answers.
func TestHandlerRoutes(t *testing.T) {
	cfg := config.Default()
	l := log.New(io.Discard, log.LevelDebug)
	app := &App{cfg: cfg, log: l, limiter: newLimiter("test", 0, 0, l)}
	ts := httptest.NewServer(app.Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Errorf("GET /healthz: %s", resp.Status)
	}
}

// TestSignupAndSubscribe runs against a real database, named by
// INKWELL_TEST_DATABASE_URL.
func TestSignupAndSubscribe(t *testing.T) {
	dsn := os.Getenv("INKWELL_TEST_DATABASE_URL")
	if dsn == "" {
		t.Skip("INKWELL_TEST_DATABASE_URL is not set")
	}
	cfg := config.Default()
	cfg.Database.URL = dsn
	cfg.Email.Dev = true
	var logs strings.Builder
	app, err := NewApp(cfg, log.New(&logs, log.LevelDebug))
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	ts := httptest.NewServer(app.Handler())
	defer ts.Close()

	resp, err := http.Post(ts.URL+"/api/auth/signup", "application/json",
		strings.NewReader(`{"email":"writer@example.org","password":"correct horse battery","alias":"notes"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("signup: %s\n%s", resp.Status, logs.String())
	}
	resp, err = http.PostForm(ts.URL+"/notes/subscribe", map[string][]string{"email": {"reader@example.org"}, "source": {"test"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("subscribe: %s\n%s", resp.Status, logs.String())
	}
	t.Logf("client %s subscribed", resp.Request.RemoteAddr)
}
