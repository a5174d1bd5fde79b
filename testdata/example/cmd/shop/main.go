// Command shop runs the shop's backend: the public API on SHOP_ADDR and a
// health-check server on SHOP_ADMIN_ADDR.
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	_ "github.com/lib/pq"
	"github.com/rs/zerolog"
	"go.uber.org/zap"

	"example.com/shop/internal/analytics"
	"example.com/shop/internal/fraud"
	"example.com/shop/internal/httpapi"
	"example.com/shop/internal/mailer"
	"example.com/shop/internal/middleware"
	"example.com/shop/internal/newsletter"
	"example.com/shop/internal/payment"
	"example.com/shop/internal/ratelimit"
	"example.com/shop/internal/session"
	"example.com/shop/internal/store"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "shop:", err)
		os.Exit(1)
	}
}

func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	logger, err := zap.NewProduction()
	if err != nil {
		return fmt.Errorf("creating logger: %w", err)
	}
	defer logger.Sync()
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))

	db, err := sql.Open("postgres", os.Getenv("SHOP_DATABASE_URL"))
	if err != nil {
		return fmt.Errorf("opening database: %w", err)
	}
	defer db.Close()
	auditFile, err := os.OpenFile(getenv("SHOP_AUDIT_FILE", "audit.log"), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("opening audit trail: %w", err)
	}
	defer auditFile.Close()

	sessions := session.NewStore(30*time.Minute, logger.Named("session"))
	limiter := ratelimit.New(10, 40, logger.Named("ratelimit"))
	go sessions.Run(ctx, time.Minute)
	go limiter.Run(ctx, time.Minute)

	mail := mailer.New(os.Getenv("SHOP_SMTP_ADDR"), os.Getenv("SHOP_SMTP_USER"), os.Getenv("SHOP_SMTP_PASSWORD"), "shop@example.com")
	go newsletter.New(db, mail, slog.Default()).Run(ctx, 7*24*time.Hour)

	gin.SetMode(gin.ReleaseMode)
	public := gin.Default() // policylint: expect piilog
	if err := public.SetTrustedProxies(nil); err != nil {
		return fmt.Errorf("configuring proxies: %w", err)
	}
	public.Use(limiter.Middleware(), middleware.ClientIP())
	api := &httpapi.Handler{
		Store:    store.New(db),
		Sessions: sessions,
		Log:      slog.Default(),
		Events:   zerolog.New(os.Stdout).With().Timestamp().Str("stream", "analytics").Logger(),
		AuditLog: auditFile,
		Fraud:    fraud.NewLog(),

		Analytics: analytics.New(os.Getenv("SHOP_ANALYTICS_WRITE_KEY")),
		Payments:  payment.New(os.Getenv("SHOP_PAYMENT_SECRET_KEY")),
	}
	api.Register(public)

	admin := gin.New()
	admin.Use(gin.Recovery(), middleware.AccessLog())
	admin.GET("/healthz", func(c *gin.Context) {
		if err := db.PingContext(c.Request.Context()); err != nil {
			c.String(http.StatusServiceUnavailable, "database unreachable")
			return
		}
		c.String(http.StatusOK, "ok")
	})

	// RealIP goes first so that the request log and the recoverer see the
	// shopper's address rather than the load balancer's.
	publicHandler := middleware.RealIP(logger,
		middleware.RequestLog(logger, middleware.DefaultRequestLogConfig(),
			middleware.Recover(public)))

	servers := []*http.Server{
		{Addr: getenv("SHOP_ADDR", ":8080"), Handler: publicHandler, ReadHeaderTimeout: 5 * time.Second},
		{Addr: getenv("SHOP_ADMIN_ADDR", "127.0.0.1:9090"), Handler: admin, ReadHeaderTimeout: 5 * time.Second},
	}
	errc := make(chan error, len(servers))
	for _, srv := range servers {
		go func() {
			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("serving %s: %w", srv.Addr, err)
			}
		}()
	}
	select {
	case <-ctx.Done():
	case err = <-errc:
	}

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, srv := range servers {
		if serr := srv.Shutdown(shutdownCtx); serr != nil {
			logger.Warn("shutting down", zap.String("addr", srv.Addr), zap.Error(serr))
		}
	}
	return err
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
