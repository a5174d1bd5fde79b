package writers

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// Writes that are not logs: responses, data files, request bodies,
// network peers and hashes. None of them is a finding for piilog.

type Visit struct {
	Path string
	IP   string
	At   time.Time
}

func whoami(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	io.WriteString(w, r.RemoteAddr)
	w.Write([]byte("\n"))
}

func exportVisits(w http.ResponseWriter, visits []Visit) {
	w.Header().Set("Content-Type", "text/csv")
	cw := csv.NewWriter(w)
	for _, v := range visits {
		cw.Write([]string{v.Path, v.IP, v.At.Format(time.RFC3339)})
	}
	cw.Flush()
}

func exportVisitsFile(cfg Config, visits []Visit) error {
	f, err := os.Create(filepath.Join(cfg.ExportDir, "visits-"+time.Now().Format("20060102")+".csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	for _, v := range visits {
		fmt.Fprintf(f, "%s,%s\n", v.Path, v.IP)
	}
	return nil
}

func writeCatalog(visits []Visit) error {
	f, err := os.Create("catalog.txt")
	if err != nil {
		return err
	}
	defer f.Close()
	for _, v := range visits {
		io.WriteString(f, v.IP+"\n")
	}
	return nil
}

type uploadStore struct {
	root string
}

func (s *uploadStore) save(name string, r *http.Request) error {
	dst, err := os.Create(filepath.Join(s.root, filepath.Base(name)))
	if err != nil {
		return err
	}
	defer dst.Close()
	fmt.Fprintf(dst, "uploaded-from: %s\n\n", r.RemoteAddr)
	_, err = io.Copy(dst, r.Body)
	return err
}

func notifyWebhook(hook string, r *http.Request) error {
	var body bytes.Buffer
	fmt.Fprintf(&body, `{"event":"signup","ip":%q}`, r.RemoteAddr)
	resp, err := http.Post(hook, "application/json", &body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func uploadForm(url string, r *http.Request) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormField("client")
	if err != nil {
		return err
	}
	io.WriteString(fw, r.RemoteAddr)
	mw.Close()
	resp, err := http.Post(url, mw.FormDataContentType(), &body)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func relay(addr string, r *http.Request) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	fmt.Fprintf(conn, "CLIENT %s\r\n", r.RemoteAddr)
	_, err = conn.Write([]byte(r.Header.Get("X-Forwarded-For")))
	return err
}

func rateKey(r *http.Request) string {
	h := sha256.New()
	io.WriteString(h, r.RemoteAddr)
	h.Write([]byte(r.UserAgent()))
	return hex.EncodeToString(h.Sum(nil))
}

// A page writer over the response: its own printf method writes to the
// client, whatever it is given.

type page struct {
	w     io.Writer
	title string
}

func (p *page) linef(format string, args ...any) {
	fmt.Fprintf(p.w, format+"\n", args...)
}

func status(w http.ResponseWriter, r *http.Request) {
	p := &page{w: w, title: "status"}
	p.linef("%s", p.title)
	p.linef("your address: %s", r.RemoteAddr)
}

// A logger over standard error is given nothing personal.

func startup(addr string) {
	fmt.Fprintf(os.Stderr, "listening on %s\n", addr)
	os.Stderr.WriteString("ready\n")
	log.SetOutput(os.Stderr)
}

// The access log is given the request path only.

func (a *AccessLog) notFound(r *http.Request) {
	fmt.Fprintf(a.f, "404 %s\n", r.URL.Path)
}
