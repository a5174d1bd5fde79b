// Package session keeps signed-in shoppers' sessions in memory and expires
// them after a period of inactivity, and describes the anonymous visitors
// that the tracking endpoint sees.
package session

import (
	"context"
	"crypto/rand"
	"log/slog"
	"sync"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Session is a signed-in shopper's session.
type Session struct {
	ID        string
	UserID    string
	ClientIP  string // where the session was opened, for the new-device e-mail
	UserAgent string
	Created   time.Time
	LastSeen  time.Time
}

// MarshalLogObject lets a session be logged with zap.Object.
func (s *Session) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", s.ID)
	enc.AddString("user_id", s.UserID)
	enc.AddString("ip", s.ClientIP)
	enc.AddTime("created", s.Created)
	enc.AddDuration("idle", time.Since(s.LastSeen))
	return nil
}

// Visitor is an anonymous shopper, known by the visitor cookie.
type Visitor struct {
	ID        string
	IP        string
	Referrer  string
	FirstSeen time.Time
}

// LogValue lets a visitor be logged as a group with slog.
func (v Visitor) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", v.ID),
		slog.String("ip", v.IP),
		slog.String("referrer", v.Referrer),
		slog.Time("first_seen", v.FirstSeen),
	)
}

// Store holds the live sessions.
type Store struct {
	idle time.Duration
	log  *zap.Logger

	mu       sync.Mutex
	sessions map[string]*Session
}

// NewStore returns a store whose sessions expire after idle without use.
func NewStore(idle time.Duration, log *zap.Logger) *Store {
	return &Store{idle: idle, log: log, sessions: make(map[string]*Session)}
}

// Create opens a session for userID.
func (s *Store) Create(userID, clientIP, userAgent string) *Session {
	now := time.Now()
	sess := &Session{
		ID:        rand.Text(),
		UserID:    userID,
		ClientIP:  clientIP,
		UserAgent: userAgent,
		Created:   now,
		LastSeen:  now,
	}
	s.mu.Lock()
	s.sessions[sess.ID] = sess
	s.mu.Unlock()
	return sess
}

// Get returns the session with the given ID and marks it as used.
func (s *Store) Get(id string) (*Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[id]
	if ok {
		sess.LastSeen = time.Now()
	}
	return sess, ok
}

// Run expires idle sessions every interval until ctx is done.
func (s *Store) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			s.expire(now)
		}
	}
}

func (s *Store) expire(now time.Time) {
	var expired []*Session
	s.mu.Lock()
	for id, sess := range s.sessions {
		if now.Sub(sess.LastSeen) > s.idle {
			delete(s.sessions, id)
			expired = append(expired, sess)
		}
	}
	s.mu.Unlock()

	for _, sess := range expired {
		s.log.Info("session expired", zap.Object("session", sess)) // policylint: expect piilog
	}
}
