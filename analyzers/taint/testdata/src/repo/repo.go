// Package repo wraps database/sql: its functions are storage sinks for
// their callers in other packages.
package repo

import (
	"context"
	"database/sql"
)

// Repo stores contacts.
type Repo struct {
	db *sql.DB
}

// SaveContact stores an address given by the caller.
func (r *Repo) SaveContact(ctx context.Context, address string, note string) error {
	_, err := r.db.ExecContext(ctx, "INSERT INTO contacts (address, note) VALUES ($1, $2)", address, note)
	return err
}

// exec runs a statement with the caller's arguments.
func (r *Repo) exec(ctx context.Context, query string, args ...any) error {
	_, err := r.db.ExecContext(ctx, query, args...)
	return err
}

// Forget deletes a contact by address through a helper.
func (r *Repo) Forget(ctx context.Context, address string) error {
	return r.exec(ctx, "DELETE FROM contacts WHERE address = $1", address)
}
