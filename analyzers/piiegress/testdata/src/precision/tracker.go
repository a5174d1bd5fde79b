package precision

import (
	"context"
	"errors"
	"net/http"

	"model"
	"tracker"
)

// Callers of an error tracker's exported wrappers: the finding is at the
// call that fills the user with personal data, not inside the tracker.

func recoverer(tr *tracker.Client, r *http.Request) {
	if rec := recover(); rec != nil {
		tr.CapturePanic(r.Context(), "panic", tracker.User{IPAddress: r.RemoteAddr}) // want `user.device.ip_address from r.RemoteAddr is sent to an unknown destination`
	}
}

func failed(ctx context.Context, tr *tracker.Client, u *model.User) {
	tr.CaptureError(ctx, errors.New("checkout failed"), tracker.User{ID: u.ID, Email: u.Email}) // want `user.contact.email from u.Email is sent to an unknown destination`
}

func failedAnonymously(ctx context.Context, tr *tracker.Client, u *model.User) {
	tr.CaptureError(ctx, errors.New("checkout failed"), tracker.User{ID: u.ID})
	tr.CaptureError(ctx, errors.New("no user"), tracker.User{})
}

// The user is set on one path only, without an address: the e-mail is
// sent, the IP field is not.
func failedMaybeSignedIn(ctx context.Context, tr *tracker.Client, u *model.User) {
	var who tracker.User
	if u != nil {
		who = tracker.User{ID: u.ID, Email: u.Email}
	}
	tr.CaptureError(ctx, errors.New("checkout failed"), who) // want `user.contact.email from u.Email is sent to an unknown destination`
}
