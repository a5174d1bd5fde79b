package negative

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"
)

type consentRecord struct {
	Purpose string
	IP      string
}

// recordConsent stores c; its error names the purpose, never the IP.
func recordConsent(db *sql.DB, c consentRecord) error {
	if _, err := db.Exec("INSERT INTO consents VALUES ($1, $2)", c.Purpose, c.IP); err != nil {
		return fmt.Errorf("recording %s consent: %w", c.Purpose, err)
	}
	return nil
}

func consentHandler(db *sql.DB, r *http.Request) {
	c := consentRecord{Purpose: "terms", IP: r.RemoteAddr}
	if err := recordConsent(db, c); err != nil {
		log.Printf("recording consent: %v", err)
	}
}
