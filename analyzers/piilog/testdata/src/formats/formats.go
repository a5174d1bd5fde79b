package formats

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"

	"anon"
	"formats/tlog"
)

// A logger's format-string wrappers: every argument reaches the log,
// whatever the format string says.

type Logger struct {
	out    io.Writer
	prefix string
	debug  bool
}

func NewLogger(name string, debug bool) *Logger {
	return &Logger{out: os.Stderr, prefix: "[" + name + "] ", debug: debug}
}

// Logf is no printf wrapper for go vet: the format is changed on the way.
func (l *Logger) Logf(format string, args ...any) {
	fmt.Fprintf(l.out, l.prefix+format+"\n", args...)
}

func (l *Logger) Debugf(format string, args ...any) {
	if l.debug {
		l.Logf("DEBUG "+format, args...)
	}
}

func warnf(format string, args ...any) {
	msg := fmt.Sprintf(strings.TrimSpace(format), args...)
	os.Stderr.WriteString("WARN " + msg + "\n")
}

type Server struct {
	log  *Logger
	tlog *tlog.Logger
}

func NewServer() *Server {
	return &Server{log: NewLogger("api", false), tlog: tlog.New("api ")}
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	s.log.Logf("login of %s from %s", user, r.RemoteAddr)             // want `user.device.ip_address from r.RemoteAddr reaches formats.Logger.Logf`
	s.log.Debugf("forwarded for %s", r.Header.Get("X-Forwarded-For")) // want `user.device.ip_address from X-Forwarded-For header reaches formats.Logger.Debugf`
	warnf("slow login %s", r.Header.Get("X-Real-IP"))                 // want `user.device.ip_address from X-Real-Ip header reaches formats.warnf`
	s.tlog.Printf("login from %s", r.RemoteAddr)                      // want `user.device.ip_address from r.RemoteAddr reaches tlog.Logger.Printf`
	tlog.Printf("login from %s", r.RemoteAddr)                        // want `user.device.ip_address from r.RemoteAddr reaches tlog.Printf`
}

// An argument the format string has no verb for is printed all the same
// (%!(EXTRA string=...)).
func failedLogin(r *http.Request) {
	ip := r.Header.Get("X-Real-IP")
	log.Printf("failed login", ip)  // want `user.device.ip_address from X-Real-Ip header reaches log.Printf`
	tlog.Printf("failed login", ip) // want `user.device.ip_address from X-Real-Ip header reaches tlog.Printf`
}

// Look-alikes: the same wrappers given no IP or a masked one, and format
// wrappers that write to the client or build an error.

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	s.log.Logf("logout of %s from %s", user, anon.IP(r.RemoteAddr))
	s.log.Debugf("path %s", r.URL.Path)
	warnf("slow logout of %s", user)
	s.tlog.Printf("logout of %s", user)
	tlog.Printf("logout from %s", anon.IP(r.RemoteAddr))
}

func respondf(w http.ResponseWriter, format string, args ...any) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, format, args...)
}

func whoami(w http.ResponseWriter, r *http.Request) {
	respondf(w, "you are %s", r.RemoteAddr)
}

type denied struct{ msg string }

func (d *denied) Error() string { return d.msg }

func deny(format string, args ...any) error {
	return &denied{msg: fmt.Sprintf(format, args...)}
}

func checkOrigin(w http.ResponseWriter, r *http.Request) {
	if err := deny("address %s is not allowed", r.RemoteAddr); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
	}
}
