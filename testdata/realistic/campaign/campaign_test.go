package campaign

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"example.com/inkwell/mailer"
)

type fakeSource struct {
	all      []Recipient
	mailable map[int64]bool
	sent     chan int
}

func (f *fakeSource) NewsletterRecipients(_ context.Context, _ int64, afterID int64, limit int) ([]Recipient, error) {
	var out []Recipient
	for _, r := range f.all {
		if r.ID > afterID && f.mailable[r.ID] && len(out) < limit {
			out = append(out, r)
		}
	}
	return out, nil
}

func (f *fakeSource) Subscribers(context.Context, int64) ([]Recipient, error) { return f.all, nil }

func (f *fakeSource) MarkSent(_ context.Context, _ int64, sent int) error {
	f.sent <- sent
	return nil
}

type recorder struct {
	mu sync.Mutex
	to []string
}

func (r *recorder) Send(_ context.Context, m *mailer.Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.to = append(r.to, m.To...)
	return nil
}

func newFake() *fakeSource {
	return &fakeSource{
		all: []Recipient{
			{ID: 1, UUID: "u1", Email: "a@example.org"},
			{ID: 2, UUID: "u2", Email: "b@example.org"},
			{ID: 3, UUID: "u3", Email: "c@example.org"},
		},
		mailable: map[int64]bool{1: true, 3: true},
		sent:     make(chan int, 1),
	}
}

func TestStartMailsOnlyNewsletterRecipients(t *testing.T) {
	src, rec := newFake(), &recorder{}
	m := New(src, rec, slog.New(slog.NewTextHandler(io.Discard, nil)), Options{Workers: 2, BatchSize: 1, UnsubscribeURL: "https://inkwell.example/api/newsletter"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m.Run(ctx)
	n, err := m.Start(ctx, &Campaign{ID: 9, BlogID: 1, Subject: "Hello"})
	if err != nil || n != 2 {
		t.Fatalf("Start = %d, %v", n, err)
	}
	select {
	case sent := <-src.sent:
		if sent != 2 {
			t.Errorf("recorded %d sent", sent)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("campaign did not finish")
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	slices.Sort(rec.to)
	if !slices.Equal(rec.to, []string{"a@example.org", "c@example.org"}) {
		t.Errorf("mailed %v", rec.to)
	}
}

func TestSendOneAddsUnsubscribeHeaders(t *testing.T) {
	var got *mailer.Message
	ml := mailerFunc(func(_ context.Context, m *mailer.Message) error { got = m; return nil })
	err := SendOne(context.Background(), ml, &Campaign{ID: 4, Subject: "S"}, Recipient{Email: "a@example.org"}, "https://x/unsubscribe/u1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Headers["List-Unsubscribe"] != "<https://x/unsubscribe/u1>" {
		t.Errorf("headers %v", got.Headers)
	}
}

type mailerFunc func(context.Context, *mailer.Message) error

func (f mailerFunc) Send(ctx context.Context, m *mailer.Message) error { return f(ctx, m) }
