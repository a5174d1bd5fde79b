// Command gen writes a synthetic Go module for policylint's benchmarks: a
// service of about -n packages that looks like the code policylint is
// written for. The packages come in slices of ten, each a small service of
// its own:
//
//	model    data types with personal fields, generic containers
//	util     masking helpers (sanitizers), a generic set
//	logx     logger wrappers over log, log/slog, zap and zerolog (sinks by summary)
//	store    a generic repository over model, database/sql
//	client   an API client that posts JSON over net/http (egress)
//	mailer   net/smtp senders, with and without a consent check
//	service  business logic calling the services of other slices (deep
//	         call chains across packages)
//	mw       gin and net/http middleware that log the client
//	handler  gin and net/http handlers using everything above
//	api      route registration; nothing in the module imports it but main
//
// Only the standard library, gin, zap and zerolog are imported, the
// libraries of testdata/example. The output is a directory with go.mod;
// bench/run.sh completes go.sum with "go mod tidy".
//
//	go run ./bench/gen -n 500 -o bench/out/m500
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

// kinds are the packages of one slice, in dependency order.
var kinds = []string{"model", "util", "logx", "store", "client", "mailer", "service", "mw", "handler", "api"}

func main() {
	n := flag.Int("n", 50, "approximate number of packages")
	funcs = flag.Int("funcs", 8, "plain functions (about 20 lines each) added to every package")
	out := flag.String("o", "", "output `dir` (created; must not exist or be empty)")
	name := flag.String("profile", "base", "the module's `shape`: base (gin, zap, zerolog), or a real service's dependencies: shop (echo, GORM, S3/SES, go-mail, Prometheus), press (chi, sqlx/pq, Google API client, gomail, Prometheus), notify (gin, sqlx/MySQL, SNS/SQS/SES, go-mail, Prometheus)")
	flag.Parse()
	if *out == "" {
		log.Fatal("gen: -o DIR is required")
	}
	p, ok := profiles[*name]
	if !ok {
		log.Fatalf("gen: unknown profile %q", *name)
	}
	slices := max(1, *n/len(p.Kinds))
	if err := generate(*out, slices, p); err != nil {
		log.Fatalf("gen: %v", err)
	}
	fmt.Printf("gen: %d packages in %s\n", slices*len(p.Kinds)+1, *out)
}

var funcs *int

// extraData is the template data of a package's extra.go.
type extraData struct {
	Pkg   string
	Funcs []int
}

func seqN(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// slice is the template data of one slice's package.
type slice struct {
	Mod  string
	G    int // this slice
	Prev int // the slice this one's service calls (-1: none)
	Far  int // another slice, for a second cross edge (-1: none)
	N    int // the number of slices
	P    profile
}

func generate(dir string, n int, p profile) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mod := strings.TrimPrefix(strings.SplitN(p.GoMod, "\n", 2)[0], "module ")
	files := map[string]string{"go.mod": p.GoMod}
	for g := range n {
		s := slice{Mod: mod, G: g, Prev: -1, Far: -1, N: n, P: p}
		// Chains of up to 8 slices, plus an edge to a slice half-way
		// down, so that the package graph is deep but not a line.
		if g%8 != 0 {
			s.Prev = g - 1
		}
		if g > 1 {
			s.Far = g / 2
		}
		for _, k := range p.Kinds {
			name := k
			if t, ok := p.Tmpl[k]; ok {
				name = t
			}
			src, err := render(name, s)
			var extra string
			if err != nil {
				return fmt.Errorf("slice %d, %s: %w", g, k, err)
			}
			files[filepath.Join("internal", fmt.Sprintf("s%04d", g), k, k+".go")] = src
			if extra, err = render("extra", extraData{Pkg: k, Funcs: seqN(*funcs)}); err != nil {
				return fmt.Errorf("slice %d, %s extra: %w", g, k, err)
			}
			files[filepath.Join("internal", fmt.Sprintf("s%04d", g), k, "extra.go")] = extra
		}
	}
	var main bytes.Buffer
	if err := tmpl.ExecuteTemplate(&main, p.Main, slice{Mod: mod, N: n, P: p}); err != nil {
		return err
	}
	src, err := format.Source(main.Bytes())
	if err != nil {
		return fmt.Errorf("main: %w", err)
	}
	files[filepath.Join("cmd", "server", "main.go")] = string(src)
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func render(kind string, s any) (string, error) {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, kind, s); err != nil {
		return "", err
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return "", fmt.Errorf("%w\n%s", err, b.String())
	}
	return string(src), nil
}

const goMod = `module bench.example/synth

go 1.25.0

require (
	github.com/gin-gonic/gin v1.12.0
	github.com/rs/zerolog v1.35.1
	go.uber.org/zap v1.28.0
)
`

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"pkg": func(g int) string { return fmt.Sprintf("s%04d", g) },
	"seq": func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	},
	"lower": strings.ToLower,
}).Parse(templates + profileTemplates))

const templates = `
{{define "model"}}
// Package model holds the data of slice {{.G}}.
package model

import (
	"net"
	"time"
)

// User is a customer account.
type User struct {
	ID        string
	Email     string
	FullName  string
	Phone     string
	BirthDate time.Time
	LastIP    net.IP
	Marketing bool
	Tags      []string
}

// Order is a purchase.
type Order struct {
	ID       string
	UserID   string
	Items    []Item
	Total    int64
	ClientIP string
	Shipping Address
}

// Item is a line of an order.
type Item struct {
	SKU   string
	Qty   int
	Cents int64
}

// Address is where an order goes.
type Address struct {
	Street, City, Zip, Country string
}

// Event is an analytics event.
type Event struct {
	Name    string
	UserID  string
	IP      string
	Props   map[string]string
	Created time.Time
}

// Entity is what the generic containers hold.
type Entity interface {
	Key() string
}

func (u *User) Key() string  { return u.ID }
func (o *Order) Key() string { return o.ID }

// Total sums an order's items.
func (o *Order) Sum() int64 {
	var t int64
	for _, it := range o.Items {
		t += int64(it.Qty) * it.Cents
	}
	return t
}

// Page is a generic page of results.
type Page[T any] struct {
	Items []T
	Next  string
}

// Map applies f to each element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Filter keeps the elements for which keep is true.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Index builds a map by key.
func Index[T Entity](xs []T) map[string]T {
	m := make(map[string]T, len(xs))
	for _, x := range xs {
		m[x.Key()] = x
	}
	return m
}

// Emails returns the addresses of users who accept marketing.
func Emails(us []*User) []string {
	return Map(Filter(us, func(u *User) bool { return u.Marketing }), func(u *User) string { return u.Email })
}
{{end}}

{{define "util"}}
// Package util holds helpers of slice {{.G}}.
package util

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"strings"
)

// MaskIP keeps the network part of an address.
func MaskIP(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return ""
	}
	if v4 := ip.To4(); v4 != nil {
		return net.IPv4(v4[0], v4[1], v4[2], 0).String()
	}
	return ip.Mask(net.CIDRMask(48, 128)).String()
}

// Hash pseudonymises a value.
func Hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// Domain returns the domain of an e-mail address.
func Domain(email string) string {
	if i := strings.LastIndexByte(email, '@'); i >= 0 {
		return email[i+1:]
	}
	return ""
}

// Set is a generic set.
type Set[T comparable] struct{ m map[T]struct{} }

// NewSet returns a set of xs.
func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(xs))}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)           { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool      { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Each(f func(T))    { for x := range s.m { f(x) } }

// Join joins non-empty parts.
func Join(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}
{{end}}

{{define "logx"}}
// Package logx wraps the loggers of slice {{.G}}.
package logx

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
)

// Logger writes to every backend the service uses.
type Logger struct {
	Std  *log.Logger
	S    *slog.Logger
	Z    *zap.Logger
	Zero zerolog.Logger
}

// New returns a logger.
func New(name string) *Logger {
	z, _ := zap.NewProduction()
	return &Logger{
		Std:  log.New(os.Stderr, name+" ", log.LstdFlags),
		S:    slog.New(slog.NewJSONHandler(os.Stderr, nil)).With("component", name),
		Z:    z.Named(name),
		Zero: zerolog.New(os.Stderr).With().Str("component", name).Logger(),
	}
}

// Info logs through slog.
func (l *Logger) Info(ctx context.Context, msg string, args ...any) {
	l.S.InfoContext(ctx, msg, args...)
}

// Printf logs through the standard logger.
func (l *Logger) Printf(format string, args ...any) {
	l.Std.Printf(format, args...)
}

// Field logs one field through zap.
func (l *Logger) Field(msg, key, value string) {
	l.Z.Info(msg, zap.String(key, value))
}

// Event logs one field through zerolog.
func (l *Logger) Event(msg, key, value string) {
	l.Zero.Info().Str(key, value).Msg(msg)
}

// Access logs a request line.
func (l *Logger) Access(method, path, client string, status int) {
	l.Printf("%s %s from %s: %d", method, path, client, status)
}

// Audit records an action by a user.
func Audit(l *Logger, action, user, detail string) {
	l.Field(action, "user", user)
	l.Event(action, "detail", detail)
}

// Errorf logs an error through every backend.
func (l *Logger) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	l.Std.Println(msg)
	l.S.Error(msg)
	l.Z.Error(msg)
	l.Zero.Error().Msg(msg)
}
{{end}}

{{define "store"}}
// Package store keeps the data of slice {{.G}}.
package store

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// ErrNotFound is returned for a missing entity.
var ErrNotFound = errors.New("not found")

// Repo is an in-memory repository of entities.
type Repo[T model.Entity] struct {
	mu sync.RWMutex
	m  map[string]T
}

// NewRepo returns an empty repository.
func NewRepo[T model.Entity]() *Repo[T] { return &Repo[T]{m: map[string]T{}} }

// Put stores x.
func (r *Repo[T]) Put(x T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[x.Key()] = x
}

// Get returns the entity with key k.
func (r *Repo[T]) Get(k string) (T, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	x, ok := r.m[k]
	if !ok {
		var zero T
		return zero, ErrNotFound
	}
	return x, nil
}

// All returns every entity.
func (r *Repo[T]) All() []T {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]T, 0, len(r.m))
	for _, x := range r.m {
		out = append(out, x)
	}
	return out
}

// Store is the slice's storage.
type Store struct {
	DB     *sql.DB
	Users  *Repo[*model.User]
	Orders *Repo[*model.Order]
}

// New returns a store.
func New(db *sql.DB) *Store {
	return &Store{DB: db, Users: NewRepo[*model.User](), Orders: NewRepo[*model.Order]()}
}

// User loads a user from the database, or the cache.
func (s *Store) User(ctx context.Context, id string) (*model.User, error) {
	if u, err := s.Users.Get(id); err == nil {
		return u, nil
	}
	u := &model.User{ID: id}
	row := s.DB.QueryRowContext(ctx, "SELECT email, full_name, marketing FROM users WHERE id = $1", id)
	if err := row.Scan(&u.Email, &u.FullName, &u.Marketing); err != nil {
		return nil, err
	}
	s.Users.Put(u)
	return u, nil
}

// Subscribers returns the users who accept marketing e-mail.
func (s *Store) Subscribers() []*model.User {
	return model.Filter(s.Users.All(), func(u *model.User) bool { return u.Marketing })
}

// SaveOrder stores an order.
func (s *Store) SaveOrder(ctx context.Context, o *model.Order) error {
	o.Total = o.Sum()
	_, err := s.DB.ExecContext(ctx, "INSERT INTO orders (id, user_id, total, ip) VALUES ($1, $2, $3, $4)", o.ID, o.UserID, o.Total, o.ClientIP)
	if err == nil {
		s.Orders.Put(o)
	}
	return err
}
{{end}}

{{define "client"}}
// Package client talks to the analytics API of slice {{.G}}.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"{{.Mod}}/internal/{{pkg .G}}/model"
	"{{.Mod}}/internal/{{pkg .G}}/util"
)

const baseURL = "https://api.analytics{{.G}}.example.com/v1"

// Client posts events.
type Client struct {
	HTTP  *http.Client
	Token string
}

// New returns a client.
func New(token string) *Client {
	return &Client{HTTP: &http.Client{Timeout: 5 * time.Second}, Token: token}
}

func (c *Client) post(ctx context.Context, path string, body any) error {
	data, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+path, bytes.NewReader(data))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("analytics: %s", resp.Status)
	}
	return nil
}

// Track sends an event with the user's network, not the address.
func (c *Client) Track(ctx context.Context, ev model.Event) error {
	ev.IP = util.MaskIP(ev.IP)
	return c.post(ctx, "/track", ev)
}

// Identify sends a user's traits.
func (c *Client) Identify(ctx context.Context, u *model.User) error {
	return c.post(ctx, "/identify", map[string]string{"id": u.ID, "email_domain": util.Domain(u.Email)})
}

// Count sends a counter.
func (c *Client) Count(ctx context.Context, name string, n int) error {
	return c.post(ctx, "/count", map[string]any{"name": name, "n": n})
}
{{end}}

{{define "mailer"}}
// Package mailer sends the e-mail of slice {{.G}}.
package mailer

import (
	"errors"
	"fmt"
	"net/smtp"
	"strings"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// Mailer sends through an SMTP relay.
type Mailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// ErrNoConsent means the user did not opt in.
var ErrNoConsent = errors.New("no consent")

func (m *Mailer) send(to []string, subject, body string) error {
	msg := "Subject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.Addr, m.Auth, m.From, to, []byte(msg))
}

// Receipt sends an order receipt (transactional).
func (m *Mailer) Receipt(u *model.User, o *model.Order) error {
	return m.send([]string{u.Email}, "Your order "+o.ID, fmt.Sprintf("Total: %d", o.Total))
}

// Newsletter sends the newsletter to one user who opted in.
func (m *Mailer) Newsletter(u *model.User, issue string) error {
	if !u.Marketing {
		return ErrNoConsent
	}
	return m.send([]string{u.Email}, "Newsletter "+issue, strings.Repeat("news ", 10))
}

// Promo sends an offer, whether or not the user opted in.
func (m *Mailer) Promo(u *model.User, offer string) error {
	return m.send([]string{u.Email}, "Just for you", offer)
}

// Blast sends to every subscriber.
func (m *Mailer) Blast(users []*model.User, issue string) int {
	sent := 0
	for _, u := range users {
		if err := m.Newsletter(u, issue); err == nil {
			sent++
		}
	}
	return sent
}
{{end}}

{{define "service"}}
// Package service is the business logic of slice {{.G}}.
package service

import (
	"context"
	"fmt"
	"strconv"

	"{{.Mod}}/internal/{{pkg .G}}/client"
	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/mailer"
	"{{.Mod}}/internal/{{pkg .G}}/model"
	"{{.Mod}}/internal/{{pkg .G}}/store"
	"{{.Mod}}/internal/{{pkg .G}}/util"
{{- if ge .Prev 0}}
	prev "{{.Mod}}/internal/{{pkg .Prev}}/service"
{{- end}}
{{- if ge .Far 0}}
	far "{{.Mod}}/internal/{{pkg .Far}}/service"
{{- end}}
)

// Service places orders and keeps users informed.
type Service struct {
	Store  *store.Store
	Log    *logx.Logger
	Mail   *mailer.Mailer
	Events *client.Client
{{- if ge .Prev 0}}
	Prev *prev.Service
{{- end}}
{{- if ge .Far 0}}
	Far *far.Service
{{- end}}
}

// Place stores an order for a user and sends the receipt.
func (s *Service) Place(ctx context.Context, userID, clientIP string, items []model.Item) (*model.Order, error) {
	u, err := s.Store.User(ctx, userID)
	if err != nil {
		return nil, fmt.Errorf("loading user %s: %w", userID, err)
	}
	o := &model.Order{ID: userID + "-" + strconv.Itoa(len(items)), UserID: userID, Items: items, ClientIP: clientIP}
	if err := s.Store.SaveOrder(ctx, o); err != nil {
		return nil, err
	}
	s.Log.Info(ctx, "order placed", "order", o.ID, "network", util.MaskIP(clientIP))
	if err := s.Mail.Receipt(u, o); err != nil {
		s.Log.Errorf("receipt for %s: %v", o.ID, err)
	}
	s.track(ctx, "order", userID, clientIP)
	return o, s.Relay(ctx, 0, userID, clientIP)
}

func (s *Service) track(ctx context.Context, name, userID, ip string) {
	ev := model.Event{Name: name, UserID: userID, IP: ip}
	if err := s.Events.Track(ctx, ev); err != nil {
		s.Log.Printf("tracking %s: %v", name, err)
	}
}

// Relay passes a request down the chain of services, as layered
// services do; depth counts the hops.
func (s *Service) Relay(ctx context.Context, depth int, userID, clientIP string) error {
	note := util.Join(" ", "relay", strconv.Itoa(depth), userID)
{{- if ge .Prev 0}}
	if s.Prev != nil {
		return s.Prev.Relay(ctx, depth+1, userID, clientIP)
	}
{{- end}}
{{- if ge .Far 0}}
	if s.Far != nil && depth < 3 {
		return s.Far.Relay(ctx, depth+1, userID, util.MaskIP(clientIP))
	}
{{- end}}
	s.Log.Field(note, "network", util.MaskIP(clientIP))
	return nil
}

// Campaign sends the newsletter to the subscribers.
func (s *Service) Campaign(ctx context.Context, issue string) int {
	n := s.Mail.Blast(s.Store.Subscribers(), issue)
	s.Log.Info(ctx, "campaign sent", "issue", issue, "sent", n)
	return n
}

// Stats computes order statistics with the generic helpers.
func (s *Service) Stats() map[string]int64 {
	orders := s.Store.Orders.All()
	byUser := map[string]int64{}
	for _, o := range model.Filter(orders, func(o *model.Order) bool { return o.Total > 0 }) {
		byUser[o.UserID] += o.Total
	}
	ids := util.NewSet(model.Map(orders, func(o *model.Order) string { return o.UserID })...)
	byUser["_users"] = int64(ids.Len())
	return byUser
}
{{end}}

{{define "mw"}}
// Package mw holds the middleware of slice {{.G}}.
package mw

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/util"
)

type ctxKey struct{}

// ClientIPKey holds the client address in a request context.
var ClientIPKey = ctxKey{}

// ClientIP stores the client address in the context.
func ClientIP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ClientIPKey, r.RemoteAddr)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Logging logs each request with the masked client address.
func Logging(l *logx.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		l.Access(r.Method, r.URL.Path, util.MaskIP(r.RemoteAddr), int(time.Since(start).Milliseconds()))
	})
}

// GinLogging logs each gin request.
func GinLogging(l *logx.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		l.Info(c.Request.Context(), "request", "path", c.FullPath(), "status", c.Writer.Status(), "ms", time.Since(start).Milliseconds(), "network", util.MaskIP(c.ClientIP()))
	}
}

// Recover turns panics into 500s.
func Recover(l *logx.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				l.Errorf("panic on %s: %v", c.FullPath(), r)
				c.AbortWithStatus(http.StatusInternalServerError)
			}
		}()
		c.Next()
	}
}
{{end}}

{{define "handler"}}
// Package handler serves the HTTP API of slice {{.G}}.
package handler

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/model"
	"{{.Mod}}/internal/{{pkg .G}}/mw"
	"{{.Mod}}/internal/{{pkg .G}}/service"
	"{{.Mod}}/internal/{{pkg .G}}/util"
)

// Handler serves the slice's endpoints.
type Handler struct {
	Svc *service.Service
	Log *logx.Logger
}

type orderRequest struct {
	UserID string       ` + "`json:\"user_id\"`" + `
	Items  []model.Item ` + "`json:\"items\"`" + `
}

// Order places an order (gin).
func (h *Handler) Order(c *gin.Context) {
	var req orderRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	o, err := h.Svc.Place(c.Request.Context(), req.UserID, c.ClientIP(), req.Items)
	if err != nil {
		h.Log.Errorf("order for %s from %s: %v", req.UserID, c.ClientIP(), err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "try again"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"id": o.ID, "total": o.Total})
}

// Profile returns a user's profile (net/http).
func (h *Handler) Profile(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	u, err := h.Svc.Store.User(r.Context(), id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	ip, _ := r.Context().Value(mw.ClientIPKey).(string)
	h.Log.Info(r.Context(), "profile viewed", "user", id, "network", util.MaskIP(ip))
	_ = json.NewEncoder(w).Encode(map[string]string{"id": u.ID, "name": u.FullName})
}

// Campaign starts a newsletter campaign.
func (h *Handler) Campaign(c *gin.Context) {
	n := h.Svc.Campaign(c.Request.Context(), c.Param("issue"))
	c.JSON(http.StatusOK, gin.H{"sent": n})
}

// Stats reports order statistics.
func (h *Handler) Stats(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(h.Svc.Stats())
}
{{end}}

{{define "api"}}
// Package api registers the routes of slice {{.G}}.
package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"{{.Mod}}/internal/{{pkg .G}}/handler"
	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/mw"
)

// Routes registers the gin routes.
func Routes(r gin.IRouter, h *handler.Handler, l *logx.Logger) {
	g := r.Group("/s{{.G}}", mw.GinLogging(l), mw.Recover(l))
	g.POST("/orders", h.Order)
	g.POST("/campaigns/:issue", h.Campaign)
}

// Mux registers the net/http routes.
func Mux(mux *http.ServeMux, h *handler.Handler, l *logx.Logger) {
	mux.Handle("/s{{.G}}/profile", mw.ClientIP(mw.Logging(l, http.HandlerFunc(h.Profile))))
	mux.Handle("/s{{.G}}/stats", mw.Logging(l, http.HandlerFunc(h.Stats)))
}
{{end}}

{{define "extra"}}
package {{.Pkg}}

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)
{{range .Funcs}}
// Tally{{.}} counts the words of lines that pass a filter, as report code does.
func Tally{{.}}(lines []string, stop map[string]bool, limit int) (string, error) {
	if len(lines) == 0 {
		return "", errors.New("no input")
	}
	counts := map[string]int{}
	for i, line := range lines {
		if i >= limit && limit > 0 {
			break
		}
		for _, w := range strings.Fields(strings.ToLower(line)) {
			w = strings.Trim(w, ".,;:!?")
			if w == "" || stop[w] {
				continue
			}
			counts[w] += {{.}} + 1
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	for i, k := range keys {
		switch {
		case i > 10:
			return b.String(), nil
		case i%2 == 0:
			fmt.Fprintf(&b, "%s=%d ", k, counts[k])
		default:
			b.WriteString(k + " ")
		}
	}
	return b.String(), nil
}
{{end}}
{{end}}

{{define "main"}}
// Command server serves every slice.
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
{{range seq .N}}
	api{{.}} "{{$.Mod}}/internal/{{pkg .}}/api"
	handler{{.}} "{{$.Mod}}/internal/{{pkg .}}/handler"
	logx{{.}} "{{$.Mod}}/internal/{{pkg .}}/logx"
{{- end}}
)

func main() {
	r := gin.New()
	mux := http.NewServeMux()
{{- range seq .N}}
	{
		l := logx{{.}}.New("s{{.}}")
		h := &handler{{.}}.Handler{Log: l}
		api{{.}}.Routes(r, h, l)
		api{{.}}.Mux(mux, h, l)
	}
{{- end}}
	mux.Handle("/", r)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
{{end}}
`
