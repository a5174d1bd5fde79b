package wrapper

import (
	"log"
	"net/http"

	"anon"
	"wrapper/audit"
	"wrapper/ipsrc"
)

func login(r *http.Request) {
	audit.Event(r.Context(), "login", "ip", r.RemoteAddr) // want `from r.RemoteAddr reaches audit.Event`
}

func loginActor(r *http.Request) {
	audit.Login(audit.Actor{Name: "x", Addr: ipsrc.ClientIP(r)}) // want `reaches audit.Login`
}

func crossPackageSource(r *http.Request) {
	log.Print(ipsrc.ClientIP(r)) // want `from X-Forwarded-For header reaches log.Print`
}

// negatives

func loginMasked(r *http.Request) {
	audit.Event(r.Context(), "login", "net", anon.IP(r.RemoteAddr))
}

func loginActorName(r *http.Request) {
	audit.Login(audit.Actor{Name: ipsrc.Method(r), Addr: anon.IP(ipsrc.ClientIP(r))})
}

func countOnly(r *http.Request) {
	audit.Count("logins", len(ipsrc.ClientIP(r)))
}

func methodOnly(r *http.Request) {
	log.Print(ipsrc.Method(r))
}
