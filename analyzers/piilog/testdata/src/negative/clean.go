package negative

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"time"
)

func method(r *http.Request) {
	log.Printf("%s %s", r.Method, r.URL.Path)
}

func userAgent(r *http.Request) {
	slog.Info("request", "ua", r.UserAgent(), "host", r.Host)
}

func status(code int, d time.Duration) {
	log.Printf("status=%d latency=%s", code, d)
}

func maskedIPv4(r *http.Request) {
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	ip := net.ParseIP(host)
	if ip == nil {
		return
	}
	log.Printf("network %s", ip.Mask(net.CIDRMask(24, 32)))
}

func netipPrefix(r *http.Request) {
	addr, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return
	}
	pfx, err := addr.Addr().Prefix(24)
	if err != nil {
		return
	}
	slog.Info("visit", "network", pfx.String())
}

func netipMasked(r *http.Request) {
	p, err := netip.ParsePrefix(r.Header.Get("X-Real-IP") + "/24")
	if err != nil {
		return
	}
	log.Print(p.Masked())
}

func countOfIPs(r *http.Request, seen map[string]int) {
	seen[r.RemoteAddr]++
	log.Printf("%d distinct clients", len(seen))
}

func comparison(r *http.Request, blocked string) {
	isBlocked := r.RemoteAddr == blocked
	log.Printf("blocked=%v", isBlocked)
}

func errorReturned(r *http.Request) error {
	if strings.HasPrefix(r.RemoteAddr, "10.") {
		return fmt.Errorf("internal client %s not allowed", r.RemoteAddr)
	}
	return nil
}

func callerOfErrorReturned(w http.ResponseWriter, r *http.Request) {
	if err := errorReturned(r); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
}

func errorFromStoreLogged(r *http.Request) {
	if err := save(r.RemoteAddr); err != nil {
		log.Printf("saving consent: %v", err)
	}
}

func save(ip string) error {
	if ip == "" {
		return errors.New("empty address")
	}
	return nil
}

func sessionID() {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	log.Printf("new session %s", hex.EncodeToString(b))
}

func respondNotLog(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "your address is %s", r.RemoteAddr)
}

func fileNotStdout(f *os.File, r *http.Request) {
	fmt.Fprintf(f, "%s\n", r.RemoteAddr)
}

func otherHeader(r *http.Request) {
	log.Print(r.Header.Get("User-Agent"))
}

func requestID(r *http.Request) {
	log.Print(r.Header.Get("X-Request-Id"))
}

func serverAddr(ln net.Listener) {
	log.Printf("listening on %s", ln.Addr())
}

type visitor struct {
	ID   string
	Addr string
}

func otherField(r *http.Request) {
	v := visitor{ID: r.URL.Query().Get("id"), Addr: r.RemoteAddr}
	log.Printf("visitor %s", v.ID)
}

func lengthOnly(r *http.Request) {
	xff := r.Header.Get("X-Forwarded-For")
	log.Printf("hops=%d", len(strings.Split(xff, ",")))
}

func hasProxy(r *http.Request) {
	log.Printf("proxied=%t", r.Header.Get("X-Forwarded-For") != "")
}

func constantAddr() {
	log.Printf("dialing %s", net.JoinHostPort("db.internal", "5432"))
}

func ctxWithOtherKey(r *http.Request) {
	type key string
	log.Print(r.Context().Value(key("trace")))
}
