// Package inkwell is a federated blogging and newsletter server: writers
// publish posts that go out on the web, to the fediverse through
// ActivityPub, and to their subscribers by e-mail.
package inkwell

import (
	"context"
	"crypto/rsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"time"

	"example.com/inkwell/activitypub"
	"example.com/inkwell/analytics"
	"example.com/inkwell/avatar"
	"example.com/inkwell/campaign"
	"example.com/inkwell/config"
	"example.com/inkwell/errtrack"
	"example.com/inkwell/google"
	"example.com/inkwell/jobs"
	"example.com/inkwell/log"
	"example.com/inkwell/mailer"
	"example.com/inkwell/notify"
	"example.com/inkwell/payments"
	"example.com/inkwell/webhooks"
)

// Version is set at build time.
var Version = "dev"

// App is a running instance.
type App struct {
	cfg  *config.Config
	db   *datastore
	log  *log.Logger
	slog *slog.Logger

	mail      mailer.Mailer
	jobs      *jobs.Queue
	campaigns *campaign.Manager
	fed       *activitypub.Client
	signer    activitypub.Signer // the instance actor
	payments  *payments.Client
	analytics *analytics.Client // nil without a write key
	events    analytics.Events
	notifier  notify.Notifier
	hooks     *webhooks.Dispatcher
	avatars   *avatar.Proxy
	indexer   *google.Indexer // nil without credentials
	errs      *errtrack.Client
	spam      *akismet
	limiter   *limiter
}

// NewApp connects to the database and builds every service of the instance.
func NewApp(cfg *config.Config, l *log.Logger) (*App, error) {
	db, err := openDatastore(cfg.Database.URL, cfg.Database.MaxOpenConns)
	if err != nil {
		return nil, err
	}
	app := &App{
		cfg:     cfg,
		db:      db,
		log:     l,
		slog:    slog.New(slog.NewJSONHandler(os.Stderr, nil)),
		hooks:   webhooks.New(l),
		avatars: avatar.NewProxy(24 * time.Hour),
		fed:     activitypub.NewClient("Inkwell/"+Version+" (+"+cfg.Server.Host+")", l),
	}

	if cfg.Email.Dev || cfg.Email.Host == "" {
		app.mail = mailer.Log{W: os.Stderr}
	} else {
		app.mail = mailer.NewSMTP(cfg.Email.Host, cfg.Email.Port, cfg.Email.Username, cfg.Email.Password, cfg.Email.From)
	}

	app.jobs = jobs.New(app.slog, 1024)
	app.campaigns = campaign.New(db, app.mail, app.slog, campaign.Options{
		Workers:        4,
		UnsubscribeURL: cfg.Server.Host + "/api/newsletter",
	})

	if cfg.Payments.SecretKey != "" {
		var opts []payments.Option
		if cfg.Payments.BaseURL != "" {
			opts = append(opts, payments.WithBaseURL(cfg.Payments.BaseURL))
		}
		if app.payments, err = payments.New(cfg.Payments.SecretKey, opts...); err != nil {
			return nil, err
		}
	}

	app.events = analytics.Logger{Log: l.Named("events")}
	if cfg.Analytics.WriteKey != "" {
		app.analytics = analytics.NewClient(cfg.Analytics.WriteKey, l)
		app.events = app.analytics
	}

	notifiers := notify.Multi{
		&notify.Email{Mail: app.mail, From: cfg.Email.From},
		notify.Log{Log: l.Named("notify")},
	}
	if cfg.Slack.WebhookToken != "" {
		notifiers = append(notifiers, &notify.Slack{Token: cfg.Slack.WebhookToken, Channel: cfg.Slack.Channel})
	}
	app.notifier = notifiers

	if cfg.Google.CredentialsFile != "" {
		if app.indexer, err = google.NewIndexer(cfg.Google.CredentialsFile); err != nil {
			return nil, err
		}
	}
	if app.errs, err = errtrack.New(cfg.ErrorTrack.DSN, Version); err != nil {
		return nil, err
	}
	if cfg.Akismet.Key != "" {
		app.spam = newAkismet(cfg.Akismet.Key, cfg.Server.Host)
	}
	app.limiter = newLimiter("requests", cfg.Server.RateLimit, cfg.Server.RateBurst, l.Named("ratelimit"))

	if cfg.Federation.Enabled {
		key, err := loadInstanceKey(cfg.Federation.KeyFile)
		if err != nil {
			return nil, err
		}
		app.signer = activitypub.Signer{KeyID: app.instanceActorID() + "#main-key", Key: key}
	}
	app.registerJobs()
	return app, nil
}

func loadInstanceKey(path string) (*rsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading federation key: %w", err)
	}
	return activitypub.ParsePrivateKey(data)
}

// Run starts the background workers and serves HTTP until ctx ends.
func (app *App) Run(ctx context.Context) error {
	app.jobs.Start(ctx, 4)
	app.campaigns.Run(ctx)
	app.jobs.Schedule(ctx, jobWeeklyDigest, 7*24*time.Hour, nil)
	app.jobs.Schedule(ctx, jobPurgeViews, 24*time.Hour, nil)
	go app.limiter.sweep(ctx, time.Minute)
	if app.analytics != nil {
		go app.analytics.Run(ctx)
	}

	srv := &http.Server{
		Addr:         app.cfg.Addr(),
		Handler:      app.Handler(),
		ReadTimeout:  app.cfg.Server.ReadTimeout,
		WriteTimeout: app.cfg.Server.WriteTimeout,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	app.log.Infof("serving %s on %s", app.cfg.Server.Host, srv.Addr)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := srv.Shutdown(shutdown)
	app.jobs.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// Close releases the database.
func (app *App) Close() error { return app.db.Close() }

func (app *App) instanceActorID() string {
	return app.cfg.Server.Host + "/actor"
}

func (app *App) blogActorID(b *Blog) string {
	return app.cfg.Server.Host + "/api/collections/" + b.Alias
}

func (app *App) blogSigner(b *Blog) (activitypub.Signer, error) {
	key, err := activitypub.ParsePrivateKey(b.PrivateKey)
	if err != nil {
		return activitypub.Signer{}, fmt.Errorf("blog %s: %w", b.Alias, err)
	}
	return activitypub.Signer{KeyID: app.blogActorID(b) + "#main-key", Key: key}, nil
}

func (app *App) postURL(b *Blog, p *Post) string {
	return app.cfg.Server.Host + "/" + b.Alias + "/" + p.Slug
}
