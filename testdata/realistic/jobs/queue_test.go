package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"
)

func TestQueueRunsRegisteredHandlers(t *testing.T) {
	q := New(slog.New(slog.NewTextHandler(io.Discard, nil)), 8)
	done := make(chan string, 1)
	q.Register("greet", func(_ context.Context, p json.RawMessage) error {
		var name string
		if err := json.Unmarshal(p, &name); err != nil {
			return err
		}
		done <- name
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	q.Start(ctx, 1)
	if err := q.Enqueue(ctx, "greet", "ada"); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-done:
		if got != "ada" {
			t.Errorf("got %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("job did not run")
	}
	if err := q.Enqueue(ctx, "nobody", nil); !errors.Is(err, ErrUnknownJob) {
		t.Errorf("unknown job: %v", err)
	}
}

func TestPanickingHandlerIsAnError(t *testing.T) {
	err := safeCall(context.Background(), func(context.Context, json.RawMessage) error { panic("boom") }, nil)
	if err == nil {
		t.Fatal("no error")
	}
}
