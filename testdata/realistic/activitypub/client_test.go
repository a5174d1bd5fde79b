package activitypub

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"io"
	stdlog "log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"example.com/inkwell/log"
)

func testKey(t *testing.T) *rsa.PrivateKey {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// remoteServer is a fediverse server with one inbox that checks
// signatures against the key of the one actor it knows.
type remoteServer struct {
	t      *testing.T
	pubPEM string
	mu     sync.Mutex
	got    []Activity
}

func (s *remoteServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	stdlog.Printf("remote: %s %s from %s", r.Method, r.URL.Path, r.RemoteAddr)
	switch r.URL.Path {
	case "/gone":
		w.WriteHeader(http.StatusGone)
		return
	case "/inbox":
	default:
		http.NotFound(w, r)
		return
	}
	sig, err := ParseSignature(r)
	if err != nil {
		s.t.Logf("unsigned delivery from %s: %v", r.RemoteAddr, err)
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if r.Host == "" {
		r.Host = r.URL.Host
	}
	if err := sig.Verify(r, s.pubPEM); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	var a Activity
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.got = append(s.got, a)
	s.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

func TestDeliverSignsTheRequest(t *testing.T) {
	key := testKey(t)
	pub, err := PublicKeyPEM(key)
	if err != nil {
		t.Fatal(err)
	}
	remote := &remoteServer{t: t, pubPEM: pub}
	ts := httptest.NewServer(remote)
	defer ts.Close()

	var logs strings.Builder
	c := NewClient("Inkwell/test", log.New(&logs, log.LevelDebug))
	c.http = ts.Client()
	s := Signer{KeyID: "https://blog.example/api/collections/notes#main-key", Key: key}
	note := &Note{ID: "https://blog.example/api/collections/notes/posts/hello", Type: "Article", AttributedTo: "https://blog.example/api/collections/notes", Content: "<p>Hello</p>"}
	if err := c.Deliver(context.Background(), s, ts.URL+"/inbox", NewCreate(note)); err != nil {
		t.Fatalf("Deliver: %v\nlog:\n%s", err, logs.String())
	}
	if len(remote.got) != 1 || remote.got[0].Type != "Create" {
		t.Fatalf("remote got %+v", remote.got)
	}
	if !strings.Contains(logs.String(), "inbox="+ts.URL+"/inbox") {
		t.Errorf("delivery not logged with its inbox:\n%s", logs.String())
	}
}

func TestDeliverReportsGoneInboxes(t *testing.T) {
	ts := httptest.NewServer(&remoteServer{t: t})
	defer ts.Close()
	c := NewClient("Inkwell/test", log.New(io.Discard, log.LevelInfo))
	c.http = ts.Client()
	err := c.Deliver(context.Background(), Signer{KeyID: "k", Key: testKey(t)}, ts.URL+"/gone", &Activity{ID: "x", Type: "Delete"})
	if !errors.Is(err, ErrGone) {
		t.Errorf("got %v, want ErrGone", err)
	}
}

func TestFetchActorRefusesPlainHTTP(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("fetched over plain HTTP by %s", r.RemoteAddr)
	}))
	defer ts.Close()
	c := NewClient("Inkwell/test", log.New(io.Discard, log.LevelInfo))
	if _, err := c.FetchActor(context.Background(), Signer{KeyID: "k", Key: testKey(t)}, ts.URL+"/actor"); err == nil {
		t.Error("FetchActor accepted an http:// IRI")
	}
}

func TestFetchActorOverTLS(t *testing.T) {
	var ts *httptest.Server
	ts = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := ParseSignature(r); err != nil {
			http.Error(w, "sign your fetches", http.StatusUnauthorized)
			return
		}
		json.NewEncoder(w).Encode(Actor{ID: ts.URL + "/users/ada", Type: "Person", Inbox: ts.URL + "/users/ada/inbox",
			Endpoints: &Endpoints{SharedInbox: ts.URL + "/inbox"}})
	}))
	defer ts.Close()
	c := NewClient("Inkwell/test", log.New(io.Discard, log.LevelInfo))
	c.http = ts.Client()
	a, err := c.FetchActor(context.Background(), Signer{KeyID: "k", Key: testKey(t)}, ts.URL+"/users/ada")
	if err != nil {
		t.Fatal(err)
	}
	if a.DeliveryInbox() != ts.URL+"/inbox" {
		t.Errorf("delivery inbox %q", a.DeliveryInbox())
	}
}
