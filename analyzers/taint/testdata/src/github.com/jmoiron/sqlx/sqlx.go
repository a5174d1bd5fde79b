// Package sqlx is a signature stub of github.com/jmoiron/sqlx.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct {
	*sql.DB
	driverName string
}

type Tx struct {
	*sql.Tx
	driverName string
}

type Rows struct{ sql.Rows }

type Row struct{ err error }

func (r *Row) Scan(dest ...interface{}) error             { return r.err }
func (r *Row) StructScan(dest interface{}) error          { return r.err }
func (r *Rows) StructScan(dest interface{}) error         { return nil }
func Open(driverName, dataSourceName string) (*DB, error) { return nil, nil }

func (db *DB) Get(dest interface{}, query string, args ...interface{}) error    { return nil }
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error)     { return nil, nil }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result       { return nil }
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error)     { return nil, nil }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row            { return nil }
func (db *DB) Rebind(query string) string                                  { return query }
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	return nil, nil
}
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}
func (db *DB) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}
func (db *DB) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return nil
}

func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error    { return nil }
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { return nil }
func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }
func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error)     { return nil, nil }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result       { return nil }
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error)     { return nil, nil }
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row            { return nil }
func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (tx *Tx) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}
func (tx *Tx) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}
func (tx *Tx) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return nil
}

type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error)
	QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row
}

type Ext interface {
	Queryer
	Exec(query string, args ...interface{}) (sql.Result, error)
}

type ExtContext interface {
	QueryerContext
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

func Get(q Queryer, dest interface{}, query string, args ...interface{}) error    { return nil }
func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }
func GetContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func SelectContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error) { return nil, nil }
func NamedExecContext(ctx context.Context, e ExtContext, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
