// Package jobs runs Inkwell's background work: e-mailing a new post to its
// subscribers, the weekly digest, federation retries, clean-ups.
//
// Handlers are registered by name at start-up; Enqueue hands a job to the
// workers through a buffered channel, and Schedule re-enqueues a job at a
// fixed interval. Jobs are not persisted: a restart drops the backlog, and
// every handler is written to be re-run safely.
package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Handler does one job. payload is the JSON given to Enqueue.
type Handler func(ctx context.Context, payload json.RawMessage) error

// Job is one unit of work.
type Job struct {
	ID       int64
	Name     string
	Payload  json.RawMessage
	Attempt  int
	Enqueued time.Time
}

// LogValue describes a job in a log line without its payload, which may
// hold anything.
func (j Job) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int64("id", j.ID),
		slog.String("name", j.Name),
		slog.Int("attempt", j.Attempt),
	)
}

// ErrUnknownJob is returned by Enqueue for a name nobody registered.
var ErrUnknownJob = errors.New("jobs: no handler registered")

// Queue dispatches jobs to their handlers.
type Queue struct {
	log        *slog.Logger
	mu         sync.RWMutex
	handlers   map[string]Handler
	ch         chan Job
	nextID     int64
	maxAttempt int
	wg         sync.WaitGroup
}

// New returns a queue holding up to size pending jobs.
func New(log *slog.Logger, size int) *Queue {
	return &Queue{
		log:        log.With("component", "jobs"),
		handlers:   make(map[string]Handler),
		ch:         make(chan Job, size),
		maxAttempt: 3,
	}
}

// Register names a handler. Registering a name twice replaces the handler.
func (q *Queue) Register(name string, h Handler) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.handlers[name] = h
}

// Enqueue adds a job; payload is marshalled to JSON.
func (q *Queue) Enqueue(ctx context.Context, name string, payload any) error {
	q.mu.RLock()
	_, ok := q.handlers[name]
	q.mu.RUnlock()
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownJob, name)
	}
	data, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("jobs: encoding %s payload: %w", name, err)
	}
	q.mu.Lock()
	q.nextID++
	job := Job{ID: q.nextID, Name: name, Payload: data, Attempt: 1, Enqueued: time.Now()}
	q.mu.Unlock()
	select {
	case q.ch <- job:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Start runs n workers until ctx ends.
func (q *Queue) Start(ctx context.Context, n int) {
	for i := range n {
		q.wg.Add(1)
		go q.worker(ctx, i)
	}
}

// Wait waits for the workers to stop.
func (q *Queue) Wait() { q.wg.Wait() }

// Schedule enqueues name every interval until ctx ends.
func (q *Queue) Schedule(ctx context.Context, name string, every time.Duration, payload any) {
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := q.Enqueue(ctx, name, payload); err != nil {
					q.log.Warn("scheduling job", "name", name, "err", err)
				}
			}
		}
	}()
}

func (q *Queue) worker(ctx context.Context, n int) {
	defer q.wg.Done()
	log := q.log.With("worker", n)
	for {
		select {
		case <-ctx.Done():
			return
		case job := <-q.ch:
			q.run(ctx, log, job)
		}
	}
}

func (q *Queue) run(ctx context.Context, log *slog.Logger, job Job) {
	q.mu.RLock()
	h := q.handlers[job.Name]
	q.mu.RUnlock()
	start := time.Now()
	err := safeCall(ctx, h, job.Payload)
	if err == nil {
		log.Debug("job done", "job", job, "took", time.Since(start))
		return
	}
	log.Error("job failed", "job", job, "err", err)
	if job.Attempt >= q.maxAttempt {
		return
	}
	job.Attempt++
	backoff := time.Duration(job.Attempt*job.Attempt) * time.Second
	time.AfterFunc(backoff, func() {
		select {
		case q.ch <- job:
		case <-ctx.Done():
		}
	})
}

func safeCall(ctx context.Context, h Handler, payload json.RawMessage) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("jobs: handler panicked: %v", r)
		}
	}()
	return h(ctx, payload)
}
