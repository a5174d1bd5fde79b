// Package storage writes shoppers to the stores real services use: the
// database through database/sql, sqlx, GORM and pgx, a Redis cache and a
// MongoDB CRM collection.
package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"gorm.io/gorm"
)

// Account is a signed-up shopper.
type Account struct {
	ID       int64
	Email    string
	FullName string
}

// Users is the account table.
type Users struct {
	db *sql.DB
}

// Create inserts an account.
func (u *Users) Create(ctx context.Context, a *Account) error {
	_, err := u.db.ExecContext(ctx, // want `storage sql:INSERT:users user.contact.email` `storage sql:INSERT:users user.name`
		`INSERT INTO users (email, full_name) VALUES ($1, $2)`,
		a.Email, a.FullName)
	return err
}

const accountByEmail = `
	-- the address is unique
	SELECT id FROM "users" WHERE email = lower($1)`

// ByEmail looks an account up by its address.
func (u *Users) ByEmail(ctx context.Context, a *Account) (int64, error) {
	var id int64
	err := u.db.QueryRowContext(ctx, accountByEmail, a.Email).Scan(&id) // want `storage sql:SELECT:users user.contact.email`
	return id, err
}

// Rename changes a shopper's name inside a transaction.
func (u *Users) Rename(ctx context.Context, id int64, a Account) error {
	tx, err := u.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec("UPDATE users SET full_name = $1 WHERE id = $2", a.FullName, id); err != nil { // want `storage sql:UPDATE:users user.name`
		return err
	}
	return tx.Commit()
}

// Subscriber is a newsletter sign-up, stored with sqlx's named queries.
type Subscriber struct {
	Email    string `db:"email"`
	ClientIP string `db:"client_ip"`
	Source   string `db:"source"`
}

// SignupForm is the newsletter form.
type SignupForm struct {
	Email string `json:"email"`
}

// Subscribe records a newsletter sign-up with the address it came from.
func Subscribe(db *sqlx.DB, r *http.Request, f SignupForm) error {
	sub := Subscriber{Email: f.Email, ClientIP: r.RemoteAddr, Source: "footer"}
	_, err := db.NamedExec(`INSERT INTO subscribers (email, client_ip, source) VALUES (:email, :client_ip, :source)`, sub) // want `storage sqlx:INSERT:subscribers user.contact.email` `storage sqlx:INSERT:subscribers user.device.ip_address`
	return err
}

// SubscriberByEmail reads a sign-up back.
func SubscriberByEmail(ctx context.Context, db *sqlx.DB, f SignupForm) (*Subscriber, error) {
	var s Subscriber
	err := db.GetContext(ctx, &s, "SELECT * FROM subscribers WHERE email = ?", f.Email) // want `storage sqlx:SELECT:subscribers user.contact.email`
	return &s, err
}

// Customer is a GORM model.
type Customer struct {
	ID    uint
	Email string
	Phone string
	Plan  string
}

// CreateCustomer stores a customer through GORM; the model's fields are
// written.
func CreateCustomer(db *gorm.DB, plan string) error {
	c := Customer{Plan: plan}
	return db.Table("crm_customers").Create(&c).Error // want `storage gorm:Create:crm_customers user.contact.email` `storage gorm:Create:crm_customers user.contact.phone`
}

// TouchLogin records where a shopper last signed in from, through pgx.
func TouchLogin(ctx context.Context, pool *pgxpool.Pool, userID int64, r *http.Request) error {
	_, err := pool.Exec(ctx, "UPDATE accounts SET last_ip = $1, last_login = now() WHERE id = $2", r.RemoteAddr, userID) // want `storage pgx:UPDATE:accounts user.device.ip_address`
	return err
}

// Cache keeps sessions in Redis.
type Cache struct {
	rdb *redis.Client
}

// Remember caches a session's owner.
func (c *Cache) Remember(ctx context.Context, sessionID string, a *Account) error {
	return c.rdb.Set(ctx, "session:"+sessionID, a.Email, 24*time.Hour).Err() // want `storage redis:Set:session:\* user.contact.email`
}

// Profile caches a profile field by field.
func (c *Cache) Profile(ctx context.Context, id int64, a *Account) error {
	return c.rdb.HSet(ctx, fmt.Sprintf("profile:%d", id), "email", a.Email, "plan", "free").Err() // want `storage redis:HSet:profile:\* user.contact.email`
}

// Universal caches through the interface a cluster client satisfies.
func Universal(ctx context.Context, rdb redis.UniversalClient, r *http.Request) error {
	return rdb.SAdd(ctx, "seen_ips", r.Header.Get("X-Forwarded-For")).Err() // want `storage redis:SAdd:seen_ips user.device.ip_address`
}

// Device is what the app reports about a phone.
type Device struct {
	ID          string
	GeoLocation string
}

// Contacts is the CRM collection.
func Contacts(client *mongo.Client) *mongo.Collection {
	return client.Database("crm").Collection("contacts")
}

// AddContact inserts a CRM contact.
func AddContact(ctx context.Context, client *mongo.Client, a *Account) error {
	coll := client.Database("crm").Collection("contacts")
	_, err := coll.InsertOne(ctx, bson.M{"email": a.Email, "source": "import"}) // want `storage mongodb:InsertOne:contacts user.contact.email`
	return err
}

// MoveContact updates a contact's position.
func MoveContact(ctx context.Context, client *mongo.Client, id string, d *Device) error {
	coll := client.Database("crm").Collection("contacts")
	_, err := coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"geo": d.GeoLocation}}) // want `storage mongodb:UpdateOne:contacts user.location`
	return err
}
