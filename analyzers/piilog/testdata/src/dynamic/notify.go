package dynamic

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"net/netip"
	"os"
)

// A service reports sign-ins through its own Notifier interface. The
// implementation that writes an audit line logs the address it is given.

type Event struct {
	Kind   string
	UserID string
	Origin string
}

type Notifier interface {
	Notify(ctx context.Context, ev Event) error
}

type auditNotifier struct {
	log *slog.Logger
}

func (a *auditNotifier) Notify(ctx context.Context, ev Event) error {
	a.log.InfoContext(ctx, "audit", "kind", ev.Kind, "user", ev.UserID, "origin", ev.Origin)
	return nil
}

type nopNotifier struct{}

func (nopNotifier) Notify(context.Context, Event) error { return nil }

type Server struct {
	notifier Notifier
}

func NewServer(debug bool) *Server {
	if debug {
		return &Server{notifier: nopNotifier{}}
	}
	return &Server{notifier: &auditNotifier{log: slog.Default()}}
}

func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	userID := r.FormValue("user")
	_ = s.notifier.Notify(r.Context(), Event{Kind: "sign-in", UserID: userID, Origin: r.RemoteAddr}) // want `user.device.ip_address from r.RemoteAddr reaches dynamic.Notifier.Notify`
	_ = s.notifier.Notify(r.Context(), Event{Kind: "page", UserID: userID})
}

// An enricher adds fields to events; the one here masks the address
// before anything is logged.

type Enricher interface {
	Enrich(ev *Event)
}

type maskingEnricher struct{}

func (maskingEnricher) Enrich(ev *Event) {
	network := "unknown"
	if ap, err := netip.ParseAddrPort(ev.Origin); err == nil {
		p, _ := ap.Addr().Prefix(24)
		network = p.String()
	}
	log.Printf("event %s from network %s", ev.Kind, network)
}

func enrichAndLog(e Enricher, r *http.Request) {
	ev := &Event{Kind: "view", Origin: r.RemoteAddr}
	e.Enrich(ev)
}

// A job queue keeps the handler of each kind of job in a field; the
// handler that records visits logs the address.

type Job struct {
	Kind    string
	Payload string
}

type Queue struct {
	handle func(ctx context.Context, j Job) error
	jobs   chan Job
}

func logVisit(ctx context.Context, j Job) error {
	fmt.Fprintf(os.Stderr, "visit from %s\n", j.Payload)
	return nil
}

func NewQueue() *Queue {
	return &Queue{handle: logVisit, jobs: make(chan Job, 16)}
}

func (q *Queue) Run(ctx context.Context) {
	for j := range q.jobs {
		_ = q.handle(ctx, j)
	}
}

func (q *Queue) Now(ctx context.Context, j Job) {
	_ = q.handle(ctx, j)
}

func trackVisit(q *Queue, r *http.Request) {
	q.Now(r.Context(), Job{Kind: "visit", Payload: r.RemoteAddr}) // want `user.device.ip_address from r.RemoteAddr reaches dynamic.Queue.Now`
	q.Now(r.Context(), Job{Kind: "visit", Payload: r.URL.Path})
}

// A seam for tests: the logging function is a package variable.
var logf = log.Printf

func seam(r *http.Request) {
	logf("client %s", r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
	logf("path %s", r.URL.Path)
}
