package taint

import (
	"maps"
	"net/textproto"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/policylint/policylint/rules"
)

// catalog is the policy compiled into lookup tables: which types, fields,
// functions, headers, identifier names and struct tags are sources of which
// categories, which functions sanitize them, and which calls are sinks.
type catalog struct {
	policy *rules.Policy

	typeCats   map[string][]string // "net.IP"
	fieldExact map[string][]string // "net/http.Request.RemoteAddr"
	fieldAny   map[string][]string // "ClientIP" from "*.ClientIP"
	funcCats   map[string][]string // types.Func.FullName
	headerCats map[string][]string // canonical header name
	names      []nameRule
	tags       []tagRule
	sanitizers map[string][]string // FullName -> categories it cleans

	logSinks map[string]bool
	egress   map[string]rules.EgressSink // by Func
	// egressAny holds the same sinks by rules.Unversioned(Func), for
	// the major versions of a module the catalogue does not spell out.
	egressAny map[string]rules.EgressSink

	// excluded says, per category, which struct types its wildcard
	// recognisers skip (rules.ExcludedType).
	excluded map[string]exclusion
	// overrides are the SDK host overrides by rules.Unversioned name of
	// their function or field.
	overrides map[string][]sdkOverride
}

type exclusion struct {
	types    []string
	builtins bool
}

type sdkOverride struct {
	sdk string
	o   rules.HostOverride
}

type nameRule struct {
	re  *regexp.Regexp
	cat string
}

type tagRule struct {
	key, value, cat string
}

var catalogs sync.Map // *rules.Policy -> *catalog

// catalogFor compiles p once per process.
func catalogFor(p *rules.Policy) *catalog {
	if c, ok := catalogs.Load(p); ok {
		return c.(*catalog)
	}
	c, _ := catalogs.LoadOrStore(p, compile(p))
	return c.(*catalog)
}

func compile(p *rules.Policy) *catalog {
	c := &catalog{
		policy:     p,
		typeCats:   map[string][]string{},
		fieldExact: map[string][]string{},
		fieldAny:   map[string][]string{},
		funcCats:   map[string][]string{},
		headerCats: map[string][]string{},
		sanitizers: map[string][]string{},
		logSinks:   map[string]bool{},
		egress:     map[string]rules.EgressSink{},
		egressAny:  map[string]rules.EgressSink{},
		excluded:   map[string]exclusion{},
		overrides:  map[string][]sdkOverride{},
	}
	for _, name := range categoryNames(p) {
		ex := exclusion{builtins: true}
		for _, cat := range recognisers(p, name) {
			c.addCategory(name, cat)
			ex.types = append(ex.types, cat.ExcludeTypes...)
		}
		if m := p.Data[name]; m != nil {
			ex.builtins = m.Builtins
		}
		c.excluded[name] = ex
		if ex.builtins {
			// Credentials built from a value carry none of it.
			for _, f := range rules.BuiltinCredentialFuncs {
				c.sanitizers[f] = appendCat(c.sanitizers[f], name)
			}
		}
	}
	if p.PIILog.Builtins {
		for _, s := range rules.BuiltinLogSinks {
			c.logSinks[s] = true
		}
	}
	for _, s := range p.PIILog.Sinks {
		c.logSinks[s] = true
	}
	for _, s := range p.EgressSinks() {
		c.egress[s.Func] = s
		if u := rules.Unversioned(s.Func); u != s.Func {
			c.egressAny[u] = s
		}
	}
	for _, name := range slices.Sorted(maps.Keys(rules.BuiltinSDKs)) {
		for _, o := range rules.BuiltinSDKs[name].Overrides {
			key := rules.Unversioned(o.Func + o.Field)
			c.overrides[key] = append(c.overrides[key], sdkOverride{name, o})
		}
	}
	return c
}

// egressSink returns the egress sink a function is, if any.
func (c *catalog) egressSink(name string) (rules.EgressSink, bool) {
	if s, ok := c.egress[name]; ok {
		return s, true
	}
	if len(c.egressAny) == 0 || !strings.Contains(name, "/v") {
		return rules.EgressSink{}, false
	}
	s, ok := c.egressAny[rules.Unversioned(name)]
	return s, ok
}

// categoryNames returns the manifest's categories and the built-in default
// ones, sorted.
func categoryNames(p *rules.Policy) []string {
	var names []string
	for name := range p.Data {
		names = append(names, name)
	}
	for _, name := range builtinCategoryNames {
		if _, ok := p.Data[name]; !ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

var builtinCategoryNames = []string{
	"user.device.ip_address",
	"user.contact.email",
	"user.name",
	"user.contact.phone",
	"user.demographic.date_of_birth",
	"user.location",
}

// recognisers returns the manifest's description of a category and, unless
// the manifest turns them off, the built-in one.
func recognisers(p *rules.Policy, name string) []*rules.Category {
	var out []*rules.Category
	builtins := true
	if c := p.Data[name]; c != nil {
		out = append(out, c)
		builtins = c.Builtins
	}
	if builtins {
		if b := rules.BuiltinCategory(name); b != nil {
			out = append(out, b)
		}
	}
	return out
}

func (c *catalog) addCategory(name string, cat *rules.Category) {
	for _, t := range cat.Types {
		c.typeCats[t] = appendCat(c.typeCats[t], name)
	}
	for _, f := range cat.Fields {
		if rest, ok := strings.CutPrefix(f, "*."); ok {
			c.fieldAny[rest] = appendCat(c.fieldAny[rest], name)
		} else {
			c.fieldExact[f] = appendCat(c.fieldExact[f], name)
		}
	}
	for _, f := range cat.Funcs {
		c.funcCats[f] = appendCat(c.funcCats[f], name)
	}
	for _, h := range cat.Headers {
		h = textproto.CanonicalMIMEHeaderKey(h)
		c.headerCats[h] = appendCat(c.headerCats[h], name)
	}
	for _, n := range cat.Names {
		if re, err := regexp.Compile(n); err == nil { // the loader already rejected bad patterns
			c.names = append(c.names, nameRule{re, name})
		}
	}
	for _, t := range cat.Tags {
		key, value, ok := strings.Cut(t, ":")
		if !ok {
			continue
		}
		value = strings.Trim(value, "\"`")
		c.tags = append(c.tags, tagRule{key, value, name})
	}
	for _, s := range cat.Sanitizers {
		c.sanitizers[s] = appendCat(c.sanitizers[s], name)
	}
}

func appendCat(cats []string, cat string) []string {
	if slices.Contains(cats, cat) {
		return cats
	}
	cats = append(cats, cat)
	slices.Sort(cats)
	return cats
}

// fieldCats returns the categories a struct field is a source of: by its
// qualified name, its name alone, its identifier name, its tag and its
// type.
//
// The wildcard recognisers (a field name, "*.Field", the field's type)
// skip the fields of the struct types a category excludes: credentials
// and configuration, whose Email is the service's own. An exact field or
// a tag still counts.
func (c *catalog) fieldCats(qualified, name, tag, typ string) []string {
	var cats []string
	for _, cat := range c.fieldExact[qualified] {
		cats = appendCat(cats, cat)
	}
	owner := ""
	if i := strings.LastIndexByte(qualified, '.'); i > 0 {
		owner = qualified[:i]
	}
	wild := func(cat string) {
		if ex, ok := c.excluded[cat]; ok && rules.ExcludedType(owner, ex.types, ex.builtins) {
			return
		}
		cats = appendCat(cats, cat)
	}
	for _, cat := range c.fieldAny[name] {
		wild(cat)
	}
	for _, cat := range c.nameCats(name) {
		wild(cat)
	}
	if tag != "" {
		st := reflect.StructTag(tag)
		for _, r := range c.tags {
			v, ok := st.Lookup(r.key)
			if !ok {
				continue
			}
			if slices.Contains(strings.Split(v, ","), r.value) {
				cats = appendCat(cats, r.cat)
			}
		}
	}
	for _, cat := range c.typeCats[typ] {
		wild(cat)
	}
	return cats
}

func (c *catalog) nameCats(name string) []string {
	var cats []string
	for _, r := range c.names {
		if r.re.MatchString(name) {
			cats = appendCat(cats, r.cat)
		}
	}
	return cats
}

// headerGetters are the functions whose first argument names an HTTP
// request header and whose result is that header's value.
var headerGetters = map[string]bool{
	"(net/http.Header).Get":                             true,
	"(net/http.Header).Values":                          true,
	"(*github.com/gin-gonic/gin.Context).GetHeader":     true,
	"(*github.com/gofiber/fiber/v2.Ctx).Get":            true,
	"(github.com/gofiber/fiber/v3.Ctx).Get":             true,
	"(*github.com/valyala/fasthttp.RequestHeader).Peek": true,
}

// absorbingTypes are receiver types whose methods accumulate their
// arguments into the receiver (builders, encoders, header and query maps).
var absorbingTypes = map[string]bool{
	"bytes.Buffer":                  true,
	"strings.Builder":               true,
	"bufio.Writer":                  true,
	"net/url.Values":                true,
	"net/http.Header":               true,
	"encoding/json.Encoder":         true,
	"github.com/rs/zerolog.Event":   true,
	"github.com/rs/zerolog.Context": true,
	"text/tabwriter.Writer":         true,
	// A MarshalLogObject method writes its fields into the log record
	// through the encoder it is given.
	"go.uber.org/zap/zapcore.ObjectEncoder": true,
	"go.uber.org/zap/zapcore.ArrayEncoder":  true,
}

// errorMakers are the functions whose error result carries their
// arguments' data. Other unknown functions' errors are assumed not to.
var errorMakers = map[string]bool{
	"fmt.Errorf":                        true,
	"errors.New":                        true,
	"errors.Join":                       true,
	"github.com/pkg/errors.New":         true,
	"github.com/pkg/errors.Errorf":      true,
	"github.com/pkg/errors.Wrap":        true,
	"github.com/pkg/errors.Wrapf":       true,
	"github.com/pkg/errors.WithMessage": true,
}

// stdoutWriters are the fmt functions that are log sinks when their first
// argument is os.Stdout or os.Stderr.
var stdoutWriters = map[string]bool{
	"fmt.Fprint":   true,
	"fmt.Fprintf":  true,
	"fmt.Fprintln": true,
}

// modeledModules are libraries whose behaviour comes from the catalogue;
// their own code is not analysed (it would only restate the catalogue, at
// a cost).
var modeledModules = []string{
	"go.uber.org/zap",
	"github.com/rs/zerolog",
	"github.com/sirupsen/logrus",
	"k8s.io/klog",
	"github.com/golang/glog",
	"github.com/hashicorp/go-hclog",
	"github.com/go-kit/log",
	"github.com/go-logr/logr",
	"github.com/go-pkgz/lgr",
	"github.com/apex/log",
	"github.com/inconshreveable/log15",
	"github.com/op/go-logging",
	"github.com/charmbracelet/log",
	"github.com/gin-gonic/gin",
	"github.com/labstack/echo",
	"github.com/go-chi/chi",
	"github.com/gorilla/handlers",
	"github.com/gofiber/fiber",
	"github.com/valyala/fasthttp",
}

func modeled(pkgPath string) bool {
	return memoBool(&modeledMem, pkgPath, func(p string) bool {
		return rules.InModules(p, rules.BuiltinEgressModules) || rules.InModules(p, modeledModules)
	})
}
