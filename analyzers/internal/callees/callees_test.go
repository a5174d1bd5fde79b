package callees_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/policylint/policylint/analyzers/internal/callees"
)

// universe type-checks small packages from source; each may import the
// ones checked before it (and the standard library, from export data).
type universe struct {
	t    *testing.T
	fset *token.FileSet
	pkgs map[string]*types.Package
	std  types.Importer
}

func newUniverse(t *testing.T) *universe {
	return &universe{t: t, fset: token.NewFileSet(), pkgs: map[string]*types.Package{}, std: importer.Default()}
}

func (u *universe) Import(path string) (*types.Package, error) {
	if p, ok := u.pkgs[path]; ok {
		return p, nil
	}
	return u.std.Import(path)
}

func (u *universe) add(path, src string) *types.Package {
	u.t.Helper()
	f, err := parser.ParseFile(u.fset, path+".go", src, 0)
	if err != nil {
		u.t.Fatal(err)
	}
	conf := types.Config{Importer: u}
	p, err := conf.Check(path, u.fset, []*ast.File{f}, nil)
	if err != nil {
		u.t.Fatal(err)
	}
	u.pkgs[path] = p
	return p
}

// lookup returns the type named "pkg.Name".
func (u *universe) lookup(name string) types.Type {
	u.t.Helper()
	path, n, _ := strings.Cut(name, ".")
	obj := u.pkgs[path].Scope().Lookup(n)
	if obj == nil {
		u.t.Fatalf("no %s", name)
	}
	return obj.Type()
}

func names(fns []*types.Func) []string {
	var out []string
	for _, f := range fns {
		out = append(out, f.FullName())
	}
	return out
}

const notify = `package notify

import "context"

type User struct{ Email string }

// Notifier is what a service calls to tell a user something.
type Notifier interface {
	Notify(ctx context.Context, u User, msg string) error
}

// Mailer implements Notifier with a pointer receiver.
type Mailer struct{}

func (m *Mailer) Notify(ctx context.Context, u User, msg string) error { return nil }

// Nop implements it with a value receiver.
type Nop struct{}

func (Nop) Notify(ctx context.Context, u User, msg string) error { return nil }

// Half has the method name but the wrong signature.
type Half struct{}

func (Half) Notify(u User) error { return nil }

// Retrying decorates another Notifier: it embeds the interface.
type Retrying struct{ Notifier }

// Store has an unexported method that only this package's types have.
type store interface{ save(u User) error }

type memStore struct{}

func (memStore) save(u User) error { return nil }
`

const push = `package push

import (
	"context"

	"notify"
)

// Pusher implements notify.Notifier in another package.
type Pusher struct{}

func (p *Pusher) Notify(ctx context.Context, u notify.User, msg string) error { return nil }

// Logged embeds *Pusher: its Notify is promoted from Pusher.
type Logged struct {
	*Pusher
	prefix string
}

// Generic types are left out: only instantiations implement anything.
type Queue[T any] struct{}

func (q *Queue[T]) Notify(ctx context.Context, u notify.User, msg string) error { return nil }
`

const app = `package app

import (
	"context"

	"notify"
	"push"
)

var _ = push.Pusher{}

type Service struct{ n notify.Notifier }

func (s *Service) Welcome(ctx context.Context, u notify.User) error {
	// A type declared inside a function is visible to the package.
	type fake struct{ notify.Nop }
	return s.n.Notify(ctx, u, "hi")
}

type sms struct{}

func (sms) Notify(ctx context.Context, u notify.User, msg string) error { return nil }
`

// unseen implements the interface but is imported by nothing app sees.
const unseen = `package unseen

import (
	"context"

	"notify"
)

type Webhook struct{}

func (Webhook) Notify(ctx context.Context, u notify.User, msg string) error { return nil }
`

func setup(t *testing.T) (*universe, *types.Package) {
	u := newUniverse(t)
	u.add("notify", notify)
	u.add("push", push)
	u.add("unseen", unseen)
	return u, u.add("app", app)
}

func TestInterfaceCallResolvesToVisibleImplementations(t *testing.T) {
	u, app := setup(t)
	ix := callees.New(app)
	fns, ok := ix.Methods(u.lookup("notify.Notifier"), "Notify")
	if !ok {
		t.Fatal("want a known set of callees")
	}
	want := []string{
		"(app.sms).Notify",
		"(*notify.Mailer).Notify",
		"(notify.Nop).Notify",
		"(*push.Pusher).Notify",
	}
	if got := names(fns); !slices.Equal(got, want) {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestTypesOfPackagesNotImportedAreNotCandidates(t *testing.T) {
	u, _ := setup(t)
	// From notify's point of view, push, unseen and app are invisible.
	fns, ok := callees.New(u.pkgs["notify"]).Methods(u.lookup("notify.Notifier"), "Notify")
	want := []string{"(*notify.Mailer).Notify", "(notify.Nop).Notify"}
	if got := names(fns); !ok || !slices.Equal(got, want) {
		t.Errorf("got %v (ok %v), want %v", got, ok, want)
	}
	// From unseen's, its own Webhook joins them.
	fns, _ = callees.New(u.pkgs["unseen"]).Methods(u.lookup("notify.Notifier"), "Notify")
	if got := names(fns); !slices.Contains(got, "(unseen.Webhook).Notify") || len(got) != 3 {
		t.Errorf("from unseen: got %v", got)
	}
}

func TestUnexportedInterfaceMethod(t *testing.T) {
	u, app := setup(t)
	fns, ok := callees.New(app).Methods(u.lookup("notify.store"), "save")
	if got := names(fns); !ok || !slices.Equal(got, []string{"(notify.memStore).save"}) {
		t.Errorf("got %v (ok %v)", got, ok)
	}
}

func TestMoreCandidatesThanTheBoundIsUnknown(t *testing.T) {
	u, app := setup(t)
	if fns, ok := callees.NewMax(app, 3).Methods(u.lookup("notify.Notifier"), "Notify"); ok || fns != nil {
		t.Errorf("bound 3: got %v, ok %v; want unknown", names(fns), ok)
	}
	if fns, ok := callees.NewMax(app, 4).Methods(u.lookup("notify.Notifier"), "Notify"); !ok || len(fns) != 4 {
		t.Errorf("bound 4: got %v, ok %v; want the 4 methods", names(fns), ok)
	}
}

func TestManyImplementationsOfAStandardInterfaceAreUnknown(t *testing.T) {
	// A service declares error types by the dozen; a call of Error on
	// an error tells nothing.
	var src strings.Builder
	src.WriteString("package errs\n\nimport \"errors\"\n\nvar _ = errors.New\n")
	for i := range 10 {
		fmt.Fprintf(&src, "\ntype err%d struct{}\n\nfunc (err%d) Error() string { return \"\" }\n", i, i)
	}
	u := newUniverse(t)
	p := u.add("errs", src.String())
	errType := types.Universe.Lookup("error").Type()
	if fns, ok := callees.New(p).Methods(errType, "Error"); ok {
		t.Errorf("error.Error: got %d callees, want unknown: %v", len(fns), names(fns))
	}
}

func TestNotAnInterfaceOrNoSuchMethod(t *testing.T) {
	u, app := setup(t)
	ix := callees.New(app)
	if _, ok := ix.Methods(u.lookup("notify.Mailer"), "Notify"); ok {
		t.Error("a concrete receiver: want not ok")
	}
	if _, ok := ix.Methods(u.lookup("notify.Notifier"), "Send"); ok {
		t.Error("a method the interface lacks: want not ok")
	}
	if _, ok := ix.Methods(nil, "Notify"); ok {
		t.Error("nil receiver: want not ok")
	}
}

func TestAnswersAreMemoisedAndDeterministic(t *testing.T) {
	u, app := setup(t)
	ix := callees.New(app)
	a, _ := ix.Methods(u.lookup("notify.Notifier"), "Notify")
	b, _ := ix.Methods(u.lookup("notify.Notifier"), "Notify")
	if len(a) == 0 || &a[0] != &b[0] {
		t.Error("a second question should get the memoised answer")
	}
	for i := range 5 {
		c, _ := callees.New(app).Methods(u.lookup("notify.Notifier"), "Notify")
		if !slices.Equal(names(a), names(c)) {
			t.Fatalf("run %d: %v != %v", i, names(c), names(a))
		}
	}
}

func TestLiteralInterfaceType(t *testing.T) {
	u := newUniverse(t)
	p := u.add("lit", `package lit

type a struct{}

func (a) Push(to string) {}

type b struct{}

func (*b) Push(to string) {}

type c struct{}

func (c) Push(to int) {}

func use(p interface{ Push(to string) }) { p.Push("x") }
`)
	obj := p.Scope().Lookup("use").(*types.Func)
	recv := obj.Type().(*types.Signature).Params().At(0).Type()
	fns, ok := callees.New(p).Methods(recv, "Push")
	if got := names(fns); !ok || !slices.Equal(got, []string{"(lit.a).Push", "(*lit.b).Push"}) {
		t.Errorf("got %v (ok %v)", got, ok)
	}
}

func ExampleIndex_Methods() {
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "jobs.go", `package jobs

type Job interface{ Run() error }

type newsletter struct{}

func (*newsletter) Run() error { return nil }

type cleanup struct{}

func (cleanup) Run() error { return nil }
`, 0)
	pkg, _ := new(types.Config).Check("jobs", fset, []*ast.File{f}, nil)
	fns, ok := callees.New(pkg).Methods(pkg.Scope().Lookup("Job").Type(), "Run")
	for _, fn := range fns {
		fmt.Println(fn.FullName())
	}
	fmt.Println(ok)
	// Output:
	// (jobs.cleanup).Run
	// (*jobs.newsletter).Run
	// true
}
