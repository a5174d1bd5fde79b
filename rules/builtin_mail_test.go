package rules

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mailStubRoot holds the signature stubs of the mail libraries that the
// emailconsent fixtures import.
const mailStubRoot = "../analyzers/emailconsent/testdata/src"

// dirImporter type-checks the stub packages under root from source and
// the standard library from export data (as go vet does), so that the
// catalogue tests run offline against the analyzers' own stubs.
type dirImporter struct {
	root string
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func newDirImporter(root string) *dirImporter {
	fset := token.NewFileSet()
	return &dirImporter{root: root, fset: fset, std: importer.ForCompiler(fset, "gc", nil), pkgs: map[string]*types.Package{}}
}

func (im *dirImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	dir := filepath.Join(im.root, filepath.FromSlash(path))
	if !hasGoFiles(dir) {
		return im.std.Import(path)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(im.fset, filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	p, err := (&types.Config{Importer: im}).Check(path, im.fset, files, nil)
	if err != nil {
		return nil, err
	}
	im.pkgs[path] = p
	return p, nil
}

// lookupFunc finds a function or method by its FullName.
func (im *dirImporter) lookupFunc(t *testing.T, ref string) *types.Func {
	t.Helper()
	recv, name := "", ref
	if rest, ok := strings.CutPrefix(ref, "("); ok {
		recv, name, _ = strings.Cut(rest, ").")
	}
	qual := strings.TrimPrefix(recv, "*")
	if recv == "" {
		qual = ref
	}
	pkgPath, ident, ok := splitQualified(qual)
	if !ok {
		t.Errorf("%q: not pkg/path.Name", ref)
		return nil
	}
	pkg, err := im.Import(pkgPath)
	if err != nil {
		t.Errorf("%q: %v", ref, err)
		return nil
	}
	var obj types.Object
	if recv == "" {
		obj = pkg.Scope().Lookup(ident)
	} else if tn, ok := pkg.Scope().Lookup(ident).(*types.TypeName); ok {
		T := tn.Type()
		if strings.HasPrefix(recv, "*") {
			T = types.NewPointer(T)
		}
		obj, _, _ = types.LookupFieldOrMethod(T, true, pkg, name)
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.FullName() != ref {
		t.Errorf("%q does not resolve to a function or method of that name", ref)
		return nil
	}
	return fn
}

// lookupField checks that "pkgpath.Type.Field" names a field.
func (im *dirImporter) lookupField(t *testing.T, ref string) {
	t.Helper()
	i := strings.LastIndexByte(ref, '.')
	pkgPath, typeName, ok := splitQualified(ref[:i])
	if !ok {
		t.Errorf("%q: not pkg/path.Type.Field", ref)
		return
	}
	pkg, err := im.Import(pkgPath)
	if err != nil {
		t.Errorf("%q: %v", ref, err)
		return
	}
	tn, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
	if !ok {
		t.Errorf("%q: no type %s", ref, typeName)
		return
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), false, pkg, ref[i+1:])
	if v, ok := obj.(*types.Var); !ok || !v.IsField() {
		t.Errorf("%q: no such field", ref)
	}
}

// argCount is the number of arguments of a call as SSA counts them.
func argCount(fn *types.Func) int {
	n := fn.Signature().Params().Len()
	if fn.Signature().Recv() != nil {
		n++
	}
	return n
}

// TestBuiltinMailSendersResolve checks that every sender names a real
// function or method, and that its recipient argument exists.
func TestBuiltinMailSendersResolve(t *testing.T) {
	im := newDirImporter(mailStubRoot)
	for _, s := range BuiltinMailSenders {
		fn := im.lookupFunc(t, s.Func)
		if fn != nil && (s.To < 0 || s.To >= argCount(fn)) {
			t.Errorf("%s: recipient argument %d out of range", s.Func, s.To)
		}
	}
}

// TestBuiltinRecipientSettersResolve checks the setters the same way.
func TestBuiltinRecipientSettersResolve(t *testing.T) {
	im := newDirImporter(mailStubRoot)
	for _, s := range BuiltinRecipientSetters {
		fn := im.lookupFunc(t, s.Func)
		if fn == nil {
			continue
		}
		n := argCount(fn)
		if s.Arg >= n || s.Msg >= n || s.Header >= n {
			t.Errorf("%s: argument out of range", s.Func)
		}
	}
	for _, ref := range BuiltinRecipientPassThrough {
		im.lookupFunc(t, ref)
	}
}

// TestBuiltinRecipientFieldsResolve checks that every recipient field is
// a field of that type.
func TestBuiltinRecipientFieldsResolve(t *testing.T) {
	im := newDirImporter(mailStubRoot)
	for _, ref := range BuiltinRecipientFields {
		im.lookupField(t, ref)
	}
}

// TestMailLibrariesCoverTheSenders checks that every third-party sender
// lives in a module of MailLibraries, whose code is not checked.
func TestMailLibrariesCoverTheSenders(t *testing.T) {
	for _, s := range BuiltinMailSenders {
		ref := strings.TrimPrefix(strings.TrimPrefix(s.Func, "("), "*")
		if strings.HasPrefix(ref, "net/smtp.") {
			continue
		}
		i := strings.LastIndexByte(ref, '.')
		if strings.HasPrefix(s.Func, "(") {
			ref, _, _ = strings.Cut(ref, ").")
			i = strings.LastIndexByte(ref, '.')
		}
		if !IsMailLibrary(ref[:i]) {
			t.Errorf("%s: package %s is not in MailLibraries", s.Func, ref[:i])
		}
	}
}

func TestConsentNames(t *testing.T) {
	tests := []struct {
		names []string
		want  Polarity // 0: not a consent check
	}{
		{[]string{"Unsubscribed"}, Denies},
		{[]string{"IsUnsubscribed"}, Denies},
		{[]string{"HasOptedOut"}, Denies},
		{[]string{"OptOut"}, Denies},
		{[]string{"email_opt_out"}, Denies},
		{[]string{"DoNotEmail"}, Denies},
		{[]string{"UnsubscribedAt"}, Denies},
		{[]string{"unsubscribed"}, Denies},
		{[]string{"Subscribed"}, Allows},
		{[]string{"OptedIn"}, Allows},
		{[]string{"EmailOptIn"}, Allows},
		{[]string{"MarketingConsent"}, Allows},
		{[]string{"HasConsent"}, Allows},
		{[]string{"ConsentRevoked"}, Denies},
		{[]string{"NotSubscribed"}, Denies},
		{[]string{"AllowsEmail"}, Allows},
		{[]string{"canMail"}, Allows},
		{[]string{"WantsNewsletter"}, Allows},
		{[]string{"EmailNotificationsEnabled"}, Allows},
		{[]string{"Prefs", "Marketing"}, Allows},
		{[]string{"NotificationPreferences", "Weekly"}, Allows},
		{[]string{"EmailDisabled"}, Denies},
		{[]string{"unsubscribed"}, Denies},
		// Not consent.
		{[]string{"EmailVerified"}, 0},
		{[]string{"IsAdmin"}, 0},
		{[]string{"Active"}, 0},
		{[]string{"User", "Newsletter"}, 0},
		{[]string{"Subscriber", "Active"}, 0},
		{[]string{"Email"}, 0},
		{[]string{"SendMail"}, 0},
	}
	for _, tt := range tests {
		got, ok := ConsentName(tt.names...)
		if !ok {
			got = 0
		}
		if got != tt.want {
			t.Errorf("ConsentName(%q) = %v, %v; want %v", tt.names, got, ok, tt.want)
		}
	}
}

func TestTransactionalNames(t *testing.T) {
	yes := []string{"SendPasswordReset", "sendResetPasswordEmail", "ForgotPassword", "SendVerificationEmail",
		"verifyEmail", "SendOrderConfirmation", "sendReceipt", "EmailInvoice", "SecurityAlert",
		"sendMagicLink", "SendLoginLink", "send2FACode", "ReceiptMailer", "sendActivationEmail"}
	no := []string{"SendNewsletter", "sendCampaign", "Notify", "SendWeeklyDigest", "sendPromo", "Send",
		"ActivateCampaign", "Remind", "SendMail"}
	for _, n := range yes {
		if !TransactionalName(n) {
			t.Errorf("TransactionalName(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if TransactionalName(n) {
			t.Errorf("TransactionalName(%q) = true, want false", n)
		}
	}
}

func TestWords(t *testing.T) {
	tests := map[string]string{
		"HasOptedOut":    "has opted out",
		"email_opt_in":   "email opt in",
		"URLPath":        "url path",
		"canMail":        "can mail",
		"send2FACode":    "send2 fa code",
		"UnsubscribedAt": "unsubscribed at",
	}
	for in, want := range tests {
		if got := strings.Join(Words(in), " "); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuiltinsOffTurnsTheRecognisersOff(t *testing.T) {
	p, err := Parse("test.toml", []byte("version = 1\n[rules.emailconsent]\nbuiltins = false\nsenders = [\"example.com/m.Send\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p.ConsentName("Unsubscribed"); ok {
		t.Error("ConsentName recognises names with builtins = false")
	}
	if p.TransactionalName("SendPasswordReset") {
		t.Error("TransactionalName recognises names with builtins = false")
	}
	if got := p.MailSenders(); len(got) != 1 || got[0].Func != "example.com/m.Send" {
		t.Errorf("MailSenders() = %v, want only the manifest's", got)
	}
	d := Default()
	if n := len(d.MailSenders()); n != len(BuiltinMailSenders) {
		t.Errorf("default MailSenders() has %d entries, want %d", n, len(BuiltinMailSenders))
	}
}

func TestConsentPolarityOfManifestEntries(t *testing.T) {
	for ref, want := range map[string]Polarity{
		"example.com/acme/user.User.Unsubscribed":    Denies,
		"(*example.com/acme/user.Prefs).AllowsEmail": Allows,
		"example.com/acme/user.User.Marketing":       Allows,
		"(*example.com/acme/user.Prefs).DoNotEmail":  Denies,
		"example.com/acme/user.User.Blocked":         Denies,
		"(*example.com/acme/user.Prefs).Reachable":   Allows,
	} {
		if got := ConsentPolarity(ref); got != want {
			t.Errorf("ConsentPolarity(%q) = %v, want %v", ref, got, want)
		}
	}
}

// TestInModules: a package below a module is in it; a module whose path
// merely starts with the same letters is not.
func TestInModules(t *testing.T) {
	mods := []string{"github.com/aws/aws-sdk-go", "gopkg.in/mail.v2"}
	for path, want := range map[string]bool{
		"github.com/aws/aws-sdk-go":             true,
		"github.com/aws/aws-sdk-go/service/ses": true,
		"gopkg.in/mail.v2":                      true,
		"github.com/aws/aws-sdk-go-v2":          false,
		"github.com/aws/aws-sdk-go-v2/service":  false,
		"gopkg.in/mail.v20":                     false,
		"github.com/aws":                        false,
	} {
		if got := InModules(path, mods); got != want {
			t.Errorf("InModules(%q) = %v, want %v", path, got, want)
		}
	}
}
