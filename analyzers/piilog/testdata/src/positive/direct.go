package positive

import (
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
)

func remoteAddrPrintf(w http.ResponseWriter, r *http.Request) {
	log.Printf("login from %s", r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf without anonymization \(piilog: "We do not use IP addresses to identify visitors."\)`
}

func remoteAddrNoVerb(r *http.Request) {
	reason := "failed login"
	log.Printf(reason, r.RemoteAddr) // want `from r.RemoteAddr reaches log.Printf`
}

func forwardedHeader(r *http.Request) {
	xff := r.Header.Get("X-Forwarded-For")
	log.Println("client", xff) // want `from X-Forwarded-For header reaches log.Println`
}

func realIPHeaderLowercase(r *http.Request) {
	log.Print(r.Header.Get("x-real-ip")) // want `from X-Real-Ip header reaches log.Print`
}

func headerIndex(r *http.Request) {
	vals := r.Header["X-Forwarded-For"]
	log.Print(vals) // want `from X-Forwarded-For header reaches log.Print`
}

func slogArgs(r *http.Request) {
	slog.Info("request", "ip", r.RemoteAddr) // want `reaches slog.Info`
}

func slogAttr(r *http.Request) {
	slog.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("ip", r.RemoteAddr)) // want `reaches slog.LogAttrs`
}

func slogWith(logger *slog.Logger, r *http.Request) {
	l := logger.With("client", r.RemoteAddr)
	l.Info("handled") // want `reaches slog.Logger.Info`
}

func fmtStdout(r *http.Request) {
	fmt.Fprintf(os.Stderr, "ip=%s\n", r.RemoteAddr) // want `reaches fmt.Fprintf`
}

func fmtPrintln(r *http.Request) {
	fmt.Println(r.RemoteAddr) // want `reaches fmt.Println`
}

func loggerMethod(l *log.Logger, r *http.Request) {
	l.Printf("from %v", r.RemoteAddr) // want `reaches log.Logger.Printf`
}

func splitHostPort(r *http.Request) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return
	}
	log.Printf("host %s", host) // want `from r.RemoteAddr reaches log.Printf`
}

func concatenated(r *http.Request) {
	msg := "client=" + strings.TrimSpace(r.RemoteAddr)
	log.Print(msg) // want `reaches log.Print`
}

func sprintfThenLog(r *http.Request) {
	line := fmt.Sprintf("%s %s %s", r.Method, r.URL.Path, r.RemoteAddr)
	log.Print(line) // want `reaches log.Print`
}

func connRemoteAddr(c net.Conn) {
	log.Printf("accepted %s", c.RemoteAddr().String()) // want `from c.RemoteAddr\(\) reaches log.Printf`
}

func parsedIP(r *http.Request) {
	ip := net.ParseIP(strings.Split(r.Header.Get("X-Forwarded-For"), ",")[0])
	log.Printf("ip %v", ip) // want `from X-Forwarded-For header reaches log.Printf`
}

func errorLogged(r *http.Request) {
	err := fmt.Errorf("blocked client %s", r.RemoteAddr)
	log.Print(err) // want `reaches log.Print`
}
