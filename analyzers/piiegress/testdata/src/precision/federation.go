package precision

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"

	"model"
)

// A federated blog: the datastore holds the database and the HTTP client
// used for ActivityPub deliveries. A request-scoped struct holds the
// datastore handle and, after signup, the new user's e-mail. The e-mail
// never goes to the remote inboxes: deliveries send the activity only.

type datastore struct {
	db       *sql.DB
	client   *http.Client
	hostName string
}

type handlerCtx struct {
	ds    *datastore
	user  *model.User
	email string
}

type ctxKey struct{}

func (ds *datastore) postActivity(ctx context.Context, inbox string, activity any) error {
	body, err := json.Marshal(activity)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, inbox, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/activity+json")
	req.Header.Set("User-Agent", "blog/1.0 (+https://"+ds.hostName+")")
	resp, err := ds.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (ds *datastore) fetchActor(ctx context.Context, actorURL string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, actorURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/activity+json")
	return ds.client.Do(req)
}

type follow struct {
	Context string `json:"@context"`
	Type    string `json:"type"`
	Actor   string `json:"actor"`
	Object  string `json:"object"`
}

func signup(ds *datastore, w http.ResponseWriter, r *http.Request) {
	u := &model.User{ID: r.FormValue("username"), Email: r.FormValue("email")}
	hc := &handlerCtx{ds: ds, user: u}
	hc.email = u.Email
	ctx := context.WithValue(r.Context(), ctxKey{}, hc)
	welcomeFollow(ctx, r.FormValue("remote"))
}

func welcomeFollow(ctx context.Context, remoteActor string) {
	hc := ctx.Value(ctxKey{}).(*handlerCtx)
	resp, err := hc.ds.fetchActor(ctx, remoteActor)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	act := follow{Context: "https://www.w3.org/ns/activitystreams", Type: "Follow", Actor: "https://" + hc.ds.hostName + "/u/" + hc.user.ID, Object: remoteActor}
	_ = hc.ds.postActivity(ctx, remoteActor+"/inbox", act)
}

// The same handler context passed as a parameter.
func (hc *handlerCtx) announce(ctx context.Context, inboxes []string) {
	for _, inbox := range inboxes {
		_ = hc.ds.postActivity(ctx, inbox, map[string]string{"type": "Announce", "actor": hc.user.ID})
	}
}

// The e-mail itself sent to a remote server is a real finding.
func (hc *handlerCtx) leakEmail(ctx context.Context, inbox string) {
	_ = hc.ds.postActivity(ctx, inbox, map[string]string{"type": "Note", "content": hc.email}) // want `user.contact.email from hc.email is sent to an unknown destination`
}

func searchRemote(ds *datastore, r *http.Request) {
	q := strings.TrimSpace(r.FormValue("q"))
	_, _ = ds.fetchActor(r.Context(), "https://"+q+"/.well-known/webfinger")
}
