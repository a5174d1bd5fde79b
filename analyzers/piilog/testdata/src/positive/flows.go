package positive

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"sync"
)

// A visitor keeps the client's address long after the request.
type Visitor struct {
	ID   string
	Addr string
	Hits int
}

var visitors sync.Map

func track(r *http.Request) *Visitor {
	v := &Visitor{ID: r.URL.Query().Get("vid"), Addr: r.RemoteAddr}
	visitors.Store(v.ID, v)
	return v
}

func reportVisitor(v *Visitor) {
	log.Printf("visitor %s from %s", v.ID, v.Addr) // want `from r.RemoteAddr reaches log.Printf`
}

func structField(r *http.Request) {
	v := track(r)
	log.Println(v.Addr) // want `reaches log.Println`
}

func mapValue(r *http.Request) {
	m := map[string]string{"ip": r.RemoteAddr}
	log.Print(m) // want `reaches log.Print`
}

func sliceValue(r *http.Request) {
	var addrs []string
	addrs = append(addrs, r.RemoteAddr)
	log.Print(addrs) // want `reaches log.Print`
}

func closure(r *http.Request) {
	ip := r.RemoteAddr
	logIt := func() {
		log.Print(ip) // want `reaches log.Print`
	}
	logIt()
}

func goroutineAfterResponse(w http.ResponseWriter, r *http.Request) {
	addr := r.RemoteAddr
	w.WriteHeader(http.StatusNoContent)
	go func() {
		slog.Info("request done", "remote", addr) // want `reaches slog.Info`
	}()
}

func channel(r *http.Request) {
	ch := make(chan string, 1)
	go func() { ch <- r.RemoteAddr }()
	log.Print(<-ch) // want `reaches log.Print`
}

func deferred(r *http.Request) {
	defer log.Printf("done %s", r.RemoteAddr) // want `reaches log.Printf`
}

type ctxKey int

const ipKey ctxKey = 0

func withIP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ipKey, r.Header.Get("X-Real-IP"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func fromContext(ctx context.Context) {
	ip, _ := ctx.Value(ipKey).(string)
	log.Printf("ip=%s", ip) // want `from X-Real-Ip header reaches log.Printf`
}

func clientIP(r *http.Request) string {
	if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
		return xff
	}
	return r.RemoteAddr
}

func helperSource(r *http.Request) {
	log.Print("client ", clientIP(r)) // want `reaches log.Print`
}

func localWrapper(format string, args ...any) {
	log.Printf("[app] "+format, args...)
}

func callsLocalWrapper(r *http.Request) {
	localWrapper("from %s", r.RemoteAddr) // want `from r.RemoteAddr reaches positive.localWrapper`
}

type session struct{ ip string }

func (s *session) setIP(ip string) { s.ip = ip }

func setter(r *http.Request) {
	s := &session{}
	s.setIP(r.RemoteAddr)
	log.Print(s.ip) // want `reaches log.Print`
}

func methodValue(r *http.Request) {
	printf := log.Printf
	printf("%s", r.RemoteAddr) // want `reaches log.Printf`
}

func realIPMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			r.RemoteAddr = xff
		}
		next.ServeHTTP(w, r)
	})
}

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if err := recover(); err != nil {
				log.Printf("panic serving %s: %v", r.RemoteAddr, err) // want `reaches log.Printf`
			}
		}()
		next.ServeHTTP(w, r)
	})
}
