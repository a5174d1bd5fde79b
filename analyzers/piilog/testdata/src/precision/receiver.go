package precision

import (
	"log"
	"net/http"
	"sync"
	"time"
)

// A rate limiter is a long-lived object: a method stores the last client
// address in it, and only that field is the client's IP. Its name, its
// counters and the limiter passed around as a whole are not.

type limiter struct {
	mu      sync.Mutex
	name    string
	window  time.Duration
	lastIP  string
	blocked map[string]time.Time
}

var loginLimiter = &limiter{name: "login", window: time.Minute, blocked: map[string]time.Time{}}

func (l *limiter) Name() string { return l.name }

func (l *limiter) allow(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lastIP = ip
	_, blocked := l.blocked[ip]
	return !blocked
}

func startLimiter() {
	log.Printf("limiter %s window %s", loginLimiter.Name(), loginLimiter.window)
	log.Printf("limiter %s", loginLimiter.name)
}

func login(w http.ResponseWriter, r *http.Request) {
	if !loginLimiter.allow(r.RemoteAddr) {
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}
}

func dumpLimiter() {
	log.Printf("last blocked %s", loginLimiter.lastIP) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
}

// A server object gets the client address of the current request stored
// into one field; its configuration logged elsewhere is not an IP.

type server struct {
	addr    string
	version string
	current struct {
		remote string
		path   string
	}
}

func (s *server) serve(w http.ResponseWriter, r *http.Request) {
	s.current.remote = r.RemoteAddr
	s.current.path = r.URL.Path
}

func (s *server) banner() {
	log.Printf("listening on %s (version %s)", s.addr, s.version)
	log.Printf("last path %s", s.current.path)
}

func (s *server) trace() {
	log.Printf("last remote %s", s.current.remote) // want `user.device.ip_address from r.RemoteAddr reaches log.Printf`
}
