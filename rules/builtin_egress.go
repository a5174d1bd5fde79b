package rules

import (
	"net"
	"slices"
	"strings"
)

// EgressSink is a call that sends data out of the process: an HTTP request
// or a third-party SDK call. The piiegress rule checks where the data of
// its Data arguments goes.
//
// Argument indices count the receiver of a method as argument 0, as SSA
// does: for (*net/http.Client).Do the request is argument 1.
type EgressSink struct {
	// Func names the function or method as types.Func.FullName prints it.
	Func string
	// URL is the argument that holds the destination: a URL string, a
	// *net/url.URL, or a request built with NewRequest; -1 when the
	// destination is fixed (Host).
	URL int
	// Base is the argument (a go-resty request) whose client may carry a
	// base URL that a relative URL is resolved against; -1 when none.
	Base int
	// Host is the fixed destination of an SDK, when URL is -1.
	Host string
	// Data are the arguments whose contents are sent. Nil means every
	// argument but the receiver of a method.
	Data []int
}

// Modules whose egress calls the catalogue describes.
const (
	restyV2      = "github.com/go-resty/resty/v2"
	retryable    = "github.com/hashicorp/go-retryablehttp"
	sentryGo     = "github.com/getsentry/sentry-go"
	segmentV3    = "github.com/segmentio/analytics-go/v3"
	segmentGopkg = "gopkg.in/segmentio/analytics-go.v3"
	mixpanelGo   = "github.com/mixpanel/mixpanel-go"
	intercomV2   = "gopkg.in/intercom/intercom-go.v2"
)

// BuiltinEgressModules are the libraries whose sends BuiltinEgressSinks
// describes. The engine models them from the catalogue and does not
// analyse their code.
var BuiltinEgressModules = []string{restyV2, retryable, sentryGo, segmentV3, segmentGopkg, mixpanelGo, intercomV2}

// Fixed hosts of the SDKs.
const (
	SentryHost   = "sentry.io"
	SegmentHost  = "api.segment.io"
	MixpanelHost = "api.mixpanel.com"
	IntercomHost = "api.intercom.io"
)

// BuiltinEgressSinks is the built-in catalogue of egress sinks, beside the
// manifest's [[rules.piiegress.sinks]]. default.toml documents it. Sorted
// by Func.
var BuiltinEgressSinks = builtinEgressSinks()

func builtinEgressSinks() []EgressSink {
	var out []EgressSink
	add := func(s EgressSink) { out = append(out, s) }
	// net/http and go-retryablehttp share their shapes: package funcs with
	// the URL first, Client methods with the URL or request after the
	// receiver.
	for _, pkg := range []string{"net/http", retryable} {
		add(EgressSink{Func: pkg + ".Get", URL: 0, Base: -1, Data: []int{0}})
		add(EgressSink{Func: pkg + ".Head", URL: 0, Base: -1, Data: []int{0}})
		add(EgressSink{Func: pkg + ".Post", URL: 0, Base: -1, Data: []int{0, 2}})
		add(EgressSink{Func: pkg + ".PostForm", URL: 0, Base: -1, Data: []int{0, 1}})
		client := "(*" + pkg + ".Client)."
		add(EgressSink{Func: client + "Do", URL: 1, Base: -1, Data: []int{1}})
		add(EgressSink{Func: client + "Get", URL: 1, Base: -1, Data: []int{1}})
		add(EgressSink{Func: client + "Head", URL: 1, Base: -1, Data: []int{1}})
		add(EgressSink{Func: client + "Post", URL: 1, Base: -1, Data: []int{1, 3}})
		add(EgressSink{Func: client + "PostForm", URL: 1, Base: -1, Data: []int{1, 2}})
	}
	add(EgressSink{Func: "(net/http.RoundTripper).RoundTrip", URL: 1, Base: -1, Data: []int{1}})
	add(EgressSink{Func: "(*net/http.Transport).RoundTrip", URL: 1, Base: -1, Data: []int{1}})
	// go-resty v2: the request (argument 0) carries the body, headers,
	// query and form data its builder methods set; the URL may be relative
	// to the client's base URL.
	for _, m := range []string{"Get", "Head", "Post", "Put", "Patch", "Delete", "Options"} {
		add(EgressSink{Func: "(*" + restyV2 + ".Request)." + m, URL: 1, Base: 0, Data: []int{0, 1}})
	}
	add(EgressSink{Func: "(*" + restyV2 + ".Request).Execute", URL: 2, Base: 0, Data: []int{0, 2}})
	// sentry-go: the user, tags, extras, contexts and events go to Sentry.
	for _, m := range []string{"SetUser", "SetTag", "SetTags", "SetExtra", "SetExtras", "SetContext"} {
		add(EgressSink{Func: "(*" + sentryGo + ".Scope)." + m, URL: -1, Base: -1, Host: SentryHost})
	}
	add(EgressSink{Func: sentryGo + ".CaptureEvent", URL: -1, Base: -1, Host: SentryHost})
	add(EgressSink{Func: sentryGo + ".CaptureMessage", URL: -1, Base: -1, Host: SentryHost})
	add(EgressSink{Func: "(*" + sentryGo + ".Hub).CaptureEvent", URL: -1, Base: -1, Host: SentryHost})
	add(EgressSink{Func: "(*" + sentryGo + ".Hub).CaptureMessage", URL: -1, Base: -1, Host: SentryHost})
	add(EgressSink{Func: "(*" + sentryGo + ".Client).CaptureEvent", URL: -1, Base: -1, Host: SentryHost, Data: []int{1}})
	// Segment: every message (Identify with traits, Track with
	// properties...) goes through Enqueue.
	for _, pkg := range []string{segmentV3, segmentGopkg} {
		add(EgressSink{Func: "(" + pkg + ".Client).Enqueue", URL: -1, Base: -1, Host: SegmentHost})
	}
	// Mixpanel: ApiClient, and Mixpanel as earlier versions named it.
	for _, typ := range []string{"ApiClient", "Mixpanel"} {
		for _, m := range []string{"Track", "Import", "PeopleSet", "PeopleSetOnce", "PeopleUnionProperty", "PeopleAppendListProperty"} {
			add(EgressSink{Func: "(*" + mixpanelGo + "." + typ + ")." + m, URL: -1, Base: -1, Host: MixpanelHost})
		}
	}
	// Intercom.
	for _, m := range []string{"UserService).Save", "ContactService).Create", "ContactService).Update", "EventService).Save"} {
		add(EgressSink{Func: "(*" + intercomV2 + "." + m, URL: -1, Base: -1, Host: IntercomHost})
	}
	slices.SortFunc(out, func(a, b EgressSink) int { return strings.Compare(a.Func, b.Func) })
	return out
}

// EgressSinks returns the egress sinks in force for p: the built-in ones
// (unless [rules.piiegress] builtins = false) and the manifest's, whose
// data is every argument but the receiver.
func (p *Policy) EgressSinks() []EgressSink {
	var out []EgressSink
	if p.PIIEgress.Builtins {
		out = append(out, BuiltinEgressSinks...)
	}
	for _, s := range p.PIIEgress.Sinks {
		out = append(out, EgressSink{Func: s.Func, URL: -1, Base: -1, Host: s.Host})
	}
	return out
}

// Loopback reports whether host (as url.URL.Hostname returns it) names
// this machine: localhost, *.localhost, 127.0.0.0/8 or ::1. Data sent
// there does not leave the machine.
func Loopback(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if hh, _, err := net.SplitHostPort(h); err == nil {
		h = hh
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	if ip := net.ParseIP(h); ip != nil {
		return ip.IsLoopback()
	}
	return false
}
