package precision

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"strings"
)

// A real-IP middleware overwrites r.RemoteAddr with the forwarded address.
// Afterwards r.RemoteAddr is the client's IP; the path, the form values,
// the uploaded file's name and errors about the path are not.

func realIP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			r.RemoteAddr = strings.TrimSpace(strings.Split(xff, ",")[0])
		}
		next.ServeHTTP(w, r)
	})
}

func handlePost(w http.ResponseWriter, r *http.Request) {
	if ip := r.Header.Get("X-Real-IP"); ip != "" {
		r.RemoteAddr = ip
	}
	slug := r.PathValue("slug")
	log.Printf("GET /posts/%s", slug)
	slog.Info("request", "path", r.URL.Path, "method", r.Method)
	if err := r.ParseForm(); err != nil {
		log.Printf("bad form on %s: %v", r.URL.Path, err)
		return
	}
	title := r.FormValue("title")
	log.Printf("new post %q", title)
	if _, hdr, err := r.FormFile("cover"); err == nil {
		log.Printf("cover %s (%d bytes)", hdr.Filename, hdr.Size)
	}
	if err := validateSlug(r, slug); err != nil {
		log.Print(err)
	}
	log.Printf("post by %s", r.RemoteAddr) // want `user.device.ip_address from X-Real-Ip header reaches log.Printf`
}

func validateSlug(r *http.Request, slug string) error {
	if slug == "" {
		return fmt.Errorf("%s: empty slug", r.URL.Path)
	}
	return nil
}

var errNotFound = errors.New("not found")

func handleFile(w http.ResponseWriter, r *http.Request) {
	r.RemoteAddr = r.Header.Get("CF-Connecting-IP")
	key := r.PathValue("key")
	ctx := r.Context()
	if err := fetch(ctx.Err(), key); err != nil {
		slog.Warn("file", "key", key, "err", err)
	}
	q := r.URL.Query().Get("size")
	log.Printf("thumbnail %s size %s", key, q)
	log.Printf("ua %s", r.UserAgent())
}

func fetch(err error, key string) error {
	if err != nil || key == "" {
		return errNotFound
	}
	return nil
}
