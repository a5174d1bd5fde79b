package negative

import (
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/netip"

	"anon"
)

func userSanitizer(r *http.Request) {
	log.Printf("from %s", anon.IP(r.RemoteAddr))
}

func userSanitizerSlog(r *http.Request) {
	slog.Info("request", "net", anon.IP(r.Header.Get("X-Forwarded-For")))
}

// truncate masks an address to its /24 or /48: callers may log the result.
func truncate(addr string) string {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return ""
	}
	bits := 24
	if a.Is6() {
		bits = 48
	}
	p, err := a.Prefix(bits)
	if err != nil {
		return ""
	}
	return p.String()
}

func localSanitizer(r *http.Request) {
	log.Printf("from %s", truncate(r.Header.Get("X-Real-IP")))
}

func maskedStruct(r *http.Request) {
	type entry struct{ Net string }
	e := entry{Net: anon.IP(r.RemoteAddr)}
	log.Print(e)
}

func maskedThenJoined(r *http.Request) {
	host, port, _ := net.SplitHostPort(r.RemoteAddr)
	_ = host
	log.Printf("port %s", port)
}

func wrapperWithMasked(r *http.Request) {
	logf("from %s", anon.IP(r.RemoteAddr))
}

func logf(format string, args ...any) {
	log.Printf(format, args...)
}

func closureMasked(r *http.Request) {
	masked := anon.IP(r.RemoteAddr)
	go func() {
		log.Print(masked)
	}()
}

func suppressed(r *http.Request) {
	//policylint:ignore piilog the security team reviews this debug endpoint's logs
	log.Print(r.RemoteAddr)
}
