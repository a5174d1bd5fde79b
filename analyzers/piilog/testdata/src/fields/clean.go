package fields

import (
	"context"
	"html/template"
	"log"
	"log/slog"
	"net/http"

	apexlog "github.com/apex/log"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"anon"
	"fields/applog"
)

// Objects whose log fields hold no IP, or a masked one, even when the
// object keeps the address in a field of its own.

type session struct {
	ID     string
	UserID string
	ip     string
	ctx    context.Context
}

func newSession(r *http.Request, user string) *session {
	return &session{ID: r.Header.Get("X-Session"), UserID: user, ip: r.RemoteAddr, ctx: r.Context()}
}

func (s *session) MarshalZerologObject(e *zerolog.Event) {
	e.Str("session", s.ID).Str("user", s.UserID)
}

func (s *session) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("session", s.ID)
	return nil
}

func (s *session) LogValue() slog.Value {
	return slog.GroupValue(slog.String("session", s.ID), slog.String("network", anon.IP(s.ip)))
}

func (s *session) Fields() apexlog.Fields {
	return apexlog.Fields{"session": s.ID, "network": anon.IP(s.ip)}
}

func (s *session) Context() context.Context { return s.ctx }

func zerologSession(r *http.Request) {
	zlog.Info().EmbedObject(newSession(r, "u1")).Msg("login")
	zlog.Info().Object("session", newSession(r, "u1")).Msg("login")
}

func zapSession(logger *zap.Logger, r *http.Request) {
	logger.Info("login", zap.Object("session", newSession(r, "u1")))
}

func slogSession(r *http.Request) {
	slog.Info("login", slog.Any("session", newSession(r, "u1")))
}

func apexSession(r *http.Request) {
	apexlog.WithFields(newSession(r, "u1")).Info("login")
}

// A Context method unrelated to logging: the session's context.Context.
func sessionContext(r *http.Request) {
	s := newSession(r, "u1")
	logrus.WithContext(s.Context()).Info("login")
	log.Printf("session %s for %s", s.ID, s.UserID)
}

// Masked fields of a Contexter.

type visitor struct {
	page   string
	remote string
}

func (v visitor) Context() map[string]any {
	return map[string]any{"page": v.page, "network": anon.IP(v.remote)}
}

func contexterMasked(r *http.Request) {
	appLogger.Info("visit", visitor{page: r.URL.Path, remote: r.RemoteAddr})
	appLogger.Info("visit", applog.Fields{"page": r.URL.Path})
}

// A Context() map used for a page, not for a log.

var page = template.Must(template.New("p").Parse(`<p>{{.remote}}</p>`))

func renderVisitor(w http.ResponseWriter, r *http.Request) {
	ri := newRequestInfo(r)
	page.Execute(w, ri.Context())
	log.Printf("rendered %s", ri.Path)
}

func zapWithSession(logger *zap.Logger, r *http.Request) {
	l := logger.With(zap.Object("session", newSession(r, "u1")))
	l.Warn("slow request")
}

func zerologFieldsMasked(r *http.Request) {
	zlog.Info().Fields(visitor{page: r.URL.Path, remote: r.RemoteAddr}.Context()).Msg("visit")
	zlog.Info().Fields(map[string]any{"page": r.URL.Path}).Msg("visit")
}
