package rules

import (
	"go/importer"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestDefaultPolicy(t *testing.T) {
	p := Default()
	if p.Path != "default" || p.Version != 1 || p.Name == "" || p.Hash == "" {
		t.Errorf("Path, Version, Name, Hash = %q, %d, %q, %q", p.Path, p.Version, p.Name, p.Hash)
	}
	for _, rule := range RuleNames {
		if !p.RuleEnabled(rule) || p.Severity(rule) != "error" {
			t.Errorf("%s: enabled %v, severity %q; want on, error", rule, p.RuleEnabled(rule), p.Severity(rule))
		}
	}
	for rule, want := range map[string]string{
		PIILog:       "We do not use IP addresses to identify visitors.",
		EmailConsent: "You can turn our e-mails off at any time.",
		PIIEgress:    "We never share personal information with anyone but the processors listed.",
	} {
		if got := p.Clause(rule); got != want {
			t.Errorf("Clause(%s) = %q, want %q", rule, got, want)
		}
	}
	if got := p.Denied(PIILog); !slices.Equal(got, []string{IPAddress}) {
		t.Errorf("piilog denies %q, want only the IP address", got)
	}
	if got := p.Denied(PIIEgress); !slices.Equal(got, BuiltinCategories()) {
		t.Errorf("piiegress denies %q, want every default category", got)
	}
	if len(p.PIIEgress.Allow) != 0 || p.PIIEgress.Unknown != "report" {
		t.Errorf("piiegress allows %v, unknown %q; want nothing, report", p.PIIEgress.Allow, p.PIIEgress.Unknown)
	}
	if len(p.Exceptions) != 0 {
		t.Errorf("exceptions = %v, want none", p.Exceptions)
	}
	if !slices.Equal(p.Categories(), BuiltinCategories()) {
		t.Errorf("categories = %q, want %q", p.Categories(), BuiltinCategories())
	}
	for _, name := range BuiltinCategories() {
		if got, want := p.Data[name].Description, BuiltinCategory(name).Description; got != want {
			t.Errorf("%s: default.toml describes it as %q, builtin.go as %q", name, got, want)
		}
	}
	if Default() != p {
		t.Error("Default() parses the manifest again")
	}
}

// TestDefaultTOMLDocumentsBuiltins keeps the comments that `policylint
// init` prints in step with the recognisers in builtin.go.
func TestDefaultTOMLDocumentsBuiltins(t *testing.T) {
	doc := string(DefaultTOML)
	for name, c := range builtinCategories {
		for _, list := range [][]string{c.Types, c.Fields, c.Funcs, c.Headers, c.Names, c.Tags, c.Sanitizers} {
			for _, s := range list {
				if !strings.Contains(doc, s) {
					t.Errorf("default.toml does not document %s recogniser %s", name, s)
				}
			}
		}
	}
}

// TestDefaultTOMLExamplesAreValid uncomments each commented-out example
// table of default.toml, so that a user who does the same gets a valid
// manifest.
func TestDefaultTOMLExamplesAreValid(t *testing.T) {
	lines := strings.Split(string(DefaultTOML), "\n")
	examples := 0
	for i, line := range lines {
		if !strings.HasPrefix(line, "# [[") {
			continue
		}
		block := []string{strings.TrimPrefix(line, "# ")}
		for _, l := range lines[i+1:] {
			if !strings.HasPrefix(l, "# ") || !strings.Contains(l, "=") {
				break
			}
			block = append(block, strings.TrimPrefix(l, "# "))
		}
		src := string(DefaultTOML) + "\n" + strings.Join(block, "\n") + "\n"
		if _, err := Parse("default+example", []byte(src)); err != nil {
			t.Errorf("example at default.toml:%d: %v", i+1, err)
		}
		examples++
	}
	if examples < 4 {
		t.Errorf("found %d example tables, want the allow, sink and exception examples", examples)
	}
	// The commented key lines of the category and rule tables.
	src := regexp.MustCompile(`(?m)^# ((?:fields|sanitizers|sinks|consent|consented|transactional|senders) +=)`).ReplaceAllString(string(DefaultTOML), "$1")
	if src == string(DefaultTOML) {
		t.Fatal("no commented key lines found")
	}
	if _, err := Parse("default+keys", []byte(src)); err != nil {
		t.Errorf("commented keys: %v", err)
	}
}

func TestBuiltinCategory(t *testing.T) {
	if BuiltinCategory("user.financial.iban") != nil {
		t.Error("BuiltinCategory of a non-default category is not nil")
	}
	ip := BuiltinCategory(IPAddress)
	if !slices.Contains(ip.Headers, "X-Real-Ip") || !slices.Contains(ip.Headers, "Cf-Connecting-Ip") {
		t.Errorf("headers %q are not canonical", ip.Headers)
	}
	ip.Funcs[0] = "changed"
	if BuiltinCategory(IPAddress).Funcs[0] == "changed" {
		t.Error("BuiltinCategory returns the table itself")
	}
	for name, c := range builtinCategories {
		for _, s := range c.Types {
			if !checkTypeRef(s) {
				t.Errorf("%s: malformed type %q", name, s)
			}
		}
		for _, s := range c.Fields {
			if !checkFieldRef(s) {
				t.Errorf("%s: malformed field %q", name, s)
			}
		}
		for _, s := range slices.Concat(c.Funcs, c.Sanitizers) {
			if !checkFuncRef(s) {
				t.Errorf("%s: malformed function %q", name, s)
			}
		}
		for _, s := range c.Names {
			if _, err := regexp.Compile(s); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}

// TestBuiltinStdlibReferencesResolve checks that the built-in references
// into the standard library name real objects in the notation go/types
// prints; a misspelt one would silently never match. (The third-party
// ones were checked against the libraries' sources by hand.)
func TestBuiltinStdlibReferencesResolve(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks net/http from source")
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	lookup := func(ref string) (pkg *types.Package, name string) {
		i := strings.LastIndexByte(ref, '.')
		path := ref[:i]
		if strings.Contains(strings.SplitN(path, "/", 2)[0], ".") {
			return nil, "" // not the standard library
		}
		pkg, err := imp.Import(path)
		if err != nil {
			t.Fatalf("%s: %v", ref, err)
		}
		return pkg, ref[i+1:]
	}
	for name, c := range builtinCategories {
		for _, ref := range c.Types {
			if pkg, n := lookup(ref); pkg != nil {
				if _, ok := pkg.Scope().Lookup(n).(*types.TypeName); !ok {
					t.Errorf("%s: no type %s", name, ref)
				}
			}
		}
		for _, ref := range c.Fields {
			if strings.HasPrefix(ref, "*.") {
				continue
			}
			i := strings.LastIndexByte(ref, '.')
			if pkg, n := lookup(ref[:i]); pkg != nil {
				obj, _, _ := types.LookupFieldOrMethod(pkg.Scope().Lookup(n).Type(), false, pkg, ref[i+1:])
				if v, ok := obj.(*types.Var); !ok || !v.IsField() {
					t.Errorf("%s: no field %s", name, ref)
				}
			}
		}
		for _, ref := range slices.Concat(c.Funcs, c.Sanitizers) {
			recv, method, isMethod := strings.Cut(strings.TrimPrefix(ref, "("), ").")
			if !isMethod {
				if pkg, n := lookup(ref); pkg != nil {
					if f, ok := pkg.Scope().Lookup(n).(*types.Func); !ok || f.FullName() != ref {
						t.Errorf("%s: no function %s", name, ref)
					}
				}
				continue
			}
			pkg, n := lookup(strings.TrimPrefix(recv, "*"))
			if pkg == nil {
				continue
			}
			tn, ok := pkg.Scope().Lookup(n).(*types.TypeName)
			if !ok {
				t.Errorf("%s: no type %s", name, recv)
				continue
			}
			T := tn.Type()
			if strings.HasPrefix(recv, "*") {
				T = types.NewPointer(T)
			}
			obj, _, _ := types.LookupFieldOrMethod(T, false, pkg, method)
			if f, ok := obj.(*types.Func); !ok || f.FullName() != ref {
				t.Errorf("%s: go/types does not print any method as %s (found %v)", name, ref, obj)
			}
		}
	}
	// The reason (*net.conn).RemoteAddr is listed: it is what a call on a
	// *net.TCPConn resolves to.
	net, _ := imp.Import("net")
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(net.Scope().Lookup("TCPConn").Type()), false, net, "RemoteAddr")
	if got := obj.(*types.Func).FullName(); got != "(*net.conn).RemoteAddr" {
		t.Errorf("(*net.TCPConn).RemoteAddr is printed %s", got)
	}
}

func TestBuiltinNamePatterns(t *testing.T) {
	tests := []struct {
		cat      string
		match    []string
		nonMatch []string
	}{
		{
			IPAddress,
			[]string{"ip", "IP", "Ip", "ips", "clientIP", "client_ip", "ClientIP", "remoteAddr", "remote_addr", "remoteIP", "realIP", "ipAddress", "ip_address", "ipAddr", "userIP", "visitorIP", "clientIPs", "clientIPAddress", "xForwardedFor", "forwardedFor", "xff"},
			[]string{"zip", "skip", "tip", "ipv6Enabled", "ipCount", "description", "localAddr", "listenAddr", "serverIP", "hostIP", "remote", "addr"},
		},
		{
			Email,
			[]string{"email", "Email", "emails", "emailAddress", "email_address", "e_mail", "eMail", "userEmail", "customer_email", "recipientEmail", "EmailAddresses"},
			[]string{"emailTemplate", "sendEmail", "emailSent", "isEmailVerified", "supportEmail", "fromEmail", "mail", "emailer"},
		},
		{
			PersonName,
			[]string{"firstName", "first_name", "lastName", "LastName", "fullName", "surname", "givenName", "familyName", "customerName", "cardholderName", "userFirstName"},
			[]string{"name", "Name", "userName", "username", "displayName", "fileName", "hostName", "typeName", "firstNameField", "nameFirst"},
		},
		{
			Phone,
			[]string{"phone", "Phone", "phoneNumber", "phone_number", "mobilePhone", "mobileNumber", "cellPhone", "msisdn", "MSISDN", "telephone", "phones"},
			[]string{"mobile", "isMobile", "iphone", "phoneVerified", "telemetry", "cell", "smartphone"},
		},
		{
			DateOfBirth,
			[]string{"dateOfBirth", "date_of_birth", "birthDate", "birthdate", "birthday", "dob", "DOB", "userDOB"},
			[]string{"date", "birth", "birthdayParty", "dobby"},
		},
		{
			Location,
			[]string{"lat", "lng", "lon", "latitude", "Longitude", "latLng", "geoLocation", "geo_location", "userLocation", "deviceCoords", "gps", "gpsCoords"},
			[]string{"location", "loc", "Location", "coords", "position", "currentPosition", "latency", "lateral", "redirectLocation", "storageLocation"},
		},
	}
	for _, tt := range tests {
		var res []*regexp.Regexp
		for _, s := range BuiltinCategory(tt.cat).Names {
			res = append(res, regexp.MustCompile(s))
		}
		matches := func(id string) bool {
			return slices.ContainsFunc(res, func(re *regexp.Regexp) bool { return re.MatchString(id) })
		}
		for _, id := range tt.match {
			if !matches(id) {
				t.Errorf("%s: %s is not recognised", tt.cat, id)
			}
		}
		for _, id := range tt.nonMatch {
			if matches(id) {
				t.Errorf("%s: %s is recognised, but should not be", tt.cat, id)
			}
		}
	}
}

func TestRecognisersMergeManifestAndBuiltins(t *testing.T) {
	p, err := Parse("p.toml", []byte(`version = 1
[data."user.device.ip_address"]
fields = ["*.ClientIP", "net/http.Request.RemoteAddr"]
[data."user.contact.email"]
builtins = false
fields = ["*.Mail"]
[data."user.iban"]
names = ['(?i)^iban$']
`))
	if err != nil {
		t.Fatal(err)
	}
	ip := p.Recognisers(IPAddress)
	if want := []string{"*.ClientIP", "net/http.Request.RemoteAddr"}; !slices.Equal(ip.Fields, want) {
		t.Errorf("ip fields = %q, want %q (manifest first, no duplicates)", ip.Fields, want)
	}
	if !slices.Contains(ip.Types, "net.IP") || ip.Description != "a visitor's IP address" {
		t.Errorf("ip recognisers lack the built-ins: %+v", ip)
	}
	if email := p.Recognisers(Email); !slices.Equal(email.Fields, []string{"*.Mail"}) || len(email.Tags) != 0 {
		t.Errorf("email with builtins = false: %+v", email)
	}
	if phone := p.Recognisers(Phone); len(phone.Names) == 0 {
		t.Error("a default category the manifest leaves out has no recognisers")
	}
	if iban := p.Recognisers("user.iban"); !slices.Equal(iban.Names, []string{`(?i)^iban$`}) {
		t.Errorf("user.iban = %+v", iban)
	}
	if p.Recognisers("user.nothing") != nil {
		t.Error("Recognisers of an undefined category is not nil")
	}
}
