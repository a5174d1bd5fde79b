// Command web is a fixture: an HTTP handler that logs the client's address.
package main

import (
	"log"
	"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
	log.Printf("%s", r.RemoteAddr)
	log.Printf("%s %s", r.Method, r.URL.Path)
	w.Write([]byte("hello\n"))
}

func main() {
	http.HandleFunc("/", hello)
	log.Fatal(http.ListenAndServe("localhost:8080", nil))
}
