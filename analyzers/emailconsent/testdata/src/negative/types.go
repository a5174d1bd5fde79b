package negative

import (
	"errors"
	"time"
)

type User struct {
	ID             string
	Name           string
	Email          string
	Status         string
	Unsubscribed   bool
	OptedIn        bool
	IsAdmin        bool
	EmailVerified  bool
	UnsubscribedAt *time.Time
	OptedOutOn     time.Time
	Prefs          Prefs
}

type Prefs struct {
	Marketing bool
}

type Store struct{}

func (s *Store) AllUsers() []User               { return nil }
func (s *Store) UserByEmail(email string) *User { return nil }

const (
	addr = "smtp.example.com:25"
	from = "news@example.com"
)

var errNoConsent = errors.New("no consent")
