// Package storageapp calls repo's wrappers with personal data: the
// storage hit is at the call, with the table the wrapper writes.
package storageapp

import (
	"context"

	"repo"
)

// Signup is a sign-up form.
type Signup struct {
	Email string
	Note  string
}

// Register stores the form's address.
func Register(ctx context.Context, r *repo.Repo, s Signup) error {
	return r.SaveContact(ctx, s.Email, s.Note) // want `storage sql:INSERT:contacts user.contact.email`
}

// Unregister forgets it.
func Unregister(ctx context.Context, r *repo.Repo, s Signup) error {
	return r.Forget(ctx, s.Email) // want `storage sql:ExecContext: user.contact.email`
}

// Look-alikes: the same wrappers with nothing personal in their arguments.

// Annotate stores a note under a placeholder address.
func Annotate(ctx context.Context, r *repo.Repo, s Signup) error {
	return r.SaveContact(ctx, "unknown@invalid", s.Note)
}

// ForgetNote deletes a contact keyed by its note.
func ForgetNote(ctx context.Context, r *repo.Repo, s Signup) error {
	return r.Forget(ctx, s.Note)
}
