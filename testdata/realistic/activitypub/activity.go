// Package activitypub is the small part of ActivityPub that Inkwell needs
// to federate blogs: actors, the activities a blog sends and receives
// (Create, Update, Delete, Follow, Accept, Undo, Flag, Announce), HTTP
// signatures, deliveries to remote inboxes and fetches of remote actors.
package activitypub

import (
	"encoding/json"
	"time"
)

// Namespace is the ActivityStreams JSON-LD context.
const Namespace = "https://www.w3.org/ns/activitystreams"

// ContentType is the media type of ActivityPub documents.
const ContentType = `application/ld+json; profile="https://www.w3.org/ns/activitystreams"`

// PublicAddress addresses an activity to everyone.
const PublicAddress = Namespace + "#Public"

// PublicKey is an actor's signing key.
type PublicKey struct {
	ID           string `json:"id"`
	Owner        string `json:"owner"`
	PublicKeyPEM string `json:"publicKeyPem"`
}

// Endpoints lists an actor's shared endpoints.
type Endpoints struct {
	SharedInbox string `json:"sharedInbox,omitempty"`
}

// Image is an actor's icon.
type Image struct {
	Type      string `json:"type"`
	MediaType string `json:"mediaType,omitempty"`
	URL       string `json:"url"`
}

// Actor is a Person, Service or Group.
type Actor struct {
	Context           any        `json:"@context,omitempty"`
	ID                string     `json:"id"`
	Type              string     `json:"type"`
	PreferredUsername string     `json:"preferredUsername"`
	Name              string     `json:"name,omitempty"`
	Summary           string     `json:"summary,omitempty"`
	URL               string     `json:"url,omitempty"`
	Inbox             string     `json:"inbox"`
	Outbox            string     `json:"outbox,omitempty"`
	Followers         string     `json:"followers,omitempty"`
	Following         string     `json:"following,omitempty"`
	Icon              *Image     `json:"icon,omitempty"`
	PublicKey         PublicKey  `json:"publicKey"`
	Endpoints         *Endpoints `json:"endpoints,omitempty"`
}

// DeliveryInbox is where activities for this actor go: the shared inbox
// of its server when it has one, so that one POST reaches every follower
// on that server.
func (a *Actor) DeliveryInbox() string {
	if a.Endpoints != nil && a.Endpoints.SharedInbox != "" {
		return a.Endpoints.SharedInbox
	}
	return a.Inbox
}

// Note is a post.
type Note struct {
	ID           string    `json:"id"`
	Type         string    `json:"type"`
	AttributedTo string    `json:"attributedTo"`
	Name         string    `json:"name,omitempty"`
	Content      string    `json:"content"`
	Summary      string    `json:"summary,omitempty"`
	URL          string    `json:"url,omitempty"`
	Published    time.Time `json:"published"`
	Updated      time.Time `json:"updated,omitempty"`
	To           []string  `json:"to,omitempty"`
	CC           []string  `json:"cc,omitempty"`
	InReplyTo    string    `json:"inReplyTo,omitempty"`
	Tag          []Tag     `json:"tag,omitempty"`
}

// Tag is a hashtag or mention.
type Tag struct {
	Type string `json:"type"`
	Href string `json:"href"`
	Name string `json:"name"`
}

// Activity wraps an object.
type Activity struct {
	Context   any       `json:"@context,omitempty"`
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	Actor     string    `json:"actor"`
	Object    any       `json:"object"`
	Content   string    `json:"content,omitempty"`
	Published time.Time `json:"published,omitempty"`
	To        []string  `json:"to,omitempty"`
	CC        []string  `json:"cc,omitempty"`
}

// NewCreate returns the Create activity of a note.
func NewCreate(n *Note) *Activity {
	return &Activity{
		Context:   Namespace,
		ID:        n.ID + "#create",
		Type:      "Create",
		Actor:     n.AttributedTo,
		Object:    n,
		Published: n.Published,
		To:        n.To,
		CC:        n.CC,
	}
}

// NewAccept accepts a Follow.
func NewAccept(actorID, acceptID string, follow json.RawMessage) *Activity {
	return &Activity{Context: Namespace, ID: acceptID, Type: "Accept", Actor: actorID, Object: follow}
}

// NewFlag reports objects to their server's moderators.
func NewFlag(actorID, flagID string, objects []string, content string) *Activity {
	return &Activity{Context: Namespace, ID: flagID, Type: "Flag", Actor: actorID, Object: objects, Content: content}
}

// Incoming is an activity received in an inbox, before its object is
// resolved.
type Incoming struct {
	Context any             `json:"@context"`
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Actor   string          `json:"actor"`
	Object  json.RawMessage `json:"object"`
	Content string          `json:"content"`
}

// ObjectID returns the object's ID, whether it is embedded or a bare IRI.
func (in *Incoming) ObjectID() string {
	var s string
	if err := json.Unmarshal(in.Object, &s); err == nil {
		return s
	}
	var o struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(in.Object, &o)
	return o.ID
}
