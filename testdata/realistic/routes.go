package inkwell

import "net/http"

// Handler returns the instance's HTTP handler: the routes behind the
// middleware stack.
func (app *App) Handler() http.Handler {
	mux := http.NewServeMux()

	// Accounts.
	mux.Handle("POST /api/auth/signup", app.handle(handleSignup))
	mux.Handle("POST /api/auth/login", app.handle(handleLogin))
	mux.Handle("POST /api/auth/password-reset", app.handle(handlePasswordResetRequest))
	mux.Handle("POST /api/auth/password-reset/{token}", app.handle(handlePasswordReset))
	mux.Handle("GET /api/auth/verify/{token}", app.handle(handleVerifyEmail))

	// Writing.
	mux.Handle("POST /api/collections/{alias}/posts", app.authed(handlePublish))
	mux.Handle("POST /api/collections/{alias}/uploads", app.authed(handleUpload))

	// Reading, subscribing and commenting.
	mux.Handle("GET /{alias}/{slug}", app.handle(handleViewPost))
	mux.Handle("POST /{alias}/subscribe", app.handle(handleSubscribe))
	mux.Handle("GET /{alias}/subscribe/confirm/{token}", app.handle(handleConfirmSubscription))
	mux.Handle("GET /api/newsletter/unsubscribe/{uuid}", app.handle(handleUnsubscribe))
	mux.Handle("POST /api/newsletter/unsubscribe/{uuid}", app.handle(handleUnsubscribe))
	mux.Handle("POST /{alias}/{slug}/comments", app.handle(handleComment))
	mux.Handle("POST /comments/{id}/report", app.handle(handleReport))
	mux.Handle("GET /comments/{id}/avatar", app.handle(handleCommentAvatar))

	// Federation.
	mux.Handle("GET /.well-known/webfinger", app.handle(handleWebFinger))
	mux.Handle("GET /api/collections/{alias}", app.handle(handleActor))
	mux.Handle("POST /api/collections/{alias}/inbox", app.handle(handleInbox))
	mux.Handle("POST /inbox", app.handle(handleInbox))

	// Administration.
	mux.Handle("GET /api/admin/collections/{alias}/subscribers", app.admin(handleAdminSubscribers))
	mux.Handle("POST /api/admin/collections/{alias}/test-send", app.admin(handleAdminTestSend))
	mux.Handle("POST /api/admin/collections/{alias}/resend", app.admin(handleAdminResend))
	mux.Handle("POST /api/admin/collections/{alias}/import", app.admin(handleAdminImport))
	mux.Handle("POST /api/admin/users/{id}/suspend", app.admin(handleAdminSuspend))
	mux.Handle("POST /api/admin/users/{id}/refund", app.admin(handleAdminRefund))
	mux.Handle("POST /api/admin/blocks", app.admin(handleAdminBlock))
	mux.Handle("POST /api/admin/comments/{id}/{action}", app.admin(handleAdminModerate))
	mux.Handle("GET /api/admin/campaigns/{id}", app.admin(handleAdminCampaign))

	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	var h http.Handler = mux
	h = app.limiter.middleware(h)
	h = app.recoverer(h)
	h = app.requestLog(h)
	h = realIP(app.cfg.Proxies())(h)
	return h
}
