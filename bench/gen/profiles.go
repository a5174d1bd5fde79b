package main

// Profiles: modules shaped like the real services of issue 12, whose cost
// is in their third-party dependencies. Each profile keeps the slices of
// the base module (model, util, logx, client, service...) and swaps in the
// heavy libraries real services use: an ORM or SQL layer, a big web
// framework, a cloud SDK, a mail library and a metrics library, each
// called through a realistic part of its API. Everything comes from the Go
// module proxy as ordinary dependencies.

// profile says which templates make a module's packages.
type profile struct {
	// Kinds are the packages of one slice, in dependency order.
	Kinds []string
	// Tmpl maps a kind to the template that writes it (default: the kind).
	Tmpl map[string]string
	// Main is the template of cmd/server.
	Main string
	// GoMod is the module's go.mod; bench/run.sh completes it with go mod tidy.
	GoMod string
	// Driver and DriverImport name the database/sql driver of sqlx stores.
	Driver, DriverImport string
}

// realKinds are the packages of a slice in every real-shaped profile: the
// base kinds plus a cloud SDK client and the metrics.
var realKinds = []string{"model", "util", "logx", "metrics", "store", "client", "cloud", "mailer", "service", "mw", "handler", "api"}

var profiles = map[string]profile{
	"base": {Kinds: kinds, Main: "main", GoMod: goMod},
	// shop: an online shop on echo, GORM over Postgres (pgx), S3 for
	// order archives, SES v2 and go-mail for e-mail, Prometheus.
	"shop": {
		Kinds: realKinds,
		Tmpl: map[string]string{
			"store": "store.gorm", "cloud": "cloud.aws", "mailer": "mailer.wneessen",
			"metrics": "metrics.prom", "service": "service.real",
			"mw": "mw.echo", "handler": "handler.echo", "api": "api.echo",
		},
		Main: "main.echo",
		GoMod: `module bench.example/shop

go 1.26.0

require (
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/config v1.33.19
	github.com/aws/aws-sdk-go-v2/service/s3 v1.115.0
	github.com/aws/aws-sdk-go-v2/service/sesv2 v1.79.9
	github.com/labstack/echo/v4 v4.16.5
	github.com/prometheus/client_golang v1.25.0
	github.com/rs/zerolog v1.35.1
	github.com/wneessen/go-mail v0.8.1
	go.uber.org/zap v1.28.0
	gorm.io/driver/postgres v1.6.3
	gorm.io/gorm v1.31.2
)
`,
	},
	// press: a blogging platform on chi, sqlx over lib/pq, the Google API
	// client (Cloud Storage and Gmail), gomail, Prometheus.
	"press": {
		Kinds: realKinds,
		Tmpl: map[string]string{
			"store": "store.sqlx", "cloud": "cloud.gcp", "mailer": "mailer.gomail",
			"metrics": "metrics.prom", "service": "service.real",
			"mw": "mw.chi", "handler": "handler.chi", "api": "api.chi",
		},
		Main:         "main.chi",
		Driver:       "postgres",
		DriverImport: "github.com/lib/pq",
		GoMod: `module bench.example/press

go 1.26.0

require (
	github.com/go-chi/chi/v5 v5.5.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/lib/pq v1.12.3
	github.com/prometheus/client_golang v1.25.0
	github.com/rs/zerolog v1.35.1
	go.uber.org/zap v1.28.0
	google.golang.org/api v0.316.0
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)
`,
	},
	// notify: a push-notification server on gin, sqlx over MySQL, SNS,
	// SQS and SES v2, go-mail, Prometheus.
	"notify": {
		Kinds: realKinds,
		Tmpl: map[string]string{
			"store": "store.sqlx", "cloud": "cloud.awsmsg", "mailer": "mailer.wneessen",
			"metrics": "metrics.prom", "service": "service.real",
			"handler": "handler.gin",
		},
		Main:         "main.gin",
		Driver:       "mysql",
		DriverImport: "github.com/go-sql-driver/mysql",
		GoMod: `module bench.example/notify

go 1.26.0

require (
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/config v1.33.19
	github.com/aws/aws-sdk-go-v2/service/sesv2 v1.79.9
	github.com/aws/aws-sdk-go-v2/service/sns v1.48.0
	github.com/aws/aws-sdk-go-v2/service/sqs v1.53.0
	github.com/gin-gonic/gin v1.12.0
	github.com/go-sql-driver/mysql v1.10.2
	github.com/jmoiron/sqlx v1.4.0
	github.com/prometheus/client_golang v1.25.0
	github.com/rs/zerolog v1.35.1
	github.com/wneessen/go-mail v0.8.1
	go.uber.org/zap v1.28.0
)
`,
	},
}

// profileTemplates are the templates of the real-shaped profiles. A
// slice's store, cloud and mailer have the same constructors in every
// variant, so that one main template per web framework wires any of them.
const profileTemplates = `
{{define "repo"}}
// Repo is an in-memory cache of entities in front of the database.
type Repo[T model.Entity] struct {
	mu sync.RWMutex
	m  map[string]T
}

// NewRepo returns an empty cache.
func NewRepo[T model.Entity]() *Repo[T] { return &Repo[T]{m: map[string]T{}} }

// Put stores x.
func (r *Repo[T]) Put(x T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[x.Key()] = x
}

// Get returns the entity with key k.
func (r *Repo[T]) Get(k string) (T, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	x, ok := r.m[k]
	return x, ok
}
{{end}}

{{define "store.gorm"}}
// Package store keeps the data of slice {{.G}} in Postgres through GORM.
package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/logger"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// ErrNotFound is returned for a missing entity.
var ErrNotFound = errors.New("not found")

{{template "repo" .}}

// Store is the slice's storage.
type Store struct {
	DB    *gorm.DB
	Users *Repo[*model.User]
}

// Open connects to the database and migrates the schema.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := gorm.Open(postgres.New(postgres.Config{DSN: dsn, PreferSimpleProtocol: true}), &gorm.Config{
		PrepareStmt: true,
		Logger:      logger.Default.LogMode(logger.Warn),
		NowFunc:     func() time.Time { return time.Now().UTC() },
	})
	if err != nil {
		return nil, fmt.Errorf("opening the database: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(20)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.WithContext(ctx).AutoMigrate(&model.User{}, &model.Order{}); err != nil {
		return nil, fmt.Errorf("migrating: %w", err)
	}
	return &Store{DB: db, Users: NewRepo[*model.User]()}, nil
}

// User loads a user, from the cache when it holds it.
func (s *Store) User(ctx context.Context, id string) (*model.User, error) {
	if u, ok := s.Users.Get(id); ok {
		return u, nil
	}
	var u model.User
	if err := s.DB.WithContext(ctx).Select("id", "email", "full_name", "marketing").First(&u, "id = ?", id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	s.Users.Put(&u)
	return &u, nil
}

// Subscribers returns the users who accept marketing e-mail.
func (s *Store) Subscribers(ctx context.Context) ([]*model.User, error) {
	var us []*model.User
	err := s.DB.WithContext(ctx).Where("marketing = ?", true).Order("id").Limit(1000).Find(&us).Error
	return us, err
}

// SaveOrder stores an order and marks the user's last order.
func (s *Store) SaveOrder(ctx context.Context, o *model.Order) error {
	o.Total = o.Sum()
	return s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(o).Error; err != nil {
			return err
		}
		return tx.Model(&model.User{}).Where("id = ?", o.UserID).Update("last_order", o.ID).Error
	})
}

// Orders returns a user's orders, newest first.
func (s *Store) Orders(ctx context.Context, userID string) ([]*model.Order, error) {
	var os []*model.Order
	err := s.DB.WithContext(ctx).Where(&model.Order{UserID: userID}).Order(clause.OrderByColumn{Column: clause.Column{Name: "id"}, Desc: true}).Find(&os).Error
	return os, err
}

// Unsubscribe turns marketing e-mail off for an address.
func (s *Store) Unsubscribe(ctx context.Context, email string) (int64, error) {
	res := s.DB.WithContext(ctx).Model(&model.User{}).Where("email = ?", email).Updates(map[string]any{"marketing": false})
	return res.RowsAffected, res.Error
}
{{end}}

{{define "store.sqlx"}}
// Package store keeps the data of slice {{.G}} through sqlx.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
	_ "{{.P.DriverImport}}"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// ErrNotFound is returned for a missing entity.
var ErrNotFound = errors.New("not found")

{{template "repo" .}}

// Store is the slice's storage.
type Store struct {
	DB    *sqlx.DB
	Users *Repo[*model.User]
}

type userRow struct {
	ID        string         ` + "`db:\"id\"`" + `
	Email     string         ` + "`db:\"email\"`" + `
	FullName  sql.NullString ` + "`db:\"full_name\"`" + `
	Marketing bool           ` + "`db:\"marketing\"`" + `
}

func (r userRow) user() *model.User {
	return &model.User{ID: r.ID, Email: r.Email, FullName: r.FullName.String, Marketing: r.Marketing}
}

type orderRow struct {
	ID     string ` + "`db:\"id\"`" + `
	UserID string ` + "`db:\"user_id\"`" + `
	Total  int64  ` + "`db:\"total\"`" + `
}

// Open connects to the database.
func Open(ctx context.Context, dsn string) (*Store, error) {
	db, err := sqlx.ConnectContext(ctx, "{{.P.Driver}}", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening the database: %w", err)
	}
	db.SetMaxOpenConns(20)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return &Store{DB: db, Users: NewRepo[*model.User]()}, nil
}

// User loads a user, from the cache when it holds it.
func (s *Store) User(ctx context.Context, id string) (*model.User, error) {
	if u, ok := s.Users.Get(id); ok {
		return u, nil
	}
	var r userRow
	err := s.DB.GetContext(ctx, &r, s.DB.Rebind("SELECT id, email, full_name, marketing FROM users WHERE id = ?"), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	u := r.user()
	s.Users.Put(u)
	return u, nil
}

// Subscribers returns the users who accept marketing e-mail.
func (s *Store) Subscribers(ctx context.Context) ([]*model.User, error) {
	var rows []userRow
	if err := s.DB.SelectContext(ctx, &rows, "SELECT id, email, full_name, marketing FROM users WHERE marketing ORDER BY id LIMIT 1000"); err != nil {
		return nil, err
	}
	us := make([]*model.User, len(rows))
	for i, r := range rows {
		us[i] = r.user()
	}
	return us, nil
}

// SaveOrder stores an order in a transaction.
func (s *Store) SaveOrder(ctx context.Context, o *model.Order) error {
	o.Total = o.Sum()
	tx, err := s.DB.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.NamedExecContext(ctx, "INSERT INTO orders (id, user_id, total, ip) VALUES (:id, :user_id, :total, :ip)",
		map[string]any{"id": o.ID, "user_id": o.UserID, "total": o.Total, "ip": o.ClientIP}); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, tx.Rebind("UPDATE users SET last_order = ? WHERE id = ?"), o.ID, o.UserID); err != nil {
		return err
	}
	return tx.Commit()
}

// Orders returns the orders of some users.
func (s *Store) Orders(ctx context.Context, userIDs ...string) ([]*model.Order, error) {
	q, args, err := sqlx.In("SELECT id, user_id, total FROM orders WHERE user_id IN (?)", userIDs)
	if err != nil {
		return nil, err
	}
	var rows []orderRow
	if err := s.DB.SelectContext(ctx, &rows, s.DB.Rebind(q), args...); err != nil {
		return nil, err
	}
	os := make([]*model.Order, 0, len(rows))
	for _, r := range rows {
		os = append(os, &model.Order{ID: r.ID, UserID: r.UserID, Total: r.Total})
	}
	return os, nil
}

// Unsubscribe turns marketing e-mail off for an address.
func (s *Store) Unsubscribe(ctx context.Context, email string) (int64, error) {
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind("UPDATE users SET marketing = FALSE WHERE email = ?"), email)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
{{end}}

{{define "metrics.prom"}}
// Package metrics holds the Prometheus metrics of slice {{.G}}.
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var (
	// Orders counts orders by outcome.
	Orders = promauto.NewCounterVec(prometheus.CounterOpts{
		Namespace: "synth", Subsystem: "s{{.G}}", Name: "orders_total", Help: "Orders by outcome.",
	}, []string{"status"})
	// Mails counts e-mails sent.
	Mails = promauto.NewCounter(prometheus.CounterOpts{
		Namespace: "synth", Subsystem: "s{{.G}}", Name: "mails_total", Help: "E-mails sent.",
	})
	// Latency is the request latency by route and status.
	Latency = promauto.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "synth", Subsystem: "s{{.G}}", Name: "request_seconds", Help: "Request latency.",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 12),
	}, []string{"route", "code"})
	// InFlight counts requests being served.
	InFlight = promauto.NewGauge(prometheus.GaugeOpts{
		Namespace: "synth", Subsystem: "s{{.G}}", Name: "in_flight", Help: "Requests in flight.",
	})
)

// Observe records one request.
func Observe(route string, code int, d time.Duration) {
	Latency.WithLabelValues(route, strconv.Itoa(code)).Observe(d.Seconds())
}

// Instrument wraps a handler with promhttp's instrumentation.
func Instrument(route string, h http.Handler) http.Handler {
	return promhttp.InstrumentHandlerInFlight(InFlight,
		promhttp.InstrumentHandlerDuration(Latency.MustCurryWith(prometheus.Labels{"route": route}), h))
}

// Handler serves the metrics.
func Handler() http.Handler {
	return promhttp.HandlerFor(prometheus.DefaultGatherer, promhttp.HandlerOpts{EnableOpenMetrics: true})
}

type queueCollector struct {
	desc  *prometheus.Desc
	depth func() float64
}

func (c queueCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c queueCollector) Collect(ch chan<- prometheus.Metric) {
	ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, c.depth())
}

// RegisterQueue exports the depth of a queue.
func RegisterQueue(name string, depth func() float64) error {
	return prometheus.Register(queueCollector{
		desc:  prometheus.NewDesc("synth_s{{.G}}_queue_depth", "Queue depth.", nil, prometheus.Labels{"queue": name}),
		depth: depth,
	})
}
{{end}}

{{define "cloud.aws"}}
// Package cloud archives the orders of slice {{.G}} in S3 and sends
// announcements through SES.
package cloud

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// Cloud holds the AWS clients.
type Cloud struct {
	S3     *s3.Client
	SES    *sesv2.Client
	Bucket string
	From   string
}

// New loads the AWS configuration.
func New(ctx context.Context, bucket, from string) (*Cloud, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"), config.WithRetryMaxAttempts(5))
	if err != nil {
		return nil, fmt.Errorf("loading the AWS configuration: %w", err)
	}
	return &Cloud{
		S3:     s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }),
		SES:    sesv2.NewFromConfig(cfg),
		Bucket: bucket,
		From:   from,
	}, nil
}

// Archive stores an order as JSON.
func (c *Cloud) Archive(ctx context.Context, o *model.Order) error {
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	_, err = c.S3.PutObject(ctx, &s3.PutObjectInput{
		Bucket:      aws.String(c.Bucket),
		Key:         aws.String("orders/" + o.ID + ".json"),
		Body:        bytes.NewReader(data),
		ContentType: aws.String("application/json"),
	})
	return err
}

// Fetch reads an archived order.
func (c *Cloud) Fetch(ctx context.Context, id string) (*model.Order, error) {
	out, err := c.S3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(c.Bucket), Key: aws.String("orders/" + id + ".json")})
	if err != nil {
		return nil, err
	}
	defer out.Body.Close()
	var o model.Order
	return &o, json.NewDecoder(out.Body).Decode(&o)
}

// List returns the keys of the archived orders under a prefix.
func (c *Cloud) List(ctx context.Context, prefix string) ([]string, error) {
	var keys []string
	p := s3.NewListObjectsV2Paginator(c.S3, &s3.ListObjectsV2Input{Bucket: aws.String(c.Bucket), Prefix: aws.String(prefix)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, obj := range page.Contents {
			keys = append(keys, aws.ToString(obj.Key))
		}
	}
	return keys, nil
}

// Notify sends an announcement to a user.
func (c *Cloud) Notify(ctx context.Context, u *model.User, text string) error {
	_, err := c.SES.SendEmail(ctx, &sesv2.SendEmailInput{
		FromEmailAddress: aws.String(c.From),
		Destination:      &sestypes.Destination{ToAddresses: []string{u.Email}},
		Content: &sestypes.EmailContent{Simple: &sestypes.Message{
			Subject: &sestypes.Content{Data: aws.String("News from us")},
			Body:    &sestypes.Body{Text: &sestypes.Content{Data: aws.String(text)}},
		}},
	})
	return err
}
{{end}}

{{define "cloud.awsmsg"}}
// Package cloud queues the work of slice {{.G}} in SQS, pushes through
// SNS and sends announcements through SES.
package cloud

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	snstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// Cloud holds the AWS clients.
type Cloud struct {
	SNS   *sns.Client
	SQS   *sqs.Client
	SES   *sesv2.Client
	Queue string
	Topic string
	From  string
}

// New loads the AWS configuration.
func New(ctx context.Context, queue, from string) (*Cloud, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"), config.WithRetryMaxAttempts(5))
	if err != nil {
		return nil, fmt.Errorf("loading the AWS configuration: %w", err)
	}
	return &Cloud{SNS: sns.NewFromConfig(cfg), SQS: sqs.NewFromConfig(cfg), SES: sesv2.NewFromConfig(cfg),
		Queue: queue, Topic: "arn:aws:sns:eu-west-1:000000000000:s{{.G}}", From: from}, nil
}

// Archive queues an order for the warehouse.
func (c *Cloud) Archive(ctx context.Context, o *model.Order) error {
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	_, err = c.SQS.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(c.Queue),
		MessageBody: aws.String(string(data)),
		MessageAttributes: map[string]sqstypes.MessageAttributeValue{
			"kind": {DataType: aws.String("String"), StringValue: aws.String("order")},
		},
	})
	return err
}

// Drain receives queued messages and deletes them.
func (c *Cloud) Drain(ctx context.Context, handle func(body string) error) error {
	out, err := c.SQS.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(c.Queue), MaxNumberOfMessages: 10, WaitTimeSeconds: 20})
	if err != nil {
		return err
	}
	for _, m := range out.Messages {
		if err := handle(aws.ToString(m.Body)); err != nil {
			continue
		}
		if _, err := c.SQS.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(c.Queue), ReceiptHandle: m.ReceiptHandle}); err != nil {
			return err
		}
	}
	return nil
}

// Push publishes a push notification for a user.
func (c *Cloud) Push(ctx context.Context, u *model.User, text string) error {
	_, err := c.SNS.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(c.Topic),
		Message:  aws.String(text),
		MessageAttributes: map[string]snstypes.MessageAttributeValue{
			"user": {DataType: aws.String("String"), StringValue: aws.String(u.ID)},
		},
	})
	return err
}

// Notify sends an announcement to a user.
func (c *Cloud) Notify(ctx context.Context, u *model.User, text string) error {
	if err := c.Push(ctx, u, text); err != nil {
		return err
	}
	_, err := c.SES.SendEmail(ctx, &sesv2.SendEmailInput{
		FromEmailAddress: aws.String(c.From),
		Destination:      &sestypes.Destination{ToAddresses: []string{u.Email}},
		Content: &sestypes.EmailContent{Simple: &sestypes.Message{
			Subject: &sestypes.Content{Data: aws.String("News from us")},
			Body:    &sestypes.Body{Text: &sestypes.Content{Data: aws.String(text)}},
		}},
	})
	return err
}
{{end}}

{{define "cloud.gcp"}}
// Package cloud archives the posts of slice {{.G}} in Cloud Storage and
// sends announcements through Gmail, with the Google API client.
package cloud

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"

	gmail "google.golang.org/api/gmail/v1"
	"google.golang.org/api/option"
	storage "google.golang.org/api/storage/v1"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// Cloud holds the Google API services.
type Cloud struct {
	Gmail   *gmail.Service
	Storage *storage.Service
	Bucket  string
	From    string
}

// New creates the services with the credentials of the environment.
func New(ctx context.Context, bucket, from string) (*Cloud, error) {
	opts := []option.ClientOption{
		option.WithScopes(gmail.GmailSendScope, storage.DevstorageReadWriteScope),
		option.WithUserAgent("synth/1.0"),
	}
	if f := os.Getenv("GOOGLE_CREDENTIALS_JSON"); f != "" {
		opts = append(opts, option.WithAuthCredentialsFile(option.ServiceAccount, f))
	}
	g, err := gmail.NewService(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("creating the Gmail service: %w", err)
	}
	st, err := storage.NewService(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("creating the Storage service: %w", err)
	}
	return &Cloud{Gmail: g, Storage: st, Bucket: bucket, From: from}, nil
}

// Archive stores an order as JSON.
func (c *Cloud) Archive(ctx context.Context, o *model.Order) error {
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	_, err = c.Storage.Objects.Insert(c.Bucket, &storage.Object{Name: "orders/" + o.ID + ".json", ContentType: "application/json"}).
		Media(bytes.NewReader(data)).Context(ctx).Do()
	return err
}

// Fetch reads an archived order.
func (c *Cloud) Fetch(ctx context.Context, id string) (*model.Order, error) {
	resp, err := c.Storage.Objects.Get(c.Bucket, "orders/"+id+".json").Context(ctx).Download()
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var o model.Order
	return &o, json.NewDecoder(resp.Body).Decode(&o)
}

// List returns the names of the archived orders under a prefix.
func (c *Cloud) List(ctx context.Context, prefix string) ([]string, error) {
	var names []string
	err := c.Storage.Objects.List(c.Bucket).Prefix(prefix).Pages(ctx, func(objs *storage.Objects) error {
		for _, o := range objs.Items {
			names = append(names, o.Name)
		}
		return nil
	})
	return names, err
}

// Notify sends an announcement to a user.
func (c *Cloud) Notify(ctx context.Context, u *model.User, text string) error {
	raw := "From: " + c.From + "\r\nTo: " + u.Email + "\r\nSubject: News from us\r\n\r\n" + text
	_, err := c.Gmail.Users.Messages.Send("me", &gmail.Message{Raw: base64.URLEncoding.EncodeToString([]byte(raw))}).Context(ctx).Do()
	return err
}
{{end}}

{{define "mailer.methods"}}
// Receipt sends an order receipt (transactional).
func (m *Mailer) Receipt(u *model.User, o *model.Order) error {
	return m.send(u.Email, "Your order "+o.ID, fmt.Sprintf("Total: %d", o.Total))
}

// Newsletter sends the newsletter to one user who opted in.
func (m *Mailer) Newsletter(u *model.User, issue string) error {
	if !u.Marketing {
		return ErrNoConsent
	}
	return m.send(u.Email, "Newsletter "+issue, strings.Repeat("news ", 10))
}

// Promo sends an offer, whether or not the user opted in.
func (m *Mailer) Promo(u *model.User, offer string) error {
	return m.send(u.Email, "Just for you", offer)
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

{{define "mailer.wneessen"}}
// Package mailer sends the e-mail of slice {{.G}} with go-mail.
package mailer

import (
	"errors"
	"fmt"
	"strings"

	mail "github.com/wneessen/go-mail"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// Mailer sends through an SMTP relay.
type Mailer struct {
	Client *mail.Client
	From   string
}

// ErrNoConsent means the user did not opt in.
var ErrNoConsent = errors.New("no consent")

// New returns a mailer for an SMTP relay.
func New(host string, port int, user, pass, from string) (*Mailer, error) {
	c, err := mail.NewClient(host, mail.WithPort(port), mail.WithSMTPAuth(mail.SMTPAuthPlain),
		mail.WithUsername(user), mail.WithPassword(pass), mail.WithTLSPolicy(mail.TLSMandatory))
	if err != nil {
		return nil, fmt.Errorf("creating the mail client: %w", err)
	}
	return &Mailer{Client: c, From: from}, nil
}

func (m *Mailer) send(to, subject, body string) error {
	msg := mail.NewMsg()
	if err := msg.From(m.From); err != nil {
		return err
	}
	if err := msg.To(to); err != nil {
		return err
	}
	msg.Subject(subject)
	msg.SetBodyString(mail.TypeTextPlain, body)
	return m.Client.DialAndSend(msg)
}

{{template "mailer.methods" .}}
{{end}}

{{define "mailer.gomail"}}
// Package mailer sends the e-mail of slice {{.G}} with gomail.
package mailer

import (
	"errors"
	"fmt"
	"strings"

	gomail "gopkg.in/gomail.v2"

	"{{.Mod}}/internal/{{pkg .G}}/model"
)

// Mailer sends through an SMTP relay.
type Mailer struct {
	Dialer *gomail.Dialer
	From   string
}

// ErrNoConsent means the user did not opt in.
var ErrNoConsent = errors.New("no consent")

// New returns a mailer for an SMTP relay.
func New(host string, port int, user, pass, from string) (*Mailer, error) {
	if host == "" {
		return nil, errors.New("no SMTP host")
	}
	return &Mailer{Dialer: gomail.NewDialer(host, port, user, pass), From: from}, nil
}

func (m *Mailer) send(to, subject, body string) error {
	msg := gomail.NewMessage()
	msg.SetHeader("From", m.From)
	msg.SetHeader("To", to)
	msg.SetHeader("Subject", subject)
	msg.SetBody("text/plain", body)
	msg.AddAlternative("text/html", "<p>"+body+"</p>")
	return m.Dialer.DialAndSend(msg)
}

{{template "mailer.methods" .}}
{{end}}

{{define "service.real"}}
// Package service is the business logic of slice {{.G}}.
package service

import (
	"context"
	"fmt"
	"strconv"

	"{{.Mod}}/internal/{{pkg .G}}/client"
	"{{.Mod}}/internal/{{pkg .G}}/cloud"
	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/mailer"
	"{{.Mod}}/internal/{{pkg .G}}/metrics"
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
	Cloud  *cloud.Cloud
{{- if ge .Prev 0}}
	Prev *prev.Service
{{- end}}
{{- if ge .Far 0}}
	Far *far.Service
{{- end}}
}

// Place stores an order for a user, archives it and sends the receipt.
func (s *Service) Place(ctx context.Context, userID, clientIP string, items []model.Item) (*model.Order, error) {
	u, err := s.Store.User(ctx, userID)
	if err != nil {
		metrics.Orders.WithLabelValues("no_user").Inc()
		return nil, fmt.Errorf("loading user %s: %w", userID, err)
	}
	o := &model.Order{ID: userID + "-" + strconv.Itoa(len(items)), UserID: userID, Items: items, ClientIP: clientIP}
	if err := s.Store.SaveOrder(ctx, o); err != nil {
		metrics.Orders.WithLabelValues("failed").Inc()
		return nil, err
	}
	metrics.Orders.WithLabelValues("placed").Inc()
	s.Log.Info(ctx, "order placed", "order", o.ID, "network", util.MaskIP(clientIP))
	if err := s.Cloud.Archive(ctx, o); err != nil {
		s.Log.Errorf("archiving %s: %v", o.ID, err)
	}
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
func (s *Service) Campaign(ctx context.Context, issue string) (int, error) {
	users, err := s.Store.Subscribers(ctx)
	if err != nil {
		return 0, err
	}
	n := s.Mail.Blast(users, issue)
	metrics.Mails.Add(float64(n))
	s.Log.Info(ctx, "campaign sent", "issue", issue, "sent", n)
	return n, nil
}

// Announce sends an announcement to one user through the cloud.
func (s *Service) Announce(ctx context.Context, userID, text string) error {
	u, err := s.Store.User(ctx, userID)
	if err != nil {
		return err
	}
	return s.Cloud.Notify(ctx, u, text)
}

// Stats computes a user's order statistics with the generic helpers.
func (s *Service) Stats(ctx context.Context, userID string) (map[string]int64, error) {
	orders, err := s.Store.Orders(ctx, userID)
	if err != nil {
		return nil, err
	}
	byUser := map[string]int64{}
	for _, o := range model.Filter(orders, func(o *model.Order) bool { return o.Total > 0 }) {
		byUser[o.UserID] += o.Total
	}
	ids := util.NewSet(model.Map(orders, func(o *model.Order) string { return o.UserID })...)
	byUser["_users"] = int64(ids.Len())
	return byUser, nil
}
{{end}}

{{define "mw.echo"}}
// Package mw holds the echo middleware of slice {{.G}}.
package mw

import (
	"context"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/metrics"
	"{{.Mod}}/internal/{{pkg .G}}/util"
)

type ctxKey struct{}

// ClientIPKey holds the client address in a request context.
var ClientIPKey = ctxKey{}

// ClientIP stores the client address in the request's context.
func ClientIP(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := context.WithValue(c.Request().Context(), ClientIPKey, c.RealIP())
		c.SetRequest(c.Request().WithContext(ctx))
		return next(c)
	}
}

// Logging logs each request with the masked client address.
func Logging(l *logx.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			status := c.Response().Status
			metrics.Observe(c.Path(), status, time.Since(start))
			l.Access(c.Request().Method, c.Path(), util.MaskIP(c.RealIP()), status)
			return err
		}
	}
}

// Standard is the middleware every route gets.
func Standard() []echo.MiddlewareFunc {
	return []echo.MiddlewareFunc{
		middleware.Recover(),
		middleware.RequestID(),
		middleware.BodyLimit("1M"),
		middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"https://s{{.G}}.example.com"}}),
	}
}
{{end}}

{{define "handler.echo"}}
// Package handler serves the HTTP API of slice {{.G}} with echo.
package handler

import (
	"net/http"

	"github.com/labstack/echo/v4"

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

// Order places an order.
func (h *Handler) Order(c echo.Context) error {
	var req orderRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	o, err := h.Svc.Place(c.Request().Context(), req.UserID, c.RealIP(), req.Items)
	if err != nil {
		h.Log.Errorf("order for %s from %s: %v", req.UserID, c.RealIP(), err)
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": "try again"})
	}
	return c.JSON(http.StatusCreated, map[string]any{"id": o.ID, "total": o.Total})
}

// Profile returns a user's profile.
func (h *Handler) Profile(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.QueryParam("id")
	u, err := h.Svc.Store.User(ctx, id)
	if err != nil {
		return echo.ErrNotFound
	}
	ip, _ := ctx.Value(mw.ClientIPKey).(string)
	h.Log.Info(ctx, "profile viewed", "user", id, "network", util.MaskIP(ip))
	return c.JSON(http.StatusOK, map[string]string{"id": u.ID, "name": u.FullName})
}

// Campaign starts a newsletter campaign.
func (h *Handler) Campaign(c echo.Context) error {
	n, err := h.Svc.Campaign(c.Request().Context(), c.Param("issue"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]int{"sent": n})
}

// Announce sends an announcement to one user.
func (h *Handler) Announce(c echo.Context) error {
	if err := h.Svc.Announce(c.Request().Context(), c.Param("id"), c.FormValue("text")); err != nil {
		return err
	}
	return c.NoContent(http.StatusAccepted)
}

// Stats reports a user's order statistics.
func (h *Handler) Stats(c echo.Context) error {
	st, err := h.Svc.Stats(c.Request().Context(), c.QueryParam("user"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, st)
}
{{end}}

{{define "api.echo"}}
// Package api registers the routes of slice {{.G}}.
package api

import (
	"github.com/labstack/echo/v4"

	"{{.Mod}}/internal/{{pkg .G}}/handler"
	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/mw"
)

// Routes registers the slice's routes.
func Routes(e *echo.Echo, h *handler.Handler, l *logx.Logger) {
	g := e.Group("/s{{.G}}", mw.ClientIP, mw.Logging(l))
	g.POST("/orders", h.Order)
	g.GET("/profile", h.Profile)
	g.POST("/campaigns/:issue", h.Campaign)
	g.POST("/users/:id/announce", h.Announce)
	g.GET("/stats", h.Stats)
}
{{end}}

{{define "mw.chi"}}
// Package mw holds the net/http middleware of slice {{.G}}, for chi.
package mw

import (
	"context"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5/middleware"

	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/metrics"
	"{{.Mod}}/internal/{{pkg .G}}/util"
)

type ctxKey struct{}

// ClientIPKey holds the client address in a request context.
var ClientIPKey = ctxKey{}

// ClientIP stores the client address (after middleware.RealIP) in the context.
func ClientIP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ClientIPKey, r.RemoteAddr)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Logging logs each request with the masked client address.
func Logging(l *logx.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			start := time.Now()
			next.ServeHTTP(ww, r)
			metrics.Observe(r.URL.Path, ww.Status(), time.Since(start))
			l.Access(r.Method, r.URL.Path, util.MaskIP(r.RemoteAddr), ww.Status())
			l.Info(r.Context(), "request done", "id", middleware.GetReqID(r.Context()), "bytes", ww.BytesWritten())
		})
	}
}

// Standard is the middleware every route gets.
func Standard() []func(http.Handler) http.Handler {
	return []func(http.Handler) http.Handler{
		middleware.RequestID,
		middleware.RealIP,
		middleware.Recoverer,
		middleware.Timeout(30 * time.Second),
		middleware.Compress(5, "application/json"),
	}
}
{{end}}

{{define "handler.chi"}}
// Package handler serves the HTTP API of slice {{.G}} with chi.
package handler

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

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

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Order places an order.
func (h *Handler) Order(w http.ResponseWriter, r *http.Request) {
	var req orderRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	o, err := h.Svc.Place(r.Context(), req.UserID, r.RemoteAddr, req.Items)
	if err != nil {
		h.Log.Errorf("order for %s from %s: %v", req.UserID, r.RemoteAddr, err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "try again"})
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": o.ID, "total": o.Total})
}

// Profile returns a user's profile.
func (h *Handler) Profile(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	u, err := h.Svc.Store.User(r.Context(), id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	ip, _ := r.Context().Value(mw.ClientIPKey).(string)
	h.Log.Info(r.Context(), "profile viewed", "user", id, "network", util.MaskIP(ip))
	writeJSON(w, http.StatusOK, map[string]string{"id": u.ID, "name": u.FullName})
}

// Campaign starts a newsletter campaign.
func (h *Handler) Campaign(w http.ResponseWriter, r *http.Request) {
	n, err := h.Svc.Campaign(r.Context(), chi.URLParam(r, "issue"))
	if err != nil {
		http.Error(w, "campaign failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"sent": n})
}

// Announce sends an announcement to one user.
func (h *Handler) Announce(w http.ResponseWriter, r *http.Request) {
	if err := h.Svc.Announce(r.Context(), chi.URLParam(r, "id"), r.FormValue("text")); err != nil {
		http.Error(w, "announce failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Stats reports a user's order statistics.
func (h *Handler) Stats(w http.ResponseWriter, r *http.Request) {
	st, err := h.Svc.Stats(r.Context(), r.URL.Query().Get("user"))
	if err != nil {
		http.Error(w, "stats failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, st)
}
{{end}}

{{define "api.chi"}}
// Package api registers the routes of slice {{.G}}.
package api

import (
	"github.com/go-chi/chi/v5"

	"{{.Mod}}/internal/{{pkg .G}}/handler"
	"{{.Mod}}/internal/{{pkg .G}}/logx"
	"{{.Mod}}/internal/{{pkg .G}}/mw"
)

// Routes registers the slice's routes.
func Routes(r chi.Router, h *handler.Handler, l *logx.Logger) {
	r.Route("/s{{.G}}", func(r chi.Router) {
		r.Use(mw.ClientIP, mw.Logging(l))
		r.Post("/orders", h.Order)
		r.Get("/profile", h.Profile)
		r.Post("/campaigns/{issue}", h.Campaign)
		r.Post("/users/{id}/announce", h.Announce)
		r.Get("/stats", h.Stats)
	})
}
{{end}}

{{define "handler.gin"}}
// Package handler serves the HTTP API of slice {{.G}} with gin.
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
	n, err := h.Svc.Campaign(c.Request.Context(), c.Param("issue"))
	if err != nil {
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "campaign failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"sent": n})
}

// Announce sends an announcement to one user.
func (h *Handler) Announce(c *gin.Context) {
	if err := h.Svc.Announce(c.Request.Context(), c.Param("id"), c.PostForm("text")); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusAccepted)
}

// Stats reports a user's order statistics (net/http).
func (h *Handler) Stats(w http.ResponseWriter, r *http.Request) {
	st, err := h.Svc.Stats(r.Context(), r.URL.Query().Get("user"))
	if err != nil {
		http.Error(w, "stats failed", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(st)
}
{{end}}

{{define "wire"}}
	{
		l := logx{{.}}.New("s{{.}}")
		st, err := store{{.}}.Open(ctx, os.Getenv("DATABASE_URL"))
		if err != nil {
			log.Fatal(err)
		}
		cl, err := cloud{{.}}.New(ctx, os.Getenv("ARCHIVE"), "news@example.com")
		if err != nil {
			log.Fatal(err)
		}
		ml, err := mailer{{.}}.New(os.Getenv("SMTP_HOST"), 587, os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), "shop@example.com")
		if err != nil {
			log.Fatal(err)
		}
		svc := &service{{.}}.Service{Store: st, Log: l, Mail: ml, Events: client{{.}}.New(os.Getenv("ANALYTICS_TOKEN")), Cloud: cl}
		h := &handler{{.}}.Handler{Svc: svc, Log: l}
{{end}}

{{define "wireimports"}}
{{range seq .N}}
	api{{.}} "{{$.Mod}}/internal/{{pkg .}}/api"
	client{{.}} "{{$.Mod}}/internal/{{pkg .}}/client"
	cloud{{.}} "{{$.Mod}}/internal/{{pkg .}}/cloud"
	handler{{.}} "{{$.Mod}}/internal/{{pkg .}}/handler"
	logx{{.}} "{{$.Mod}}/internal/{{pkg .}}/logx"
	mailer{{.}} "{{$.Mod}}/internal/{{pkg .}}/mailer"
	service{{.}} "{{$.Mod}}/internal/{{pkg .}}/service"
	store{{.}} "{{$.Mod}}/internal/{{pkg .}}/store"
{{- end}}
	metrics "{{$.Mod}}/internal/s0000/metrics"
	mw "{{$.Mod}}/internal/s0000/mw"
{{end}}

{{define "main.echo"}}
// Command server serves every slice with echo.
package main

import (
	"context"
	"log"
	"os"

	"github.com/labstack/echo/v4"
{{template "wireimports" .}}
)

func main() {
	ctx := context.Background()
	e := echo.New()
	e.HideBanner = true
	e.Use(mw.Standard()...)
	e.GET("/metrics", echo.WrapHandler(metrics.Handler()))
{{- range seq .N}}
{{template "wire" .}}
		api{{.}}.Routes(e, h, l)
	}
{{- end}}
	log.Fatal(e.Start(":8080"))
}
{{end}}

{{define "main.chi"}}
// Command server serves every slice with chi.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
{{template "wireimports" .}}
)

func main() {
	ctx := context.Background()
	r := chi.NewRouter()
	r.Use(mw.Standard()...)
	r.Handle("/metrics", metrics.Handler())
{{- range seq .N}}
{{template "wire" .}}
		api{{.}}.Routes(r, h, l)
	}
{{- end}}
	log.Fatal(http.ListenAndServe(":8080", r))
}
{{end}}

{{define "main.gin"}}
// Command server serves every slice with gin and net/http.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
{{template "wireimports" .}}
)

func main() {
	ctx := context.Background()
	r := gin.New()
	mux := http.NewServeMux()
	mux.Handle("/metrics", metrics.Handler())
	_ = mw.ClientIPKey
{{- range seq .N}}
{{template "wire" .}}
		api{{.}}.Routes(r, h, l)
		api{{.}}.Mux(mux, h, l)
	}
{{- end}}
	mux.Handle("/", r)
	log.Fatal(http.ListenAndServe(":8080", mux))
}
{{end}}
`
