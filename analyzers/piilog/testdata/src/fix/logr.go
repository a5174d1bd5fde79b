package fix

import (
	"net/http"

	"github.com/go-logr/logr"
	"k8s.io/klog/v2"
)

func reconcile(log logr.Logger, r *http.Request, name string) {
	log.Info("webhook call", "name", name, "peer", r.RemoteAddr) // want `from r.RemoteAddr reaches logr.Logger.Info`
}

func admit(r *http.Request, ns string) {
	klog.InfoS("admission request", "namespace", ns, "client", r.Header.Get("X-Real-IP")) // want `from X-Real-Ip header reaches klog.InfoS`
}

// negative
func reconcileName(log logr.Logger, name string) {
	log.Info("reconciling", "name", name)
}
