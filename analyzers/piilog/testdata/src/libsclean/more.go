package libsclean

import (
	"net/http"

	"github.com/go-logr/logr"
	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"k8s.io/klog/v2"

	"anon"
)

// Look-alikes of the library cases in package libs: the same loggers,
// with what a request log may carry.

func glogMethodAndPath(r *http.Request) {
	glog.Infof("%s %s", r.Method, r.URL.Path)
}

func glogMasked(r *http.Request) {
	glog.Info("request from ", anon.IP(r.RemoteAddr))
}

func klogStatusKeys(r *http.Request, status int) {
	klog.InfoS("served", "path", r.URL.Path, "status", status)
}

func klogMaskedInKeysAndValues(r *http.Request) {
	klog.InfoS("served", "network", anon.IP(r.RemoteAddr))
}

func logrUserAgent(l logr.Logger, r *http.Request) {
	l.Info("request", "ua", r.UserAgent(), "host", r.Host)
}

func hclogMasked(l hclog.Logger, r *http.Request) {
	l.Info("request", "network", anon.IP(r.RemoteAddr), "method", r.Method)
}

func hclogCount(l hclog.Logger, ips []string) {
	l.Info("distinct visitors", "count", len(ips))
}
