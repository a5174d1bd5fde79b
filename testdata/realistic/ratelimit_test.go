package inkwell

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"example.com/inkwell/log"
)

func TestLimiterAllowsBurstThenRefills(t *testing.T) {
	l := newLimiter("test", 1, 3, log.New(&bytes.Buffer{}, log.LevelDebug))
	now := time.Now()
	for i := range 3 {
		if !l.allow("192.0.2.1", now) {
			t.Fatalf("request %d refused inside the burst", i)
		}
	}
	if l.allow("192.0.2.1", now) {
		t.Fatal("request past the burst allowed")
	}
	if !l.allow("192.0.2.2", now) {
		t.Fatal("another client refused")
	}
	if !l.allow("192.0.2.1", now.Add(1100*time.Millisecond)) {
		t.Fatal("bucket did not refill")
	}
	if n, left := l.evict(now.Add(time.Hour)); n != 2 || left != 0 {
		t.Errorf("evicted %d, %d left", n, left)
	}
}

func TestLimiterMiddlewareLogsTheRefusal(t *testing.T) {
	var buf bytes.Buffer
	l := newLimiter("test", 0.001, 1, log.New(&buf, log.LevelDebug))
	ts := httptest.NewServer(l.middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
	defer ts.Close()
	for range 2 {
		resp, err := http.Get(ts.URL + "/x")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests {
			t.Logf("limited as expected; log: %s", buf.String())
		}
	}
	if !strings.Contains(buf.String(), "127.0.0.1") {
		t.Errorf("the refusal was not logged with the client: %q", buf.String())
	}
}
