package negative

import (
	"net/smtp"
)

func earlyReturn(u *User, msg []byte) {
	if u.Unsubscribed {
		return
	}
	smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
}

func guardedInside(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.OptedIn {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}
	}
}

func loopContinue(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if !u.OptedIn {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func andConsentFirst(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.OptedIn && u.EmailVerified {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}
	}
}

func andConsentSecond(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.EmailVerified && !u.Unsubscribed {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}
	}
}

func orEarlyContinue(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.IsAdmin || u.Unsubscribed {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func switchOnFlags(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		switch {
		case u.IsAdmin:
			continue
		case u.Unsubscribed:
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func switchOnStatus(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		switch u.Status {
		case "unsubscribed", "bounced":
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func switchCaseSubscribed(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		switch u.Status {
		case "subscribed":
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		case "pending":
		}
	}
}

func valueContextAnd(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		ok := u.OptedIn && u.EmailVerified
		if !ok {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func comparedToFalse(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.OptedIn == false {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func timestampSet(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.UnsubscribedAt != nil {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func timeIsZero(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.OptedOutOn.IsZero() {
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}
	}
}

func preferencesField(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if !u.Prefs.Marketing {
			continue
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func nestedChecks(s *Store, msg []byte) {
	for _, u := range s.AllUsers() {
		if u.EmailVerified {
			if u.Unsubscribed {
				continue
			}
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}
	}
}

func bothBranchesChecked(s *Store, fast bool, msg []byte) {
	for _, u := range s.AllUsers() {
		if fast {
			if !u.OptedIn {
				continue
			}
		} else {
			if u.Unsubscribed {
				continue
			}
		}
		smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
	}
}

func labelledContinue(groups [][]User, msg []byte) {
outer:
	for _, g := range groups {
		for _, u := range g {
			if u.Unsubscribed {
				continue outer
			}
			smtp.SendMail(addr, nil, from, []string{u.Email}, msg)
		}
	}
}

func opsAlert(msg []byte) {
	// The service's own mailbox: nobody to ask for consent.
	smtp.SendMail(addr, nil, from, []string{"ops@example.com"}, msg)
}
