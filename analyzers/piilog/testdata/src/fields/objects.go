package fields

import (
	"log/slog"
	"net/http"
	"time"

	apexlog "github.com/apex/log"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"fields/applog"
)

// A request's log fields come from its own methods. The IP is in them,
// and attaching the object to a log record logs it.

type requestInfo struct {
	ID        string
	Method    string
	Path      string
	remote    string
	UserAgent string
	Started   time.Time
}

func newRequestInfo(r *http.Request) *requestInfo {
	return &requestInfo{
		ID:        r.Header.Get("X-Request-Id"),
		Method:    r.Method,
		Path:      r.URL.Path,
		remote:    r.RemoteAddr,
		UserAgent: r.UserAgent(),
		Started:   time.Now(),
	}
}

func (ri *requestInfo) MarshalZerologObject(e *zerolog.Event) {
	e.Str("id", ri.ID).Str("method", ri.Method).Str("path", ri.Path).Str("remote", ri.remote)
}

func (ri *requestInfo) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", ri.ID)
	enc.AddString("remote", ri.remote)
	return nil
}

func (ri *requestInfo) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", ri.ID), slog.String("remote", ri.remote))
}

func (ri *requestInfo) Context() map[string]any {
	return map[string]any{"request_id": ri.ID, "remote": ri.remote, "path": ri.Path}
}

func (ri *requestInfo) Fields() apexlog.Fields {
	return apexlog.Fields{"request_id": ri.ID, "remote": ri.remote}
}

func zerologEmbed(r *http.Request) {
	ri := newRequestInfo(r)
	zlog.Info().EmbedObject(ri).Msg("request") // want `user.device.ip_address from r.RemoteAddr reaches zerolog.Event.Msg`
}

func zerologObject(r *http.Request) {
	zlog.Warn().Object("req", newRequestInfo(r)).Msg("slow") // want `user.device.ip_address from r.RemoteAddr reaches zerolog.Event.Msg`
}

func zapObject(logger *zap.Logger, r *http.Request) {
	logger.Info("request", zap.Object("req", newRequestInfo(r))) // want `user.device.ip_address from r.RemoteAddr reaches zap.Logger.Info`
}

func slogAny(r *http.Request) {
	slog.Info("request", slog.Any("req", newRequestInfo(r))) // want `user.device.ip_address from r.RemoteAddr reaches slog.Info`
}

func slogWith(logger *slog.Logger, r *http.Request) {
	logger.With("req", newRequestInfo(r)).Info("request") // want `user.device.ip_address from r.RemoteAddr reaches slog.Logger.Info`
}

func logrusContext(r *http.Request) {
	ri := newRequestInfo(r)
	logrus.WithFields(ri.Context()).Info("request") // want `user.device.ip_address from r.RemoteAddr reaches logrus.Entry.Info`
}

func apexFielder(r *http.Request) {
	apexlog.WithFields(newRequestInfo(r)).Info("request") // want `user.device.ip_address from r.RemoteAddr reaches log.Entry.Info`
}

var appLogger = applog.New()

func contexter(r *http.Request) {
	appLogger.Info("request", newRequestInfo(r)) // want `user.device.ip_address from r.RemoteAddr reaches applog.Logger.Info`
}

func zapWith(logger *zap.Logger, r *http.Request) {
	l := logger.With(zap.Object("req", newRequestInfo(r)))
	l.Warn("slow request") // want `user.device.ip_address from r.RemoteAddr reaches zap.Logger.Warn`
}

func zerologFields(r *http.Request) {
	zlog.Info().Fields(newRequestInfo(r).Context()).Msg("request") // want `user.device.ip_address from r.RemoteAddr reaches zerolog.Event.Msg`
}
