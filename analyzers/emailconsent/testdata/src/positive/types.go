package positive

import "time"

type User struct {
	ID             string
	Name           string
	Email          string
	Unsubscribed   bool
	OptedIn        bool
	IsAdmin        bool
	EmailVerified  bool
	UnsubscribedAt *time.Time
}

type Prefs struct {
	Marketing bool
}

func (p *Prefs) AllowsEmail(u *User) bool { return p.Marketing } // want AllowsEmail:`returns consent answer for param 0 \(true allows\)`

type Store struct{}

func (s *Store) AllUsers() []User               { return nil }
func (s *Store) UserByEmail(email string) *User { return nil }

const (
	addr = "smtp.example.com:25"
	from = "news@example.com"
)
