// Package piiegress defines an Analyzer that reports personal data sent to
// third parties that the policy does not list for it.
//
// # Analyzer piiegress
//
// piiegress: report personal data sent to unlisted third parties
//
// The piiegress rule enforces policy sentences such as "We never share
// personal information with anyone but the processors listed": a value of
// a data category the policy denies (by default every user.* category)
// must not reach an outbound HTTP request or a third-party SDK call whose
// destination is not allowed for that category.
//
// The finding is reported at the call that sends: the Do of a request
// built with http.NewRequest, the Post of a resty request, the SDK call.
// When the send sits inside a wrapper (a CRM client's Upsert method), the
// finding is at the call of the wrapper where the data is first known to
// be personal, and its flow shows the chain down to the real send.
//
// Example:
//
//	const segment = "https://api.segment.io/v1/identify"
//
//	func identify(u User) error {
//		body, _ := json.Marshal(u)                                    // u.Email is personal
//		_, err := http.Post(segment, "application/json", bytes.NewReader(body)) // finding
//		return err
//	}
//
// Personal data is followed into the URL (path, query, url.Values), the
// headers (Header.Set / Add), cookies, and the body (strings.NewReader,
// bytes.NewBuffer, url.Values.Encode, multipart fields and files,
// json.Marshal and json.NewEncoder), into SDK messages and property maps
// (params.SetTo, props.Set), and through a channel to a background sender
// or a context value a middleware set. A serialized struct carries the categories of its
// fields (by field name, tag, type or manifest field), except the fields
// encoding/json leaves out: unexported ones, those tagged json:"-", and,
// for a struct literal serialized where it is built, those the literal
// does not set.
//
// The destination is resolved from constant URLs, package variables
// initialised from constants, string building (+, fmt.Sprintf,
// url.JoinPath, path.Join), url.Parse, url.URL values (literals, copies,
// fields set one by one), requests from NewRequest or built as literals,
// and a client's base URL as its constructor, an option or the caller
// sets it. Functions say in their summaries where their requests go, so a
// request built by an API client's newRequest helper in another package
// resolves at the call: "the request goes to the receiver's BaseURL,
// api.example.com unless the caller's constructor says otherwise". A
// destination that cannot be resolved (a URL from a configuration file,
// an environment variable, a per-tenant host) is "unknown". Localhost,
// loopback addresses and test servers (httptest) are never egress.
//
// Sinks: net/http (Get, Head, Post, PostForm, the Client methods, a
// RoundTripper), github.com/hashicorp/go-retryablehttp,
// github.com/go-resty/resty/v2, and the SDKs of processors, each with its
// default host: sentry-go (the scope setters, CaptureEvent,
// CaptureMessage; sentry.io or the DSN's host), Segment analytics-go
// (api.segment.io), mixpanel-go (api.mixpanel.com), intercom-go
// (api.intercom.io), sendgrid-go (api.sendgrid.com), mailgun-go
// (api.mailgun.net), postmark (api.postmarkapp.com), twilio-go
// (api.twilio.com), stripe-go (api.stripe.com), Firebase Cloud Messaging
// (fcm.googleapis.com), AWS SES and SNS (email. and
// sns.REGION.amazonaws.com). A client pointed elsewhere where it is made
// (a base-URL option, an endpoint, a region) goes there. E-mail sent over
// SMTP is not egress for this rule: emailconsent looks after it.
//
// The fields of credential and configuration types (x/oauth2's Config,
// jwt.Config, google.Credentials, and structs whose type name ends in
// Config, Settings, Options, Credentials...) are not personal data by
// their names: a service account's client_email or the SMTP login is
// not a person's address. A manifest field or tag still marks them, and
// [data."NAME"] exclude_types excludes more types.
//
// Manifest keys ([rules.piiegress]):
//
//	enabled  = true                        # default true
//	severity = "error"                     # error | warning | info
//	clause   = "We never share personal information with anyone but the processors listed."
//	deny     = ["user.*"]                  # categories that must not leave unless allowed
//	unknown  = "report"                    # unresolved destination: "report" (default) | "allow"
//	builtins = true                        # false: only the manifest's sinks
//
//	[[rules.piiegress.allow]]              # a processor
//	host    = "api.stripe.com"             # exact host, or "*.example.com" for hosts below it
//	data    = ["user.contact.email"]       # the categories it may receive
//	purpose = "payment processing"
//
//	[[rules.piiegress.allow]]              # requests sent inside this function, any host
//	func    = "(*example.com/acme/hooks.Dispatcher).Deliver"
//	data    = ["user.*"]
//
//	[[rules.piiegress.sinks]]              # an SDK call with a fixed destination
//	func = "(*example.com/acme/crm.Client).Push"
//	host = "api.crm.example"
//
// An allow entry lets only its own categories through: a host allowed to
// receive e-mail addresses still may not receive IP addresses. A
// category's sanitizers ([data."NAME"] sanitizers) clean only that
// category: a hash declared acceptable for e-mail addresses does not make
// a hashed IP acceptable.
//
// To suppress one finding, write on its line or the line above:
//
//	//policylint:ignore piiegress reason why this is acceptable
//
// or add an [[exceptions]] entry with rule = "piiegress" to the manifest.
package piiegress
