package inkwell

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"example.com/inkwell/errtrack"
)

// handlerFunc is an HTTP handler that returns its error instead of
// writing it, so that errors are logged and answered in one place.
type handlerFunc func(app *App, w http.ResponseWriter, r *http.Request) error

// userHandlerFunc is a handlerFunc for a signed-in user.
type userHandlerFunc func(app *App, u *User, w http.ResponseWriter, r *http.Request) error

// httpError is an error with the status and message the client sees.
type httpError struct {
	Status  int
	Message string
	Err     error // the cause, logged, never shown
}

func (e httpError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%d %s: %v", e.Status, e.Message, e.Err)
	}
	return fmt.Sprintf("%d %s", e.Status, e.Message)
}

func (e httpError) Unwrap() error { return e.Err }

var (
	errUserExists        = httpError{Status: http.StatusConflict, Message: "An account with this e-mail address already exists."}
	errAliasTaken        = httpError{Status: http.StatusConflict, Message: "This blog name is taken."}
	errSlugTaken         = httpError{Status: http.StatusConflict, Message: "A post with this slug already exists."}
	errAlreadySubscribed = httpError{Status: http.StatusConflict, Message: "This address is already subscribed."}
	errUnauthorized      = httpError{Status: http.StatusUnauthorized, Message: "Sign in first."}
	errForbidden         = httpError{Status: http.StatusForbidden, Message: "Not yours."}
)

func badRequest(msg string) httpError { return httpError{Status: http.StatusBadRequest, Message: msg} }

func notFoundError(what string) httpError {
	return httpError{Status: http.StatusNotFound, Message: what + " not found."}
}

func (app *App) handle(f handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := f(app, w, r); err != nil {
			app.handleError(w, r, err)
		}
	})
}

func (app *App) authed(f userHandlerFunc) http.Handler {
	return app.handle(func(app *App, w http.ResponseWriter, r *http.Request) error {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Token ")
		if !ok || token == "" {
			return errUnauthorized
		}
		u, err := app.db.GetUserByToken(r.Context(), token)
		if errors.Is(err, ErrNotFound) {
			return errUnauthorized
		}
		if err != nil {
			return err
		}
		if u.Suspended {
			return httpError{Status: http.StatusForbidden, Message: "This account is suspended."}
		}
		r = r.WithContext(context.WithValue(r.Context(), ctxUser{}, u))
		return f(app, u, w, r)
	})
}

type ctxUser struct{}

// userFrom returns the signed-in user of a request's context, or nil.
func userFrom(ctx context.Context) *User {
	u, _ := ctx.Value(ctxUser{}).(*User)
	return u
}

func (app *App) admin(f handlerFunc) http.Handler {
	return app.handle(func(app *App, w http.ResponseWriter, r *http.Request) error {
		token, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Token ")
		want := app.cfg.Admin.Token
		if want == "" || subtle.ConstantTimeCompare([]byte(token), []byte(want)) != 1 {
			return errUnauthorized
		}
		app.audit("admin request", "method", r.Method, "path", r.URL.Path, "from", r.RemoteAddr) // policylint: expect piilog
		return f(app, w, r)
	})
}

// handleError answers err. Client errors are answered as they are; other
// errors are logged with the request path and reported to the tracker.
func (app *App) handleError(w http.ResponseWriter, r *http.Request, err error) {
	var he httpError
	if errors.As(err, &he) && he.Status < 500 {
		writeJSON(w, he.Status, map[string]string{"error": he.Message})
		return
	}
	app.log.Errorf("%s %s: %v", r.Method, r.URL.Path, err)
	var who errtrack.User
	if u := userFrom(r.Context()); u != nil {
		who = errtrack.User{ID: strconv.FormatInt(u.ID, 10), Email: u.Email}
	}
	app.errs.CaptureError(r.Context(), err, errtrack.Request{Method: r.Method, URL: r.URL.Path}, who) // policylint: expect piiegress
	msg := "Something went wrong. We have been told."
	if he.Message != "" {
		msg = he.Message
	}
	writeJSON(w, http.StatusInternalServerError, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(v)
}

func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badRequest("Malformed JSON: " + err.Error())
	}
	return nil
}

func randomToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func newUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
