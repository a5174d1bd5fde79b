package inkwell

import (
	"net/http"
	"net/netip"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"example.com/inkwell/anon"
	"example.com/inkwell/errtrack"
)

// realIP replaces r.RemoteAddr with the client's address when the request
// came through one of the trusted proxies: the right-most address of
// X-Forwarded-For that is not a proxy, or else X-Real-IP. Everything
// behind it sees the reader, not the load balancer.
func realIP(trusted []netip.Prefix) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if len(trusted) > 0 && isTrusted(clientAddr(r), trusted) {
				if a, ok := forwardedFor(r.Header.Values("X-Forwarded-For"), trusted); ok {
					r.RemoteAddr = netip.AddrPortFrom(a, 0).String()
				} else if a, err := netip.ParseAddr(strings.TrimSpace(r.Header.Get("X-Real-IP"))); err == nil {
					r.RemoteAddr = netip.AddrPortFrom(a.Unmap(), 0).String()
				}
			}
			next.ServeHTTP(w, r)
		})
	}
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	return slices.ContainsFunc(trusted, func(p netip.Prefix) bool { return p.Contains(a) })
}

// forwardedFor walks X-Forwarded-For from the right, skipping our own
// proxies, and returns the first address that is not one.
func forwardedFor(values []string, trusted []netip.Prefix) (netip.Addr, bool) {
	var hops []string
	for _, v := range values {
		hops = append(hops, strings.Split(v, ",")...)
	}
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return netip.Addr{}, false
		}
		a = a.Unmap()
		if !isTrusted(a, trusted) {
			return a, true
		}
	}
	return netip.Addr{}, false
}

// clientAddr is the reader's address, after realIP.
func clientAddr(r *http.Request) netip.Addr {
	if ap, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
		return ap.Addr().Unmap()
	}
	a, _ := netip.ParseAddr(r.RemoteAddr)
	return a.Unmap()
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// requestLog writes the access log. Readers are logged by network only.
func (app *App) requestLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		app.log.Infof("%s %s %d %dB %s net=%s ua=%q",
			r.Method, r.URL.Path, sw.status, sw.bytes, time.Since(start).Round(time.Microsecond),
			anon.IP(r.RemoteAddr), r.UserAgent())
	})
}

// recoverer turns a panic into a 500, logs it and reports it.
func (app *App) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			rec := recover()
			if rec == nil {
				return
			}
			if rec == http.ErrAbortHandler {
				panic(rec)
			}
			app.log.Errorf("panic: %v [%s %s from %s]\n%s", rec, r.Method, r.URL.Path, r.RemoteAddr, debug.Stack()) // policylint: expect piilog
			who := errtrack.User{IPAddress: clientAddr(r).String()}
			app.errs.CapturePanic(r.Context(), rec, errtrack.Request{Method: r.Method, URL: r.URL.Path}, who) // policylint: expect piiegress
			writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "Something went wrong."})
		}()
		next.ServeHTTP(w, r)
	})
}
