// Package model holds the fixtures' domain types.
package model

// User is a customer account.
type User struct {
	ID           string
	Email        string
	FirstName    string
	Phone        string
	ClientIP     string
	Plan         string
	PasswordHash string `json:"-"`
}

// Order is a purchase: no personal data.
type Order struct {
	ID         string
	TotalCents int64
	Currency   string
	Items      []string
}

// Load returns a user from storage.
func Load(id string) User { return lookup(id) }

var lookup = func(id string) User { return User{ID: id} }

// LoadOrder returns an order from storage.
func LoadOrder(id string) Order { return Order{ID: id} }
