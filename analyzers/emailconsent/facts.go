package emailconsent

import (
	"fmt"
	"strings"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/rules"
)

// Summary is the fact exported for a function whose behaviour matters to
// its callers: it sends mail to a parameter without checking consent, it
// answers whether a person consented, or it returns recipients already
// filtered by consent. Parameter indices count a method's receiver as 0,
// as SSA does.
type Summary struct {
	Sends     []Send
	Answer    *Answer
	Consented bool
}

// Send says: the function sends mail to (what the caller passes as)
// parameter Param, with no consent check on the way, through Via (the
// wrappers below this function, the real sender last).
//
// Param -1 says: it sends, with no check, to recipients it finds itself
// (To, as its code writes them), and leaves the check to its callers:
// some of its callers check first, or it is an exported function nothing
// in its package calls. In the second case (Shown) the package reported
// the send itself; callers in other packages leave it to the driver.
type Send struct {
	Param int
	Via   []string
	Chain []finding.Step // from the call in this function down to the real send
	To    string
	Shown bool

	owner string // the implementation's FullName, in a merged summary
}

// Answer says: the function's result tells whether parameter Param (-1:
// unknown) may be e-mailed. For a bool result, Polarity says what true
// means; for an error result (Err), nil means the person may be e-mailed.
type Answer struct {
	Param    int
	Polarity rules.Polarity
	Err      bool
}

// AFact marks Summary as a go/analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for _, snd := range s.Sends {
		switch {
		case snd.Param >= 0:
			parts = append(parts, fmt.Sprintf("sends mail to param %d without consent check (chain %s)", snd.Param, strings.Join(snd.Via, " -> ")))
		case snd.Shown:
			parts = append(parts, fmt.Sprintf("sends mail to its own recipients without consent check, reported in its package (chain %s)", strings.Join(snd.Via, " -> ")))
		default:
			parts = append(parts, fmt.Sprintf("sends mail to its own recipients without consent check (chain %s)", strings.Join(snd.Via, " -> ")))
		}
	}
	if a := s.Answer; a != nil {
		pol := a.Polarity.String()
		if a.Err {
			pol = "nil error allows"
		}
		if a.Param >= 0 {
			parts = append(parts, fmt.Sprintf("returns consent answer for param %d (%s)", a.Param, pol))
		} else {
			parts = append(parts, fmt.Sprintf("returns consent answer (%s)", pol))
		}
	}
	if s.Consented {
		parts = append(parts, "returns consented recipients")
	}
	return strings.Join(parts, "; ")
}

func (s *Summary) empty() bool {
	return s == nil || (len(s.Sends) == 0 && s.Answer == nil && !s.Consented)
}

// equal compares two summaries for the fixpoint.
func (s *Summary) equal(t *Summary) bool {
	if s.empty() || t.empty() {
		return s.empty() == t.empty()
	}
	if s.String() != t.String() || len(s.Sends) != len(t.Sends) {
		return false
	}
	for i := range s.Sends {
		if len(s.Sends[i].Chain) != len(t.Sends[i].Chain) {
			return false
		}
	}
	return true
}
