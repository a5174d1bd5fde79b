// Command deps serves a page and logs who asked for it, in colour when its
// output is a terminal: a module with dependencies, for the test that runs
// policylint on a machine whose module cache is empty.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/mattn/go-isatty"
)

func main() {
	colour := isatty.IsTerminal(os.Stderr.Fd())
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if colour {
			log.Printf("\x1b[1m%s\x1b[0m %s", r.URL.Path, r.RemoteAddr)
			return
		}
		log.Printf("%s %s", r.URL.Path, r.RemoteAddr)
	})
	log.Fatal(http.ListenAndServe("localhost:8080", nil))
}
