package fix

import (
	"log/slog"
	"net/http"
)

type anonymizer struct{}

func (anonymizer) IP(s string) string { return "" }

// The name anon means a local variable here: importing the package would
// not compile, so no fix is offered (the finding stays).
func shadowed(r *http.Request) {
	anon := anonymizer{}
	_ = anon
	slog.Info("request", "client_ip", r.RemoteAddr) // want `from r.RemoteAddr reaches slog.Info`
}
