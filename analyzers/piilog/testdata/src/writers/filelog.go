package writers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"anon"
)

// An access log the service keeps in a file of its own, opened once and
// held in a struct field.

type AccessLog struct {
	mu sync.Mutex
	f  *os.File
}

func OpenAccessLog(dir string) (*AccessLog, error) {
	f, err := os.OpenFile(filepath.Join(dir, "access.log"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	return &AccessLog{f: f}, nil
}

func (a *AccessLog) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		a.mu.Lock()
		defer a.mu.Unlock()
		fmt.Fprintf(a.f, "%s %s %s %s\n", start.Format(time.RFC3339), r.RemoteAddr, r.Method, r.URL.Path) // want `user.device.ip_address from r.RemoteAddr reaches fmt.Fprintf`
		fmt.Fprintf(a.f, "%s %s %s\n", anon.IP(r.RemoteAddr), r.Method, r.URL.Path)
	})
}

// An audit trail written line by line with (*os.File).Write; the file is
// named by the configuration key for it.

type Config struct {
	AuditLogPath string
	ExportDir    string
}

type auditTrail struct {
	out *os.File
}

func newAuditTrail(cfg Config) (*auditTrail, error) {
	f, err := os.OpenFile(cfg.AuditLogPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	return &auditTrail{out: f}, nil
}

func (t *auditTrail) write(line string) {
	t.out.Write([]byte(time.Now().Format(time.RFC3339) + " " + line + "\n"))
}

func checkout(t *auditTrail, r *http.Request) {
	t.write("checkout from " + r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches writers.auditTrail.write`
	t.write("checkout of " + r.FormValue("cart"))
}

// Debug output buffered over standard error, in a package variable.

var debugOut = bufio.NewWriter(os.Stderr)

func debugf(format string, args ...any) {
	io.WriteString(debugOut, fmt.Sprintf(format, args...)+"\n")
	debugOut.Flush()
}

func trace(r *http.Request) {
	debugf("request %s from %s", r.URL.Path, r.Header.Get("X-Real-IP")) // want `user.device.ip_address from X-Real-Ip header reaches writers.debugf`
	debugf("request %s", r.URL.Path)
}

// A hand-written JSON logger: one encoder over standard output.

type entry struct {
	Time   time.Time `json:"time"`
	Msg    string    `json:"msg"`
	Remote string    `json:"remote,omitempty"`
	Path   string    `json:"path,omitempty"`
}

var logEnc = json.NewEncoder(os.Stdout)

func logRequest(r *http.Request, msg string) {
	logEnc.Encode(entry{Time: time.Now(), Msg: msg, Remote: r.RemoteAddr, Path: r.URL.Path}) // want `user.device.ip_address from r.RemoteAddr reaches json.Encoder.Encode`
}

func logPath(r *http.Request, msg string) {
	logEnc.Encode(entry{Time: time.Now(), Msg: msg, Path: r.URL.Path})
}

// A direct write on standard output.

func banned(r *http.Request) {
	os.Stdout.WriteString("banned " + r.Header.Get("X-Forwarded-For") + "\n") // want `user.device.ip_address from X-Forwarded-For header reaches os.File.WriteString`
}
