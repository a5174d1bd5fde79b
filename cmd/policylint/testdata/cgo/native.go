package native

/*
#include <stdlib.h>
static int answer(void) { return 42; }
*/
import "C"

import (
	"log"
	"net/http"
)

// Handle logs the caller and asks C for the answer.
func Handle(w http.ResponseWriter, r *http.Request) {
	log.Printf("native call from %s", r.RemoteAddr)
	_ = C.answer()
}
