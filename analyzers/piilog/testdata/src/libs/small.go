package libs

import (
	"net/http"
	"os"

	apexlog "github.com/apex/log"
	charmlog "github.com/charmbracelet/log"
	"github.com/go-pkgz/lgr"
	"github.com/inconshreveable/log15"
	logging "github.com/op/go-logging"
)

// The small logging libraries: go-pkgz/lgr, apex/log, log15, op/go-logging
// and charmbracelet/log.

func lgrGlobal(r *http.Request) {
	lgr.Printf("[INFO] login from %s", r.RemoteAddr) // want `reaches lgr.Printf`
}

func lgrLogger(r *http.Request) {
	l := lgr.New(lgr.Msec, lgr.Out(os.Stderr))
	l.Logf("[WARN] rejected %s", r.Header.Get("X-Real-IP")) // want `reaches lgr.Logger.Logf`
}

func lgrInterface(l lgr.L, r *http.Request) {
	l.Logf("[DEBUG] request from %s", r.RemoteAddr) // want `reaches lgr.L.Logf`
}

func apexField(r *http.Request) {
	apexlog.WithField("ip", r.RemoteAddr).Info("request") // want `reaches log.Entry.Info`
}

func apexInfof(r *http.Request) {
	apexlog.Infof("request from %s", r.RemoteAddr) // want `reaches log.Infof`
}

func log15Ctx(r *http.Request) {
	log15.Info("request", "ip", r.RemoteAddr) // want `reaches log15.Info`
}

func log15Child(base log15.Logger, r *http.Request) {
	l := base.New("remote", r.RemoteAddr)
	l.Warn("slow request") // want `reaches log15.Logger.Warn`
}

var goLog = logging.MustGetLogger("api")

func goLoggingf(r *http.Request) {
	goLog.Noticef("login from %s", r.RemoteAddr) // want `reaches logging.Logger.Noticef`
}

func charmKeyvals(r *http.Request) {
	charmlog.Info("request", "ip", r.RemoteAddr) // want `reaches log.Info`
}

func charmWith(logger *charmlog.Logger, r *http.Request) {
	logger.With("ip", r.Header.Get("X-Forwarded-For")).Warn("blocked") // want `reaches log.Logger.Warn`
}
