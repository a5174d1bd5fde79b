package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"example.com/inkwell/log"
)

func TestDeliverSignsThePayload(t *testing.T) {
	var got envelope
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if sig := r.Header.Get("X-Inkwell-Signature"); sig != "sha256="+sign("s3cret", body) {
			t.Errorf("signature %q", sig)
		}
		json.Unmarshal(body, &got)
	}))
	defer ts.Close()

	d := New(log.New(io.Discard, log.LevelInfo))
	h := Hook{ID: 3, URL: ts.URL + "/hook", Secret: "s3cret", Events: []string{"subscriber.confirmed"}}
	data := map[string]string{"email": "reader@example.org"}
	if err := d.Deliver(context.Background(), h, "subscriber.confirmed", data); err != nil {
		t.Fatal(err)
	}
	if got.Event != "subscriber.confirmed" || got.HookID != 3 {
		t.Errorf("got %+v", got)
	}
	if err := d.Deliver(context.Background(), h, "post.published", nil); err != nil {
		t.Errorf("an event the hook did not ask for: %v", err)
	}
}
