package writers

import (
	"log"
	"net/http"
	"os"

	"anon"
	"writers/jsonlog"
)

// A JSON logger of the service's own, built over standard output in main
// and kept in the application struct: what its methods are given reaches
// the log.

type application struct {
	logger *jsonlog.Logger
	users  map[string]string
}

func main() {
	logger := jsonlog.New(os.Stdout, jsonlog.LevelInfo)
	app := &application{logger: logger, users: map[string]string{}}
	srv := &http.Server{
		Addr:     ":4000",
		Handler:  app.routes(),
		ErrorLog: log.New(logger, "", 0),
	}
	logger.PrintInfo("starting server", map[string]string{"addr": srv.Addr})
	if err := srv.ListenAndServe(); err != nil {
		logger.PrintFatal(err, nil)
	}
}

func (app *application) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/tokens", app.createToken)
	mux.HandleFunc("/v1/debug/echo", app.echo)
	return mux
}

func (app *application) createToken(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	if _, ok := app.users[email]; !ok {
		app.logger.PrintInfo("failed login", map[string]string{"ip": r.RemoteAddr}) // want `user.device.ip_address from r.RemoteAddr reaches jsonlog.Logger.PrintInfo`
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	app.logger.PrintInfo("token issued", map[string]string{"network": anon.IP(r.RemoteAddr)})
	app.logger.PrintInfo("token issued", map[string]string{"method": r.Method, "path": r.URL.Path})
}

// The same logger built over the response, as a debug endpoint does to
// show a client what would be logged: that is the response, not a log.
func (app *application) echo(w http.ResponseWriter, r *http.Request) {
	echo := jsonlog.New(w, jsonlog.LevelInfo)
	echo.PrintInfo("you", map[string]string{"ip": r.RemoteAddr})
}
