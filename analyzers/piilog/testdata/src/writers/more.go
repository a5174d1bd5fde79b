package writers

import (
	"bufio"
	"fmt"
	"log/slog"
	"log/syslog"
	"net/http"
	"os"

	"github.com/rs/zerolog"
	"gopkg.in/natefinch/lumberjack.v2"

	"writers/sink"
)

// A constructor of another package returns a writer on standard error in
// an exported field; the caller writes to it.
func diagnose(r *http.Request) {
	s := sink.Stderr()
	fmt.Fprintf(s.W, "request from %s\n", r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches fmt.Fprintf`
	bw := bufio.NewWriter(s.W)
	bw.WriteString(r.Header.Get("X-Real-IP")) // want `user.device.ip_address from X-Real-Ip header reaches bufio.Writer.WriteString`
	bw.Flush()
}

// The same, in memory: the caller returns the text to the client.
func dryRun(w http.ResponseWriter, r *http.Request) {
	s, buf := sink.Memory()
	fmt.Fprintf(s.W, "would block %s\n", r.RemoteAddr)
	w.Write(buf.Bytes())
}

// syslog and a rotating log file.
func authFailure(r *http.Request) error {
	w, err := syslog.New(syslog.LOG_WARNING|syslog.LOG_AUTH, "shop")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "authentication failure from %s", r.RemoteAddr)                     // want `user.device.ip_address from r.RemoteAddr reaches fmt.Fprintf`
	return w.Warning("authentication failure from " + r.Header.Get("X-Forwarded-For")) // want `user.device.ip_address from X-Forwarded-For header reaches syslog.Writer.Warning`
}

var rotating = &lumberjack.Logger{Filename: "/var/log/shop/events.log", MaxSize: 100}

func event(r *http.Request, name string) {
	fmt.Fprintf(rotating, "%s %s\n", name, r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches fmt.Fprintf`
	fmt.Fprintf(rotating, "%s %s\n", name, r.URL.Path)
}

// A file named by the environment: a log when the variable says so.
func openAccess(r *http.Request) error {
	f, err := os.OpenFile(os.Getenv("ACCESS_LOG"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(r.RemoteAddr + "\n") // want `user.device.ip_address from r.RemoteAddr reaches os.File.WriteString`
	return err
}

func exportTo(r *http.Request) error {
	f, err := os.Create(os.Getenv("EXPORT_PATH"))
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(r.RemoteAddr + "\n")
	return err
}

// Library loggers built over a log writer are sinks as before: the event
// and the handler carry the writer, and still take the fields given.
func libraryOverStdout(r *http.Request) {
	zl := zerolog.New(os.Stdout)
	zl.Info().Str("ip", r.RemoteAddr).Msg("request") // want `user.device.ip_address from r.RemoteAddr reaches zerolog.Event.Msg`
	zl.Info().Str("path", r.URL.Path).Msg("request")
	sl := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	sl.Info("request", "ip", r.RemoteAddr) // want `user.device.ip_address from r.RemoteAddr reaches slog.Logger.Info`
	sl.Info("request", "path", r.URL.Path)
}
