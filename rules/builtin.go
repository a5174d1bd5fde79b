package rules

import (
	"maps"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
)

// Names of the default data categories, which every policy has.
const (
	IPAddress   = "user.device.ip_address"
	Email       = "user.contact.email"
	PersonName  = "user.name"
	Phone       = "user.contact.phone"
	DateOfBirth = "user.demographic.date_of_birth"
	Location    = "user.location"
)

// builtinCategories are the recognisers built into policylint for the
// default categories. A manifest adds to them; builtins = false in a
// category's table turns them off. default.toml documents each entry:
// keep the two in step (TestDefaultTOMLDocumentsBuiltins checks).
//
// Name patterns are anchored and err on the side of precision: a name
// recogniser fires on every variable, parameter and field in the code, so
// a loose one floods users with findings about things that are not
// personal data at all.
var builtinCategories = map[string]Category{
	IPAddress: {
		Description: "a visitor's IP address",
		// Only the address types: net.TCPAddr and friends also hold the
		// server's own listen address, logged at every start-up.
		Types:  []string{"net.IP", "net/netip.Addr"},
		Fields: []string{"net/http.Request.RemoteAddr"},
		Funcs: []string{
			"(net.Conn).RemoteAddr",
			// *net.TCPConn, *net.UDPConn, ... promote this method, and
			// go/types names it by the embedded type.
			"(*net.conn).RemoteAddr",
			"(*github.com/gin-gonic/gin.Context).ClientIP",
			"(*github.com/gin-gonic/gin.Context).RemoteIP",
			"(github.com/labstack/echo/v4.Context).RealIP",
			"(*github.com/labstack/echo/v5.Context).RealIP", // v5 made Context a struct
			"(*github.com/gofiber/fiber/v2.Ctx).IP",
			"(*github.com/gofiber/fiber/v2.Ctx).IPs",
			// Fiber v3 handlers take the Ctx interface; DefaultCtx and
			// the Req interface (c.Req()) carry the same getters.
			"(github.com/gofiber/fiber/v3.Ctx).IP",
			"(github.com/gofiber/fiber/v3.Ctx).IPs",
			"(*github.com/gofiber/fiber/v3.DefaultCtx).IP",
			"(*github.com/gofiber/fiber/v3.DefaultCtx).IPs",
			"(github.com/gofiber/fiber/v3.Req).IP",
			"(github.com/gofiber/fiber/v3.Req).IPs",
			"(*github.com/gofiber/fiber/v3.DefaultReq).IP",
			"(*github.com/gofiber/fiber/v3.DefaultReq).IPs",
			"(*github.com/valyala/fasthttp.RequestCtx).RemoteAddr",
			"github.com/tomasen/realip.FromRequest",
			"github.com/tomasen/realip.RealIP",
			// chi has no getter: its middleware.RealIP (like gorilla's
			// handlers.ProxyHeaders) rewrites Request.RemoteAddr, which
			// the field above covers.
		},
		Headers: []string{
			"X-Forwarded-For", "X-Real-IP", "CF-Connecting-IP", "True-Client-IP",
			"Forwarded", "X-Client-IP", "Fastly-Client-IP",
		},
		Names: []string{
			`(?i)^ip(s|_?addr(ess)?(es)?)?$`,
			`(?i)^(client|remote|real|user|visitor|peer|caller|requester|customer|source|src)_?ip(s|_?addr(ess)?(es)?)?$`,
			`(?i)^remote_?addr(ess)?$`,
			`(?i)^(x_?)?forwarded_?for$`,
			`(?i)^xff$`,
		},
		Tags: []string{`pii:"ip"`},
		// Masking keeps the network and drops the host part. Hashing is
		// deliberately absent: 2^32 guesses reverse an IPv4 hash.
		Sanitizers: []string{
			"(net.IP).Mask",
			"(net/netip.Addr).Prefix",
			"(net/netip.Prefix).Masked",
		},
	},
	Email: {
		Description: "a person's e-mail address",
		Fields:      []string{"*.Email", "*.EmailAddress"},
		Names: []string{
			// Only prefixes that name the data subject: supportEmail or
			// fromEmail are the service's own addresses.
			`(?i)^(user|customer|contact|recipient|subscriber|member|account|billing)?_?e_?mail(s|_?addr(ess)?(es)?)?$`,
		},
		Tags: []string{`pii:"email"`},
	},
	PersonName: {
		Description: "a person's first, last or full name",
		// Never a bare name: Name is on every second struct (files,
		// products, hosts). Nor displayName or userName: they name plans,
		// resources and database accounts as often as people.
		Names: []string{
			`(?i)^(user|customer|contact|recipient|billing|shipping)?_?(first|last|full|given|family|middle|maiden|legal|sur|fore)_?name$`,
			`(?i)^(customer|contact|recipient|card_?holder|account_?holder|patient)_?name$`,
		},
		Tags: []string{`pii:"name"`},
	},
	Phone: {
		Description: "a person's phone number",
		// Not a bare mobile: it is as often a bool from user-agent
		// sniffing as a number.
		Names: []string{
			`(?i)^(user|customer|contact|recipient|home|work|mobile|cell)?_?phone(_?(number|no|num|nr))?s?$`,
			`(?i)^(mobile|cell)_?(number|no|num|nr)s?$`,
			`(?i)^tel(ephone)?(_?(number|no|num|nr))?$`,
			`(?i)^msisdns?$`,
		},
		Tags: []string{`pii:"phone"`},
	},
	DateOfBirth: {
		Description: "a person's date of birth",
		Names: []string{
			`(?i)^(user|customer)?_?(date_?of_?birth|birth_?date|birth_?day|dob)$`,
		},
		Tags: []string{`pii:"dob"`},
	},
	Location: {
		Description: "a person's geographic position",
		// Coordinates only. A bare location or loc is as often a
		// *time.Location, a redirect URL or a storage path; a bare
		// position or coords is a cursor or a chart point.
		Names: []string{
			`(?i)^(lat|lng|lon|latitude|longitude|lat_?lng|lat_?lon)$`,
			`(?i)^geo_?(location|loc|coords|coordinates|point|position)$`,
			`(?i)^(user|device|customer|home|last_?known)_?(geo_?)?(location|coords|coordinates)$`,
			`(?i)^gps_?(location|coords|coordinates|position)?$`,
		},
		Tags: []string{`pii:"location"`},
	},
}

// BuiltinCategories returns the names of the default data categories,
// sorted.
func BuiltinCategories() []string {
	return slices.Sorted(maps.Keys(builtinCategories))
}

// BuiltinCategory returns the built-in recognisers of a default category,
// or nil for any other name. The result is a copy the caller may change.
func BuiltinCategory(name string) *Category {
	c, ok := builtinCategories[name]
	if !ok {
		return nil
	}
	return &Category{
		Name:        name,
		Description: c.Description,
		Types:       slices.Clone(c.Types),
		Fields:      slices.Clone(c.Fields),
		Funcs:       slices.Clone(c.Funcs),
		Headers:     canonicalHeaders(c.Headers),
		Names:       slices.Clone(c.Names),
		Tags:        slices.Clone(c.Tags),
		Sanitizers:  slices.Clone(c.Sanitizers),
		Builtins:    true,
	}
}

// Recognisers returns what marks a value as personal data of category cat:
// the manifest's lists followed by the built-in ones, unless the manifest
// turned those off with builtins = false. It returns nil for a category
// the policy does not define. The engine should use this rather than
// p.Data, which holds only the manifest's own lists.
func (p *Policy) Recognisers(cat string) *Category {
	c, ok := p.Data[cat]
	b := BuiltinCategory(cat)
	switch {
	case !ok && b == nil:
		return nil
	case !ok:
		return b
	}
	r := &Category{
		Name:        cat,
		Description: c.Description,
		Types:       slices.Clone(c.Types),
		Fields:      slices.Clone(c.Fields),
		Funcs:       slices.Clone(c.Funcs),
		Headers:     slices.Clone(c.Headers),
		Names:       slices.Clone(c.Names),
		Tags:        slices.Clone(c.Tags),
		Sanitizers:  slices.Clone(c.Sanitizers),
		Builtins:    c.Builtins,

		ExcludeTypes: slices.Clone(c.ExcludeTypes),
	}
	if b == nil || !c.Builtins {
		return r
	}
	if r.Description == "" {
		r.Description = b.Description
	}
	r.Types = appendNew(r.Types, b.Types)
	r.Fields = appendNew(r.Fields, b.Fields)
	r.Funcs = appendNew(r.Funcs, b.Funcs)
	r.Headers = appendNew(r.Headers, b.Headers)
	r.Names = appendNew(r.Names, b.Names)
	r.Tags = appendNew(r.Tags, b.Tags)
	r.Sanitizers = appendNew(r.Sanitizers, b.Sanitizers)
	return r
}

// canonicalHeaders returns hs as http.Header keys them, which is how the
// loader stores the manifest's headers too.
func canonicalHeaders(hs []string) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = textproto.CanonicalMIMEHeaderKey(h)
	}
	return out
}

// appendNew appends the elements of more that dst lacks.
func appendNew(dst, more []string) []string {
	for _, s := range more {
		if !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

// BuiltinExcludedTypes are the credential and configuration types of the
// libraries services use to authenticate as themselves: a service
// account's client_email (x/oauth2/jwt.Config.Email, read from Google
// credentials), an OAuth client's settings. Their fields are not personal
// data, whatever their names: the wildcard recognisers of every category
// skip them unless the category's table says builtins = false. policylint
// init documents them.
var BuiltinExcludedTypes = []string{
	"golang.org/x/oauth2.Config",
	"golang.org/x/oauth2/jwt.Config",
	"golang.org/x/oauth2/google.Credentials",
	"golang.org/x/oauth2/google.CredentialsParams",
	"golang.org/x/oauth2/clientcredentials.Config",
	"net/smtp.ServerInfo",
}

// BuiltinCredentialFuncs build credentials from their arguments: an SMTP
// login (the username is the service's mail account, not a customer's
// address) or a service account's token source. Their results carry no
// personal data of any category.
var BuiltinCredentialFuncs = []string{
	"net/smtp.PlainAuth",
	"net/smtp.CRAMMD5Auth",
	"golang.org/x/oauth2/google.JWTConfigFromJSON",
	"golang.org/x/oauth2/google.CredentialsFromJSON",
}

// ConfigTypeName matches the names of struct types that hold a service's
// configuration rather than a person's data: the last word of the name is
// config, configuration, conf, cfg, credential(s), creds, settings,
// options or opts (Config, SMTPSettings, NotifierOptions, mailerConf).
// Their fields are excluded like BuiltinExcludedTypes; a manifest that
// names such a field in `fields` (exactly, not "*.Field") or tags it
// still marks it.
var ConfigTypeName = regexp.MustCompile(`(?:(?:^|_)(?i:` + configWords + `)|(?:Config|Configuration|Conf|Cfg|Credentials?|Creds|Settings|Options|Opts))$`)

const configWords = `config|configuration|conf|cfg|credentials?|creds|settings|options|opts`

// ExcludedType reports whether the fields of struct type typeID
// ("pkgpath.Name", "" for an unnamed struct) escape the wildcard
// recognisers of a category whose manifest table lists excludeTypes and
// whose built-ins are on or off. An entry "pkgpath.*" covers every type
// of a package.
func ExcludedType(typeID string, excludeTypes []string, builtins bool) bool {
	if typeID == "" {
		return false
	}
	i := strings.LastIndexByte(typeID, '.')
	if i < 0 {
		return false
	}
	pkg, name := typeID[:i], typeID[i+1:]
	for _, t := range excludeTypes {
		if t == typeID || t == pkg+".*" {
			return true
		}
	}
	if !builtins {
		return false
	}
	return slices.Contains(BuiltinExcludedTypes, typeID) || ConfigTypeName.MatchString(name)
}
