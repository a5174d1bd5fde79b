package libsclean

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	echomw "github.com/labstack/echo/v4/middleware"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"k8s.io/klog/v2"

	"anon"
)

func zapMasked(logger *zap.Logger, r *http.Request) {
	logger.Info("request", zap.String("net", anon.IP(r.RemoteAddr)), zap.String("path", r.URL.Path))
}

func zapLatency(logger *zap.Logger, d time.Duration, r *http.Request) {
	logger.Info("slow", zap.Duration("latency", d), zap.String("method", r.Method))
}

type session struct {
	ID       string
	ClientIP string
}

func (s *session) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", s.ID)
	return nil
}

func zapObjectWithoutIP(logger *zap.Logger, s *session) {
	logger.Info("session expired", zap.Object("session", s))
}

func zerologMasked(r *http.Request) {
	zlog.Info().Str("net", anon.IP(r.RemoteAddr)).Str("path", r.URL.Path).Msg("request")
}

func zerologCount(l zerolog.Logger, ips []string) {
	l.Info().Int("clients", len(ips)).Msg("flushed")
}

func logrusPath(r *http.Request) {
	logrus.WithField("path", r.URL.Path).Info("request")
}

func klogMethod(r *http.Request) {
	klog.InfoS("request", "method", r.Method)
}

func ginNewNoLogger() *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery())
	return r
}

func ginFormatterWithoutIP() *gin.Engine {
	r := gin.New()
	r.Use(gin.LoggerWithConfig(gin.LoggerConfig{
		Formatter: func(p gin.LogFormatterParams) string {
			return p.Method + " " + p.Path + " " + p.Latency.String()
		},
	}))
	return r
}

func echoCustomFormat() *echo.Echo {
	e := echo.New()
	e.Use(echomw.LoggerWithConfig(echomw.LoggerConfig{Format: "${method} ${uri} ${status}\n"}))
	return e
}

func ginHandlerMasked(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"net": anon.IP(c.ClientIP())})
	logrus.Info("served ", anon.IP(c.ClientIP()))
}
