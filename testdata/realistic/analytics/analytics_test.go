package analytics

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"testing"

	"example.com/inkwell/log"
)

// toServer sends every request to ts, whatever its host.
type toServer struct{ ts *httptest.Server }

func (s toServer) RoundTrip(r *http.Request) (*http.Response, error) {
	u, _ := url.Parse(s.ts.URL)
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host = u.Scheme, u.Host
	return http.DefaultTransport.RoundTrip(r)
}

func TestIdentify(t *testing.T) {
	var got identifyCall
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/identify" {
			t.Errorf("path %s", r.URL.Path)
		}
		json.NewDecoder(r.Body).Decode(&got)
	}))
	defer ts.Close()
	c := NewClient("wk", log.New(io.Discard, log.LevelInfo), WithHTTPClient(&http.Client{Transport: toServer{ts}}))
	if err := c.Identify(context.Background(), "42", Traits{Email: "writer@example.org", Plan: "pro"}); err != nil {
		t.Fatal(err)
	}
	if got.UserID != "42" || got.Traits.Plan != "pro" {
		t.Errorf("got %+v", got)
	}
}

func TestEventsAreBatched(t *testing.T) {
	got := make(chan batchCall, 1)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b batchCall
		json.NewDecoder(r.Body).Decode(&b)
		got <- b
	}))
	defer ts.Close()
	c := NewClient("wk", log.New(io.Discard, log.LevelInfo), WithHTTPClient(&http.Client{Transport: toServer{ts}}))
	c.Event(context.Background(), "post_published", map[string]any{"user_id": "42", "blog": "notes"})
	c.Event(context.Background(), "blog_created", map[string]any{"user_id": "42"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { c.Run(ctx); close(done) }()
	for len(c.queue) > 0 {
		runtime.Gosched()
	}
	cancel()
	<-done
	b := <-got
	if len(b.Batch) != 2 || b.Batch[0].Event != "post_published" {
		t.Errorf("batch %+v", b.Batch)
	}
}
