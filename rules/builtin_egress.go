package rules

import (
	"net"
	"path"
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
	// SDK names the entry of BuiltinSDKs whose client makes the call:
	// the destination is that SDK's default host, or the endpoint the
	// code points the client at. "" when Host or URL says it all.
	SDK string
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

// More SDKs, written with the major version their stubs have; the
// catalogue matches every major version (see Unversioned).
const (
	sendgridGo   = "github.com/sendgrid/sendgrid-go"
	sendgridRest = "github.com/sendgrid/rest"
	mailgunGo    = "github.com/mailgun/mailgun-go/v4"
	postmarkK    = "github.com/keighl/postmark"
	postmarkM    = "github.com/mrz1836/postmark"
	twilioGo     = "github.com/twilio/twilio-go"
	twilioAPI    = twilioGo + "/rest/api/v2010"
	stripeGo     = "github.com/stripe/stripe-go/v76"
	firebaseGo   = "firebase.google.com/go/v4"
	googleOpt    = "google.golang.org/api/option"
	awsV2        = "github.com/aws/aws-sdk-go-v2"
	awsV1        = "github.com/aws/aws-sdk-go"
)

// BuiltinEgressModules are the libraries whose sends BuiltinEgressSinks
// describes. The engine models them from the catalogue and does not
// analyse their code: its own HTTP calls would otherwise make every
// call of the SDK a send to "an unknown destination". A module path
// covers its packages and every major version.
var BuiltinEgressModules = []string{
	restyV2, retryable, sentryGo, segmentV3, segmentGopkg, mixpanelGo, intercomV2,
	sendgridGo, sendgridRest, "github.com/mailgun/mailgun-go", postmarkK, postmarkM, twilioGo,
	"github.com/stripe/stripe-go", "firebase.google.com/go", awsV2, awsV1,
}

// Default hosts of the SDKs.
const (
	SentryHost   = "sentry.io"
	SegmentHost  = "api.segment.io"
	MixpanelHost = "api.mixpanel.com"
	IntercomHost = "api.intercom.io"
	SendGridHost = "api.sendgrid.com"
	MailgunHost  = "api.mailgun.net"
	PostmarkHost = "api.postmarkapp.com"
	TwilioHost   = "api.twilio.com"
	StripeHost   = "api.stripe.com"
	FCMHost      = "fcm.googleapis.com"
	// AWS endpoints name the region; "*" stands for one the code does
	// not say.
	SESHost = "email.*.amazonaws.com"
	SNSHost = "sns.*.amazonaws.com"
)

// OverrideKind says what the value of a HostOverride is.
type OverrideKind int

// Override kinds.
const (
	// OverrideURL: a URL or base URL ("https://api.eu.mailgun.net/v3").
	OverrideURL OverrideKind = iota
	// OverrideRegion: an AWS region, which replaces the "*" of the
	// SDK's host.
	OverrideRegion
	// OverrideDSN: a Sentry DSN. Every service configures one, mostly
	// from the environment: one that cannot be resolved leaves the
	// default host, where an unresolved URL override makes the
	// destination unknown.
	OverrideDSN
)

// HostOverride is a way code points an SDK's client away from its
// default host: a call (a constructor, an option, a setter) whose
// argument Arg holds the value, or a store into a struct field (a
// configuration struct) of the value. Host, when set, is the host the
// call selects by itself (mixpanel.EuResidency()).
type HostOverride struct {
	Func  string // types.Func.FullName
	Field string // "pkgpath.Type.Field"
	Arg   int
	Host  string
	Kind  OverrideKind
}

// SDK is a third-party SDK with the host its clients talk to unless
// the code overrides it. An override counts where the client is made: in
// the function that calls the SDK's constructor; anywhere in the package
// for a Global SDK, whose settings are process-wide (Stripe's backend,
// Sentry's DSN), or when the client cannot be traced to its constructor.
type SDK struct {
	Name      string
	Host      string
	Global    bool
	Overrides []HostOverride
}

// awsRegion lists the overrides every AWS client shares, v1 and v2.
func awsOverrides(service string) []HostOverride {
	return []HostOverride{
		{Func: awsV2 + "/config.WithRegion", Arg: 0, Kind: OverrideRegion},
		{Field: awsV2 + "/aws.Config.Region", Kind: OverrideRegion},
		{Field: awsV2 + "/aws.Config.BaseEndpoint", Kind: OverrideURL},
		{Field: awsV2 + "/service/" + service + ".Options.Region", Kind: OverrideRegion},
		{Field: awsV2 + "/service/" + service + ".Options.BaseEndpoint", Kind: OverrideURL},
		{Field: awsV1 + "/aws.Config.Region", Kind: OverrideRegion},
		{Field: awsV1 + "/aws.Config.Endpoint", Kind: OverrideURL},
	}
}

// BuiltinSDKs are the SDKs BuiltinEgressSinks name, by Name.
var BuiltinSDKs = map[string]SDK{
	"sendgrid": {Name: "sendgrid", Host: SendGridHost},
	"mailgun": {Name: "mailgun", Host: MailgunHost, Overrides: []HostOverride{
		{Func: "(*" + mailgunGo + ".MailgunImpl).SetAPIBase", Arg: 1},
		{Func: "(" + mailgunGo + ".Mailgun).SetAPIBase", Arg: 1},
	}},
	"postmark": {Name: "postmark", Host: PostmarkHost, Overrides: []HostOverride{
		{Field: postmarkK + ".Client.BaseURL"},
	}},
	"twilio": {Name: "twilio", Host: TwilioHost},
	"stripe": {Name: "stripe", Host: StripeHost, Global: true, Overrides: []HostOverride{
		{Field: stripeGo + ".BackendConfig.URL"},
	}},
	"segment": {Name: "segment", Host: SegmentHost, Overrides: []HostOverride{
		{Field: segmentV3 + ".Config.Endpoint"},
		{Field: segmentGopkg + ".Config.Endpoint"},
	}},
	"sentry": {Name: "sentry", Host: SentryHost, Global: true, Overrides: []HostOverride{
		{Field: sentryGo + ".ClientOptions.Dsn", Kind: OverrideDSN},
	}},
	"mixpanel": {Name: "mixpanel", Host: MixpanelHost, Overrides: []HostOverride{
		{Func: mixpanelGo + ".EuResidency", Host: "api-eu.mixpanel.com"},
		{Func: mixpanelGo + ".ProxyApiLocation", Arg: 0},
	}},
	"intercom": {Name: "intercom", Host: IntercomHost, Overrides: []HostOverride{
		{Func: intercomV2 + ".BaseURI", Arg: 0},
	}},
	"fcm": {Name: "fcm", Host: FCMHost, Overrides: []HostOverride{
		{Func: googleOpt + ".WithEndpoint", Arg: 0},
	}},
	"ses": {Name: "ses", Host: SESHost, Overrides: append(awsOverrides("sesv2"), awsOverrides("ses")[3:5]...)},
	"sns": {Name: "sns", Host: SNSHost, Overrides: awsOverrides("sns")},
}

// Unversioned drops the major-version elements ("/v76") from a reference
// to a function, type or field, so that a catalogue entry written for one
// major version of a module matches the others.
func Unversioned(ref string) string {
	if !strings.Contains(ref, "/v") {
		return ref
	}
	var b strings.Builder
	for i := 0; i < len(ref); i++ {
		if ref[i] == '/' && i+2 < len(ref) && ref[i+1] == 'v' && isDigit(ref[i+2]) {
			j := i + 2
			for j < len(ref) && isDigit(ref[j]) {
				j++
			}
			if j == len(ref) || ref[j] == '/' || ref[j] == '.' {
				i = j - 1
				continue
			}
		}
		b.WriteByte(ref[i])
	}
	return b.String()
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

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
	// sdk adds a call of an SDK's client that sends its data arguments.
	sdk := func(name, fn string, data ...int) {
		add(EgressSink{Func: fn, URL: -1, Base: -1, Host: BuiltinSDKs[name].Host, SDK: name, Data: data})
	}
	// sentry-go: the user, tags, extras, contexts and events go to Sentry.
	for _, m := range []string{"SetUser", "SetTag", "SetTags", "SetExtra", "SetExtras", "SetContext"} {
		sdk("sentry", "(*"+sentryGo+".Scope)."+m)
	}
	sdk("sentry", sentryGo+".CaptureEvent")
	sdk("sentry", sentryGo+".CaptureMessage")
	sdk("sentry", "(*"+sentryGo+".Hub).CaptureEvent")
	sdk("sentry", "(*"+sentryGo+".Hub).CaptureMessage")
	sdk("sentry", "(*"+sentryGo+".Client).CaptureEvent", 1)
	// Segment: every message (Identify with traits, Track with
	// properties...) goes through Enqueue.
	for _, pkg := range []string{segmentV3, segmentGopkg} {
		sdk("segment", "("+pkg+".Client).Enqueue")
	}
	// Mixpanel: ApiClient, and Mixpanel as earlier versions named it.
	for _, typ := range []string{"ApiClient", "Mixpanel"} {
		for _, m := range []string{"Track", "Import", "PeopleSet", "PeopleSetOnce", "PeopleUnionProperty", "PeopleAppendListProperty"} {
			sdk("mixpanel", "(*"+mixpanelGo+"."+typ+")."+m)
		}
	}
	// Intercom.
	for _, m := range []string{"UserService).Save", "ContactService).Create", "ContactService).Update", "EventService).Save"} {
		sdk("intercom", "(*"+intercomV2+"."+m)
	}
	// SendGrid: the v3 client, and the low-level API whose request names
	// its host (sendgrid.GetRequest; "" is api.sendgrid.com).
	sdk("sendgrid", "(*"+sendgridGo+".Client).Send", 1)
	sdk("sendgrid", "(*"+sendgridGo+".Client).SendWithContext", 2)
	add(EgressSink{Func: sendgridGo + ".API", URL: 0, Base: -1, Data: []int{0}})
	add(EgressSink{Func: sendgridGo + ".MakeRequest", URL: 0, Base: -1, Data: []int{0}})
	add(EgressSink{Func: sendgridGo + ".MakeRequestWithContext", URL: 1, Base: -1, Data: []int{1}})
	add(EgressSink{Func: sendgridRest + ".Send", URL: 0, Base: -1, Data: []int{0}})
	add(EgressSink{Func: sendgridRest + ".SendWithContext", URL: 1, Base: -1, Data: []int{1}})
	// Mailgun, Postmark.
	sdk("mailgun", "(*"+mailgunGo+".MailgunImpl).Send", 2)
	sdk("mailgun", "("+mailgunGo+".Mailgun).Send", 2)
	sdk("postmark", "(*"+postmarkK+".Client).SendEmail", 1)
	sdk("postmark", "(*"+postmarkK+".Client).SendTemplatedEmail", 1)
	sdk("postmark", "(*"+postmarkM+".Client).SendEmail", 2)
	sdk("postmark", "(*"+postmarkM+".Client).SendTemplatedEmail", 2)
	// Twilio: messages and calls of the 2010 API (client.Api).
	sdk("twilio", "(*"+twilioAPI+".ApiService).CreateMessage", 1)
	sdk("twilio", "(*"+twilioAPI+".ApiService).CreateCall", 1)
	// Stripe customers: the package functions (the global backend) and
	// the client API's.
	sdk("stripe", stripeGo+"/customer.New", 0)
	sdk("stripe", stripeGo+"/customer.Update", 1)
	sdk("stripe", "("+stripeGo+"/customer.Client).New", 1)
	sdk("stripe", "("+stripeGo+"/customer.Client).Update", 2)
	// Firebase Cloud Messaging.
	for _, m := range []string{"Send", "SendEach", "SendEachForMulticast", "SendMulticast", "SendAll"} {
		sdk("fcm", "(*"+firebaseGo+"/messaging.Client)."+m, 2)
	}
	// AWS SES (v2 SDK: sesv2 and the classic API; v1 SDK) and SNS.
	sdk("ses", "(*"+awsV2+"/service/sesv2.Client).SendEmail", 2)
	sdk("ses", "(*"+awsV2+"/service/sesv2.Client).SendBulkEmail", 2)
	for _, m := range []string{"SendEmail", "SendRawEmail", "SendTemplatedEmail"} {
		sdk("ses", "(*"+awsV2+"/service/ses.Client)."+m, 2)
		sdk("ses", "(*"+awsV1+"/service/ses.SES)."+m, 1)
		sdk("ses", "(*"+awsV1+"/service/ses.SES)."+m+"WithContext", 2)
	}
	sdk("sns", "(*"+awsV2+"/service/sns.Client).Publish", 2)
	sdk("sns", "(*"+awsV1+"/service/sns.SNS).Publish", 1)
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

// SDKHost is the host of an SDK client pointed at value v by override o
// (a constant, already resolved by the caller): the host of a URL or
// DSN, or the SDK's host in the region v.
func SDKHost(sdk SDK, o HostOverride, v string) string {
	switch {
	case o.Host != "":
		return o.Host
	case o.Kind == OverrideRegion:
		if v == "" || strings.ContainsAny(v, "/:@") {
			return ""
		}
		return strings.Replace(sdk.Host, "*", strings.ToLower(v), 1)
	}
	return ""
}

// HostPatternAllowed reports whether the policy lets data of category go
// to host, a pattern with a "*" for a part the code does not say (the
// region of an AWS endpoint): when some allow entry names a host the
// pattern covers, or covers every host the pattern stands for.
func (p *Policy) HostPatternAllowed(category, host string) bool {
	if !strings.Contains(host, "*") {
		return p.EgressAllowed(category, host, "")
	}
	for _, a := range p.PIIEgress.Allow {
		if a.Host == "" || !slices.ContainsFunc(a.Data, func(pat string) bool { return MatchCategory(pat, category) }) {
			continue
		}
		if ok, _ := path.Match(host, strings.ToLower(a.Host)); ok {
			return true
		}
		if MatchHost(a.Host, strings.Replace(host, "*", "region", 1)) && strings.HasPrefix(a.Host, "*") {
			return true
		}
	}
	return false
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
