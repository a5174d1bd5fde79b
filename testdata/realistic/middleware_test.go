package inkwell

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestRealIPTrustsOnlyConfiguredProxies(t *testing.T) {
	var seen string
	h := realIP([]netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")})(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r.RemoteAddr
		log.Printf("handler sees %s (X-Forwarded-For: %q)", r.RemoteAddr, r.Header.Get("X-Forwarded-For"))
	}))
	ts := httptest.NewServer(h)
	defer ts.Close()

	tests := []struct {
		name, xff, realIP string
		want              string
	}{
		{"forwarded", "198.51.100.7", "", "198.51.100.7"},
		{"right-most untrusted hop", "203.0.113.9, 198.51.100.7, 127.0.0.1", "", "198.51.100.7"},
		{"real ip header", "", "198.51.100.8", "198.51.100.8"},
		{"garbage", "not-an-ip", "", "127.0.0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, ts.URL+"/healthz", nil)
			if tt.xff != "" {
				req.Header.Set("X-Forwarded-For", tt.xff)
			}
			if tt.realIP != "" {
				req.Header.Set("X-Real-IP", tt.realIP)
			}
			resp, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			got, err := netip.ParseAddrPort(seen)
			if err != nil {
				t.Fatalf("RemoteAddr %q: %v", seen, err)
			}
			if got.Addr().String() != tt.want {
				t.Errorf("RemoteAddr = %s, want %s", got.Addr(), tt.want)
			}
		})
	}
}

func TestRealIPIgnoresUntrustedPeers(t *testing.T) {
	h := realIP([]netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")})(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.RemoteAddr)
	}))
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.RemoteAddr = "192.0.2.1:1234"
	req.Header.Set("X-Forwarded-For", "198.51.100.7")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if got := rec.Body.String(); got != "192.0.2.1:1234" {
		t.Errorf("RemoteAddr = %q, want the peer's", got)
	}
}

func TestStatusWriterRecordsStatusAndSize(t *testing.T) {
	rec := httptest.NewRecorder()
	sw := &statusWriter{ResponseWriter: rec}
	sw.WriteHeader(http.StatusTeapot)
	n, _ := sw.Write([]byte(strings.Repeat("x", 42)))
	if sw.status != http.StatusTeapot || sw.bytes != 42 || n != 42 {
		t.Errorf("status %d, bytes %d", sw.status, sw.bytes)
	}
}
