package libsclean

import (
	"net/http"
	"os"

	apexlog "github.com/apex/log"
	charmlog "github.com/charmbracelet/log"
	"github.com/go-pkgz/lgr"
	"github.com/inconshreveable/log15"
	logging "github.com/op/go-logging"

	"anon"
)

// Look-alikes of the small-library cases in package libs.

func lgrPath(r *http.Request) {
	lgr.Printf("[INFO] %s %s", r.Method, r.URL.Path)
}

func lgrMasked(r *http.Request) {
	l := lgr.New(lgr.Msec, lgr.Out(os.Stderr))
	l.Logf("[WARN] rejected %s", anon.IP(r.RemoteAddr))
}

func apexStatus(r *http.Request, status int) {
	apexlog.WithField("path", r.URL.Path).WithField("status", status).Info("served")
}

func apexMasked(r *http.Request) {
	apexlog.WithFields(apexlog.Fields{"network": anon.IP(r.RemoteAddr)}).Info("request")
}

func log15Path(r *http.Request) {
	log15.Info("request", "path", r.URL.Path, "ua", r.UserAgent())
}

func log15Masked(base log15.Logger, r *http.Request) {
	base.New("network", anon.IP(r.RemoteAddr)).Warn("slow request")
}

var goLog = logging.MustGetLogger("api")

func goLoggingCount(ips []string) {
	goLog.Infof("%d distinct clients", len(ips))
}

func charmMasked(logger *charmlog.Logger, r *http.Request) {
	logger.With("network", anon.IP(r.RemoteAddr)).Warn("blocked")
}

func charmHost(r *http.Request) {
	charmlog.Info("request", "host", r.Host, "path", r.URL.Path)
}

func lgrInterfaceStatus(l lgr.L, r *http.Request, status int) {
	l.Logf("[DEBUG] %s %s %d", r.Method, r.URL.Path, status)
}

func goLoggingMasked(r *http.Request) {
	goLog.Noticef("login from %s", anon.IP(r.RemoteAddr))
}

func charmPrefix(logger *charmlog.Logger, r *http.Request) {
	logger.WithPrefix("api").Infof("%s %s", r.Method, r.URL.Path)
}
