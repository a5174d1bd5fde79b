package libs

import (
	"net/http"
	"os"

	kitlog "github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/go-logr/logr"
	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"k8s.io/klog/v2"
)

func zapField(logger *zap.Logger, r *http.Request) {
	logger.Info("request", zap.String("ip", r.Header.Get("X-Forwarded-For"))) // want `from X-Forwarded-For header reaches zap.Logger.Info`
}

func zapWith(logger *zap.Logger, r *http.Request) {
	l := logger.With(zap.String("client", r.RemoteAddr))
	l.Warn("slow request") // want `reaches zap.Logger.Warn`
}

func zapSugar(logger *zap.Logger, r *http.Request) {
	logger.Sugar().Infow("request", "ip", r.RemoteAddr) // want `reaches zap.SugaredLogger.Infow`
}

func zapSugarf(s *zap.SugaredLogger, r *http.Request) {
	s.Infof("from %s", r.RemoteAddr) // want `reaches zap.SugaredLogger.Infof`
}

type session struct {
	ID       string
	ClientIP string
}

func (s *session) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", s.ID)
	enc.AddString("ip", s.ClientIP)
	return nil
}

func zapObject(logger *zap.Logger, s *session) {
	logger.Info("session expired", zap.Object("session", s)) // want `from s.ClientIP reaches zap.Logger.Info`
}

func zerologChain(r *http.Request) {
	zlog.Info().Str("ip", r.RemoteAddr).Msg("request") // want `reaches zerolog.Event.Msg`
}

func zerologContext(base zerolog.Logger, r *http.Request) {
	l := base.With().Str("ip", r.RemoteAddr).Logger()
	l.Info().Msg("handled") // want `reaches zerolog.Event.Msg`
}

func zerologSplitEvent(r *http.Request) {
	e := zlog.Warn()
	e.Str("ip", r.RemoteAddr)
	e.Send() // want `reaches zerolog.Event.Send`
}

func logrusFields(r *http.Request) {
	logrus.WithField("ip", r.RemoteAddr).Info("request") // want `reaches logrus.Entry.Info`
}

func logrusFieldsMap(r *http.Request) {
	logrus.WithFields(logrus.Fields{"ip": r.RemoteAddr}).Warn("blocked") // want `reaches logrus.Entry.Warn`
}

func logrusPrintf(r *http.Request) {
	logrus.Infof("from %s", r.RemoteAddr) // want `reaches logrus.Infof`
}

func klogStructured(r *http.Request) {
	klog.InfoS("request", "ip", r.RemoteAddr) // want `reaches klog.InfoS`
}

func klogV(r *http.Request) {
	klog.V(2).Infof("from %s", r.RemoteAddr) // want `reaches klog.Verbose.Infof`
}

func glogInfo(r *http.Request) {
	glog.Infof("from %s", r.RemoteAddr) // want `reaches glog.Infof`
}

func hclogInfo(l hclog.Logger, r *http.Request) {
	l.Info("request", "ip", r.RemoteAddr) // want `reaches hclog.Logger.Info`
}

func gokit(r *http.Request) {
	logger := kitlog.NewLogfmtLogger(os.Stderr)
	level.Info(logger).Log("ip", r.RemoteAddr) // want `reaches log.Logger.Log`
}

func gokitWith(logger kitlog.Logger, r *http.Request) {
	l := kitlog.With(logger, "ip", r.RemoteAddr)
	l.Log("msg", "handled") // want `reaches log.Logger.Log`
}

func logrInfo(l logr.Logger, r *http.Request) {
	l.Info("request", "ip", r.RemoteAddr) // want `reaches logr.Logger.Info`
}

func logrWithValues(l logr.Logger, r *http.Request) {
	l.WithValues("ip", r.RemoteAddr).Error(nil, "failed") // want `reaches logr.Logger.Error`
}
