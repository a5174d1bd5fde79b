// Package storageneg writes to the same stores as package storage, and
// sets cookies and headers, without personal data: none of it is a flow.
package storageneg

import (
	"context"
	"crypto/rand"
	"database/sql"
	"net"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"gorm.io/gorm"
)

// Order is a placed order: no personal field.
type Order struct {
	ID         int64
	SKU        string
	TotalCents int64
}

// SaveOrder stores an order.
func SaveOrder(ctx context.Context, db *sql.DB, o Order) error {
	_, err := db.ExecContext(ctx, "INSERT INTO orders (id, sku, total_cents) VALUES ($1, $2, $3)", o.ID, o.SKU, o.TotalCents)
	return err
}

// CountVisits stores how many visits an address made: a count is no
// address.
func CountVisits(ctx context.Context, db *sql.DB, clientIP string, visits map[string]int) error {
	_, err := db.ExecContext(ctx, "INSERT INTO visit_counts (n) VALUES ($1)", visits[clientIP]+len(clientIP))
	return err
}

// SaveNetwork stores the /24 of a visitor: masked, no longer an address.
func SaveNetwork(ctx context.Context, db *sql.DB, ip net.IP) error {
	network := ip.Mask(net.CIDRMask(24, 32))
	_, err := db.ExecContext(ctx, "INSERT INTO networks (network) VALUES ($1)", network.String())
	return err
}

// auditLog has an Exec method of its own: not a database.
type auditLog struct{ lines []string }

func (a *auditLog) Exec(query string, args ...any) { a.lines = append(a.lines, query) }

// Note writes to the look-alike.
func Note(a *auditLog, email string) {
	a.Exec("INSERT INTO notes", email)
}

// Products lists products with sqlx: the destination slice is read into,
// not written.
func Products(db *sqlx.DB, dst *[]Order, sku string) error {
	return db.Select(dst, "SELECT * FROM orders WHERE sku = ?", sku)
}

// ArchiveOrder stores an order with GORM.
func ArchiveOrder(db *gorm.DB, o *Order) error {
	return db.Create(o).Error
}

// CacheStock caches a stock level.
func CacheStock(ctx context.Context, rdb *redis.Client, sku string, n int) error {
	return rdb.Set(ctx, "stock:"+sku, n, time.Minute).Err()
}

// LookupByEmail reads the cache with an address as key: a read, not a
// write.
func LookupByEmail(ctx context.Context, rdb *redis.Client, email string) (string, error) {
	return rdb.Get(ctx, "user:"+email).Result()
}

// SaveProduct inserts a catalogue document.
func SaveProduct(ctx context.Context, client *mongo.Client, sku string) error {
	_, err := client.Database("shop").Collection("products").InsertOne(ctx, bson.M{"sku": sku})
	return err
}

// SessionCookie holds only a random identifier, as the policy promises.
func SessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: rand.Text(), HttpOnly: true})
	w.Header().Set("Cache-Control", "no-store")
}

// GinSession is the gin version.
func GinSession(c *gin.Context, sessionID string) {
	c.SetCookie("sid", sessionID, 3600, "/", "", true, true)
	c.Header("Retry-After", "1")
}

// Forward sends an address to a service on this machine in a request
// header: the request's header map is not a response's.
func Forward(ctx context.Context, email string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://localhost:8081/lookup", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-User-Email", email)
	req.AddCookie(&http.Cookie{Name: "email", Value: email})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
