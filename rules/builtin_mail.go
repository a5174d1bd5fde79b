package rules

import (
	"slices"
	"strings"
	"unicode"
)

// The built-in catalogue of the emailconsent rule: the functions that send
// e-mail, where their recipients are, and the name recognisers for consent
// checks and transactional mail.
//
// Entries are in types.Func.FullName notation, as in builtin_log.go. An
// argument index counts as SSA does: the receiver of a method is argument
// 0, and a variadic parameter is one argument (the slice).
// builtin_mail_test.go resolves every entry against the signature stubs in
// analyzers/emailconsent/testdata/src.

// MailSender is a function that sends e-mail.
type MailSender struct {
	Func string
	// To is the argument that holds the recipients: addresses, or a
	// message that carries them; -1 when unknown.
	To int
}

// RecipientSetter is a call that puts recipients into a message: the
// recipients in argument Arg go into the message in argument Msg, or, when
// Msg is -1, into the message the call returns. When Header is positive,
// argument Header names the header, and only To, Cc and Bcc count.
type RecipientSetter struct {
	Func   string
	Msg    int
	Arg    int
	Header int
}

// BuiltinMailSenders are the library calls that send e-mail.
var BuiltinMailSenders = []MailSender{
	// net/smtp: SendMail(addr, a, from, to, msg); a Client sends to each
	// address given to Rcpt.
	{"net/smtp.SendMail", 3},
	{"(*net/smtp.Client).Rcpt", 1},

	// gopkg.in/gomail.v2 and its maintained fork github.com/go-mail/mail
	// (imported as gopkg.in/mail.v2 since v2): the recipients are headers
	// of the *Message.
	{"(*gopkg.in/gomail.v2.Dialer).DialAndSend", 1},
	{"gopkg.in/gomail.v2.Send", 1},
	{"(*github.com/go-mail/mail.Dialer).DialAndSend", 1},
	{"github.com/go-mail/mail.Send", 1},
	{"(*gopkg.in/mail.v2.Dialer).DialAndSend", 1},
	{"gopkg.in/mail.v2.Send", 1},

	// github.com/wneessen/go-mail
	{"(*github.com/wneessen/go-mail.Client).DialAndSend", 1},
	{"(*github.com/wneessen/go-mail.Client).DialAndSendWithContext", 2},
	{"(*github.com/wneessen/go-mail.Client).Send", 1},

	// github.com/jordan-wright/email
	{"(*github.com/jordan-wright/email.Email).Send", 0},
	{"(*github.com/jordan-wright/email.Email).SendWithTLS", 0},
	{"(*github.com/jordan-wright/email.Email).SendWithStartTLS", 0},
	{"(*github.com/jordan-wright/email.Pool).Send", 1},

	// SendGrid v3
	{"(*github.com/sendgrid/sendgrid-go.Client).Send", 1},
	{"(*github.com/sendgrid/sendgrid-go.Client).SendWithContext", 2},

	// Mailgun v4
	{"(*github.com/mailgun/mailgun-go/v4.MailgunImpl).Send", 2},
	{"(github.com/mailgun/mailgun-go/v4.Mailgun).Send", 2},

	// AWS SES, SDK v1 (the client and its interface for mocks)
	{"(*github.com/aws/aws-sdk-go/service/ses.SES).SendEmail", 1},
	{"(*github.com/aws/aws-sdk-go/service/ses.SES).SendEmailWithContext", 2},
	{"(*github.com/aws/aws-sdk-go/service/ses.SES).SendRawEmail", 1},
	{"(*github.com/aws/aws-sdk-go/service/ses.SES).SendRawEmailWithContext", 2},
	{"(*github.com/aws/aws-sdk-go/service/ses.SES).SendTemplatedEmail", 1},
	{"(*github.com/aws/aws-sdk-go/service/ses.SES).SendTemplatedEmailWithContext", 2},
	{"(github.com/aws/aws-sdk-go/service/ses/sesiface.SESAPI).SendEmail", 1},
	{"(github.com/aws/aws-sdk-go/service/ses/sesiface.SESAPI).SendEmailWithContext", 2},
	{"(github.com/aws/aws-sdk-go/service/ses/sesiface.SESAPI).SendRawEmail", 1},
	{"(github.com/aws/aws-sdk-go/service/ses/sesiface.SESAPI).SendRawEmailWithContext", 2},

	// AWS SES, SDK v2: sesv2 and the classic ses API.
	{"(*github.com/aws/aws-sdk-go-v2/service/sesv2.Client).SendEmail", 2},
	{"(*github.com/aws/aws-sdk-go-v2/service/sesv2.Client).SendBulkEmail", 2},
	{"(*github.com/aws/aws-sdk-go-v2/service/ses.Client).SendEmail", 2},
	{"(*github.com/aws/aws-sdk-go-v2/service/ses.Client).SendRawEmail", 2},
	{"(*github.com/aws/aws-sdk-go-v2/service/ses.Client).SendTemplatedEmail", 2},

	// Postmark: mrz1836/postmark takes a context, keighl/postmark does not.
	{"(*github.com/mrz1836/postmark.Client).SendEmail", 2},
	{"(*github.com/mrz1836/postmark.Client).SendTemplatedEmail", 2},
	{"(*github.com/keighl/postmark.Client).SendEmail", 1},
	{"(*github.com/keighl/postmark.Client).SendTemplatedEmail", 1},
}

// BuiltinRecipientSetters are the calls that put recipients into a
// message that a sender above takes.
var BuiltinRecipientSetters = []RecipientSetter{
	// gomail and go-mail/mail: m.SetHeader("To", addrs...),
	// m.SetAddressHeader("To", addr, name).
	{"(*gopkg.in/gomail.v2.Message).SetHeader", 0, 2, 1},
	{"(*gopkg.in/gomail.v2.Message).SetAddressHeader", 0, 2, 1},
	{"(*gopkg.in/gomail.v2.Message).SetHeaders", 0, 1, 0},
	{"(*github.com/go-mail/mail.Message).SetHeader", 0, 2, 1},
	{"(*github.com/go-mail/mail.Message).SetAddressHeader", 0, 2, 1},
	{"(*github.com/go-mail/mail.Message).SetHeaders", 0, 1, 0},
	{"(*gopkg.in/mail.v2.Message).SetHeader", 0, 2, 1},
	{"(*gopkg.in/mail.v2.Message).SetAddressHeader", 0, 2, 1},
	{"(*gopkg.in/mail.v2.Message).SetHeaders", 0, 1, 0},

	// wneessen/go-mail
	{"(*github.com/wneessen/go-mail.Msg).To", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).AddTo", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).AddToFormat", 0, 2, 0},
	{"(*github.com/wneessen/go-mail.Msg).ToIgnoreInvalid", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).ToFromString", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).Cc", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).AddCc", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).Bcc", 0, 1, 0},
	{"(*github.com/wneessen/go-mail.Msg).AddBcc", 0, 1, 0},

	// Mailgun v4: the package function and the deprecated method.
	{"github.com/mailgun/mailgun-go/v4.NewMessage", -1, 3, 0},
	{"(*github.com/mailgun/mailgun-go/v4.MailgunImpl).NewMessage", -1, 4, 0},
	{"(*github.com/mailgun/mailgun-go/v4.Message).AddRecipient", 0, 1, 0},
	{"(*github.com/mailgun/mailgun-go/v4.Message).AddRecipientAndVariables", 0, 1, 0},
	{"(*github.com/mailgun/mailgun-go/v4.Message).AddCC", 0, 1, 0},
	{"(*github.com/mailgun/mailgun-go/v4.Message).AddBCC", 0, 1, 0},

	// SendGrid helpers/mail
	{"github.com/sendgrid/sendgrid-go/helpers/mail.NewSingleEmail", -1, 2, 0},
	{"github.com/sendgrid/sendgrid-go/helpers/mail.NewSingleEmailPlainText", -1, 2, 0},
	{"github.com/sendgrid/sendgrid-go/helpers/mail.NewV3MailInit", -1, 2, 0},
	{"github.com/sendgrid/sendgrid-go/helpers/mail.NewEmail", -1, 1, 0},
	{"(*github.com/sendgrid/sendgrid-go/helpers/mail.Personalization).AddTos", 0, 1, 0},
	{"(*github.com/sendgrid/sendgrid-go/helpers/mail.Personalization).AddCCs", 0, 1, 0},
	{"(*github.com/sendgrid/sendgrid-go/helpers/mail.Personalization).AddBCCs", 0, 1, 0},
	{"(*github.com/sendgrid/sendgrid-go/helpers/mail.SGMailV3).AddPersonalizations", 0, 1, 0},

	// AWS helpers that only take the address's pointer.
	{"github.com/aws/aws-sdk-go/aws.String", -1, 0, 0},
	{"github.com/aws/aws-sdk-go/aws.StringSlice", -1, 0, 0},
	{"github.com/aws/aws-sdk-go-v2/aws.String", -1, 0, 0},
}

// BuiltinRecipientFields are the struct fields of messages that hold
// recipients ("pkgpath.Type.Field").
var BuiltinRecipientFields = []string{
	"github.com/jordan-wright/email.Email.To",
	"github.com/jordan-wright/email.Email.Cc",
	"github.com/jordan-wright/email.Email.Bcc",
	"github.com/sendgrid/sendgrid-go/helpers/mail.Personalization.To",
	"github.com/sendgrid/sendgrid-go/helpers/mail.Personalization.CC",
	"github.com/sendgrid/sendgrid-go/helpers/mail.Personalization.BCC",
	"github.com/aws/aws-sdk-go/service/ses.Destination.ToAddresses",
	"github.com/aws/aws-sdk-go/service/ses.Destination.CcAddresses",
	"github.com/aws/aws-sdk-go/service/ses.Destination.BccAddresses",
	"github.com/aws/aws-sdk-go/service/ses.SendRawEmailInput.Destinations",
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types.Destination.ToAddresses",
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types.Destination.CcAddresses",
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types.Destination.BccAddresses",
	"github.com/aws/aws-sdk-go-v2/service/ses/types.Destination.ToAddresses",
	"github.com/aws/aws-sdk-go-v2/service/ses/types.Destination.CcAddresses",
	"github.com/aws/aws-sdk-go-v2/service/ses/types.Destination.BccAddresses",
	"github.com/aws/aws-sdk-go-v2/service/ses.SendRawEmailInput.Destinations",
	"github.com/mrz1836/postmark.Email.To",
	"github.com/mrz1836/postmark.Email.Cc",
	"github.com/mrz1836/postmark.Email.Bcc",
	"github.com/mrz1836/postmark.TemplatedEmail.To",
	"github.com/mrz1836/postmark.TemplatedEmail.Cc",
	"github.com/mrz1836/postmark.TemplatedEmail.Bcc",
	"github.com/keighl/postmark.Email.To",
	"github.com/keighl/postmark.Email.Cc",
	"github.com/keighl/postmark.Email.Bcc",
	"github.com/keighl/postmark.TemplatedEmail.To",
	"github.com/keighl/postmark.TemplatedEmail.Cc",
	"github.com/keighl/postmark.TemplatedEmail.Bcc",
}

// MailLibraries are the module paths of the libraries above. Their own
// code is not checked: it is the sender, not the service that decides to
// send.
var MailLibraries = []string{
	"gopkg.in/gomail.v2",
	"github.com/go-mail/mail",
	"gopkg.in/mail.v2",
	"github.com/wneessen/go-mail",
	"github.com/jordan-wright/email",
	"github.com/sendgrid/sendgrid-go",
	"github.com/sendgrid/rest",
	"github.com/mailgun/mailgun-go",
	"github.com/aws/aws-sdk-go",
	"github.com/aws/aws-sdk-go-v2",
	"github.com/mrz1836/postmark",
	"github.com/keighl/postmark",
}

// IsMailLibrary reports whether pkgPath belongs to one of MailLibraries.
func IsMailLibrary(pkgPath string) bool { return InModules(pkgPath, MailLibraries) }

// InModules reports whether pkgPath is one of modules (module or package
// paths) or a package below one.
func InModules(pkgPath string, modules []string) bool {
	for _, m := range modules {
		if rest, ok := strings.CutPrefix(pkgPath, m); ok && (rest == "" || rest[0] == '/') {
			return true
		}
	}
	return false
}

// Polarity says what a consent check's true answer means.
type Polarity int

// Polarities.
const (
	// Allows: true means the person may be e-mailed (opted in, subscribed).
	Allows Polarity = 1
	// Denies: true means the person must not be e-mailed (unsubscribed,
	// opted out).
	Denies Polarity = -1
)

// Flip returns the opposite polarity.
func (p Polarity) Flip() Polarity { return -p }

func (p Polarity) String() string {
	switch p {
	case Allows:
		return "true allows"
	case Denies:
		return "true denies"
	}
	return "not a consent check"
}

// MailSenders returns the senders in force: the manifest's (recipient
// argument unknown) and, unless builtins = false, the built-in ones.
func (p *Policy) MailSenders() []MailSender {
	var out []MailSender
	for _, s := range p.EmailConsent.Senders {
		out = append(out, MailSender{Func: s, To: -1})
	}
	if p.EmailConsent.Builtins {
		for _, s := range BuiltinMailSenders {
			if !slices.ContainsFunc(out, func(m MailSender) bool { return m.Func == s.Func }) {
				out = append(out, s)
			}
		}
	}
	return out
}

// ConsentName reports whether an identifier (a field, method or function
// name, optionally preceded by the name of its type) reads as a consent
// check when builtins are on, and with which polarity.
func (p *Policy) ConsentName(names ...string) (Polarity, bool) {
	if !p.EmailConsent.Builtins {
		return 0, false
	}
	return ConsentName(names...)
}

// TransactionalName reports whether an identifier names transactional
// mail (a password reset, a receipt) when builtins are on.
func (p *Policy) TransactionalName(name string) bool {
	return p.EmailConsent.Builtins && TransactionalName(name)
}

// ConsentPolarity returns the polarity of a manifest consent entry, read
// from its name: a name that says the person opted out or must not be
// mailed (unsubscribed, opted out, do not e-mail, blocked, suppressed,
// bounced) denies when true; any other allows when true.
func ConsentPolarity(ref string) Polarity {
	name := ref
	if i := strings.LastIndexByte(ref, '.'); i >= 0 {
		name = ref[i+1:]
	}
	if pol, ok := ConsentName(name); ok {
		return pol
	}
	ws := Words(name)
	if slices.ContainsFunc(ws, func(w string) bool {
		return negations[w] || offWords[w] || withdrawn[w] || stopWords[w]
	}) {
		return Denies
	}
	return Allows
}

// stopWords mark a manifest consent entry whose true value stops mail.
var stopWords = set("blocked", "blocklisted", "blacklisted", "suppressed", "bounced", "excluded", "banned")

// Words splits an identifier into lower-case words: "HasOptedOut" ->
// has opted out, "email_opt_in" -> email opt in, "URLPath" -> url path.
func Words(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(i int) {
		if start >= 0 && i > start {
			words = append(words, strings.ToLower(string(rs[start:i])))
		}
		start = -1
	}
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
		case start < 0:
			start = i
		case unicode.IsUpper(r):
			prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || (unicode.IsUpper(rs[i-1]) && nextLower) {
				flush(i)
				start = i
			}
		}
	}
	flush(len(rs))
	return words
}

// Word sets of the consent recogniser.
var (
	optOutWords = set("unsubscribed", "unsubscribe", "unsubscribes", "optedout", "optout", "optouts",
		"suppressed", "donotemail", "donotmail", "donotcontact", "dnc")
	optInWords   = set("subscribed", "optedin", "optin", "consent", "consents", "consented")
	mailWords    = set("email", "emails", "mail", "mails", "mailing", "marketing", "newsletter", "newsletters", "notification", "notifications", "promo", "promos", "promotional", "promotions", "digest")
	prefWords    = set("pref", "prefs", "preference", "preferences", "enabled", "allowed", "wanted", "opted", "subscription")
	offWords     = set("disabled", "muted", "blocked", "off", "paused")
	allowVerbs   = set("allow", "allows", "can", "may", "wants", "want", "accepts", "accept", "receive", "receives")
	withdrawn    = set("revoked", "withdrawn", "withdrew", "denied", "declined", "rejected", "refused")
	negations    = set("not", "no", "non", "never", "without", "missing", "lacks")
	transWords   = set("receipt", "receipts", "invoice", "invoices", "verification", "verify", "verifying", "confirmation", "confirm", "confirming", "activation", "otp")
	transPairs   = [][2]string{{"password", "reset"}, {"reset", "password"}, {"forgot", "password"}, {"security", "alert"}, {"security", "notice"}, {"security", "notification"}, {"login", "link"}, {"magic", "link"}, {"signin", "link"}, {"login", "code"}, {"one", "time"}, {"two", "factor"}}
	transCompact = set("passwordreset", "resetpassword", "forgotpassword", "magiclink", "loginlink", "signinlink", "2fa", "mfa")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// ConsentName is the built-in consent recogniser, whatever the policy.
// names are read as one phrase: ("Prefs", "Marketing") is "prefs
// marketing".
func ConsentName(names ...string) (Polarity, bool) {
	var ws []string
	for _, n := range names {
		ws = append(ws, Words(n)...)
	}
	if len(ws) == 0 {
		return 0, false
	}
	joined := strings.Join(ws, "")
	has := func(m map[string]bool) bool { return slices.ContainsFunc(ws, func(w string) bool { return m[w] }) }
	pair := func(a, b string) bool {
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == a && ws[i+1] == b {
				return true
			}
		}
		return false
	}
	negated := has(negations)
	switch {
	case has(optOutWords) || pair("opted", "out") || pair("opt", "out") || strings.Contains(joined, "donotemail") || strings.Contains(joined, "donotmail") || strings.Contains(joined, "donotcontact"):
		return Denies, true
	case has(optInWords) || pair("opted", "in") || pair("opt", "in"):
		if negated || has(withdrawn) {
			return Denies, true
		}
		return Allows, true
	case has(mailWords) && has(offWords):
		return Denies, true
	case has(mailWords) && (has(prefWords) || has(allowVerbs)):
		if negated {
			return Denies, true
		}
		return Allows, true
	}
	return 0, false
}

// TransactionalName is the built-in recogniser of transactional mail:
// password resets, verification and confirmation, receipts and invoices,
// security alerts, login and magic links.
func TransactionalName(name string) bool {
	ws := Words(name)
	if slices.ContainsFunc(ws, func(w string) bool { return transWords[w] || transCompact[w] }) {
		return true
	}
	for _, p := range transPairs {
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == p[0] && ws[i+1] == p[1] {
				return true
			}
		}
	}
	joined := strings.Join(ws, "")
	for w := range transCompact {
		if strings.Contains(joined, w) {
			return true
		}
	}
	return false
}

// BuiltinRecipientPassThrough are functions whose results carry the
// recipients in their arguments: formatting a "Name <address>" line,
// normalising an address.
var BuiltinRecipientPassThrough = []string{
	"fmt.Sprintf",
	"fmt.Sprint",
	"strings.ToLower",
	"strings.TrimSpace",
	"strings.Trim",
	"strings.Join",
	"strings.Split",
	"strings.Fields",
	"(*net/mail.Address).String",
	"net/mail.ParseAddress",
	"net/mail.ParseAddressList",
}
