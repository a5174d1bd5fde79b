package inkwell

import (
	"bytes"
	"context"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/mail"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"time"

	"example.com/inkwell/activitypub"
	"example.com/inkwell/analytics"
	"example.com/inkwell/anon"
	"example.com/inkwell/mailer"
)

const (
	tokenVerify = "verify"
	tokenReset  = "reset"

	pbkdf2Iterations = 600_000
)

var aliasPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$`)

func hashPassword(pass string) ([]byte, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	key, err := pbkdf2.Key(sha256.New, pass, salt, pbkdf2Iterations, 32)
	if err != nil {
		return nil, err
	}
	return append(salt, key...), nil
}

func checkPassword(hash []byte, pass string) bool {
	if len(hash) != 48 {
		return false
	}
	key, err := pbkdf2.Key(sha256.New, pass, hash[:16], pbkdf2Iterations, 32)
	return err == nil && subtle.ConstantTimeCompare(key, hash[16:]) == 1
}

type signupRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Alias    string `json:"alias"`
	Title    string `json:"title"`
	Name     string `json:"name"`
	Plan     string `json:"plan"`
}

// signupCtx carries one sign-up through its steps: checking the address,
// creating the account and its first blog, and the welcome work that
// follows. It lives as long as the request.
type signupCtx struct {
	ctx   context.Context
	app   *App
	db    *datastore
	req   signupRequest
	email string

	user *User
	blog *Blog
}

func handleSignup(app *App, w http.ResponseWriter, r *http.Request) error {
	var req signupRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	sc := &signupCtx{ctx: r.Context(), app: app, db: app.db, req: req}
	if err := sc.validate(); err != nil {
		return err
	}
	if err := sc.createAccount(); err != nil {
		return err
	}
	if err := sc.createBlog(); err != nil {
		return err
	}
	sc.welcome()
	token := randomToken(24)
	if err := app.db.CreateAccessToken(sc.ctx, sc.user.ID, token, 30*24*time.Hour); err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, map[string]any{
		"user":         sc.user.Username,
		"blog":         app.cfg.Server.Host + "/" + sc.blog.Alias,
		"access_token": token,
	})
}

func (sc *signupCtx) validate() error {
	addr, err := mail.ParseAddress(sc.req.Email)
	if err != nil {
		return badRequest("This does not look like an e-mail address.")
	}
	sc.email = strings.ToLower(addr.Address)
	if len(sc.req.Password) < 10 {
		return badRequest("Passwords need at least 10 characters.")
	}
	sc.req.Alias = strings.ToLower(sc.req.Alias)
	if !aliasPattern.MatchString(sc.req.Alias) {
		return badRequest("Blog names are 3 to 40 letters, digits and dashes.")
	}
	ok, err := sc.app.checkDeliverable(sc.ctx, sc.email)
	if err != nil {
		// The checker is an optimisation; sign-ups go on without it.
		sc.app.log.Warnf("address check unavailable: %v", err)
	} else if !ok {
		return badRequest("We cannot deliver mail to this address.")
	}
	return nil
}

func (sc *signupCtx) createAccount() error {
	hash, err := hashPassword(sc.req.Password)
	if err != nil {
		return err
	}
	u := &User{Username: sc.req.Alias, Email: sc.email, Plan: sc.req.Plan}
	if err := sc.db.CreateUser(sc.ctx, u, hash); err != nil {
		return err
	}
	sc.user = u
	token := randomToken(20)
	if err := sc.db.CreateUserToken(sc.ctx, u.ID, tokenVerify, token, 72*time.Hour); err != nil {
		return err
	}
	link := sc.app.cfg.Server.Host + "/api/auth/verify/" + token
	if err := mailer.SendVerification(sc.ctx, sc.app.mail, sc.app.cfg.Email.From, sc.email, link); err != nil {
		sc.app.log.Errorf("verification mail for user %d: %v", u.ID, err)
	}
	return nil
}

func (sc *signupCtx) createBlog() error {
	priv, pub, err := newBlogKeys()
	if err != nil {
		return err
	}
	b := &Blog{Alias: sc.req.Alias, Title: sc.req.Title, OwnerID: sc.user.ID, PrivateKey: priv, PublicKey: pub}
	if b.Title == "" {
		b.Title = sc.req.Alias
	}
	if err := sc.db.CreateBlog(sc.ctx, b); err != nil {
		return err
	}
	sc.blog = b
	if !sc.app.cfg.Federation.Enabled {
		return nil
	}
	// Follow the relays, so that the new blog's posts travel further than
	// its own followers.
	signer, err := sc.app.blogSigner(b)
	if err != nil {
		return err
	}
	for _, relay := range sc.app.cfg.Federation.Relays {
		follow := &activitypub.Activity{
			Context: activitypub.Namespace,
			ID:      sc.app.blogActorID(b) + "#follows/" + randomToken(8),
			Type:    "Follow",
			Actor:   sc.app.blogActorID(b),
			Object:  activitypub.PublicAddress,
		}
		if err := sc.app.fed.Deliver(sc.ctx, signer, relay, follow); err != nil {
			sc.app.log.Warnf("following relay %s for %s: %v", relay, b.Alias, err)
		}
	}
	return nil
}

// welcome does what a new account needs beyond the database: the payment
// processor's customer for paid plans, analytics, and a note to the
// operator.
func (sc *signupCtx) welcome() {
	uid := strconv.FormatInt(sc.user.ID, 10)
	if sc.req.Plan != "" && sc.app.payments != nil {
		cust, err := sc.app.payments.CreateCustomer(sc.ctx, sc.email, sc.req.Name, map[string]string{"user_id": uid})
		if err != nil {
			sc.app.log.Errorf("creating customer for user %d: %v", sc.user.ID, err)
		} else if err := sc.db.SetCustomerID(sc.ctx, sc.user.ID, cust.ID); err != nil {
			sc.app.log.Errorf("saving customer of user %d: %v", sc.user.ID, err)
		}
	}
	sc.app.events.Event(sc.ctx, "signup", map[string]any{"user_id": uid, "email": sc.email, "plan": sc.req.Plan}) // policylint: expect piiegress
	sc.app.events.Event(sc.ctx, "blog_created", map[string]any{"user_id": uid, "blog": sc.blog.Alias})

	if admin := sc.app.cfg.Admin.Email; admin != "" {
		note := &mailer.Message{
			From:    sc.app.cfg.Email.From,
			To:      []string{admin},
			Subject: "New sign-up: " + sc.blog.Alias,
			Text:    fmt.Sprintf("%s signed up with the blog %s/%s (plan %q).", sc.user.Username, sc.app.cfg.Server.Host, sc.blog.Alias, sc.req.Plan),
		}
		if err := sc.app.mail.Send(sc.ctx, note); err != nil {
			sc.app.log.Warnf("sign-up note to the operator: %v", err)
		}
	}
}

// addressCheckURL is the address checker that runs beside the instance
// (an SMTP/MX probe with a list of disposable domains).
const addressCheckURL = "http://127.0.0.1:9292/check"

func (app *App) checkDeliverable(ctx context.Context, email string) (bool, error) {
	body, _ := json.Marshal(map[string]string{"email": email})
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, addressCheckURL, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var out struct {
		Success bool `json:"success"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return false, err
	}
	return out.Success, nil
}

// loginSession describes a sign-in for the log: who, and from which
// network.
type loginSession struct {
	userID  int64
	network netip.Prefix
	started time.Time
}

func (s loginSession) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int64("user_id", s.userID),
		slog.String("network", s.network.String()),
		slog.Time("started", s.started),
	)
}

type loginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func handleLogin(app *App, w http.ResponseWriter, r *http.Request) error {
	var req loginRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	ctx := r.Context()
	u, hash, err := app.db.GetUserForLogin(ctx, req.Email)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	if u == nil || !checkPassword(hash, req.Password) {
		app.log.Warnf("failed login from %s", anon.IP(r.RemoteAddr))
		return httpError{Status: http.StatusUnauthorized, Message: "Wrong e-mail address or password."}
	}
	if u.Suspended {
		return httpError{Status: http.StatusForbidden, Message: "This account is suspended."}
	}
	token := randomToken(24)
	if err := app.db.CreateAccessToken(ctx, u.ID, token, 30*24*time.Hour); err != nil {
		return err
	}
	sess := loginSession{userID: u.ID, network: anon.Addr(clientAddr(r)), started: time.Now()}
	app.slog.Info("signed in", "session", sess)

	if app.analytics != nil {
		traits := analytics.Traits{Email: u.Email, Plan: u.Plan, CreatedAt: u.Created}
		uid := strconv.FormatInt(u.ID, 10)
		go func() {
			bg, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := app.analytics.Identify(bg, uid, traits); err != nil { // policylint: expect piiegress
				app.log.Warnf("identify user %s: %v", uid, err)
			}
		}()
	}
	return writeJSON(w, http.StatusOK, map[string]string{"access_token": token})
}

func handlePasswordResetRequest(app *App, w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Email string `json:"email"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	ctx := r.Context()
	u, err := app.db.GetUserByEmail(ctx, req.Email)
	if errors.Is(err, ErrNotFound) {
		// Same answer as for a known address: do not confirm accounts.
		return writeJSON(w, http.StatusAccepted, map[string]string{"status": "sent"})
	}
	if err != nil {
		return err
	}
	token := randomToken(24)
	if err := app.db.CreateUserToken(ctx, u.ID, tokenReset, token, time.Hour); err != nil {
		return err
	}
	link := app.cfg.Server.Host + "/reset#" + token
	if err := mailer.SendPasswordReset(ctx, app.mail, app.cfg.Email.From, u.Email, link); err != nil {
		return err
	}
	app.log.Infof("password reset requested for user %d", u.ID)
	return writeJSON(w, http.StatusAccepted, map[string]string{"status": "sent"})
}

func handlePasswordReset(app *App, w http.ResponseWriter, r *http.Request) error {
	var req struct {
		Password string `json:"password"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if len(req.Password) < 10 {
		return badRequest("Passwords need at least 10 characters.")
	}
	ctx := r.Context()
	userID, err := app.db.ConsumeUserToken(ctx, tokenReset, r.PathValue("token"))
	if errors.Is(err, ErrNotFound) {
		return badRequest("This link has expired. Ask for a new one.")
	}
	if err != nil {
		return err
	}
	hash, err := hashPassword(req.Password)
	if err != nil {
		return err
	}
	if err := app.db.SetPassword(ctx, userID, hash); err != nil {
		return err
	}
	app.log.Infof("password of user %d reset", userID)
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func handleVerifyEmail(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	userID, err := app.db.ConsumeUserToken(ctx, tokenVerify, r.PathValue("token"))
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Verification link")
	}
	if err != nil {
		return fmt.Errorf("verifying %s: %w", r.URL.Path, err)
	}
	if err := app.db.SetEmailVerified(ctx, userID); err != nil {
		return err
	}
	http.Redirect(w, r, app.cfg.Server.Host+"/me?verified=1", http.StatusSeeOther)
	return nil
}
