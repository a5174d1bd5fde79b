package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"net/textproto"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Load reads and parses the manifest at path.
func Load(path string) (*Policy, error) {
	// Read regular files only: a FIFO or a device would block the run or
	// never end.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		what := "not a regular file"
		if fi.IsDir() {
			what = "a directory"
		}
		return nil, fmt.Errorf("loading policy %s: %s (name a policylint.toml file)", path, what)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading policy %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse decodes and validates a manifest; path names it in positions and
// anchors its exception paths. Every problem found is reported, as an
// Errors value of *Error each tied to a file position.
//
// The TOML is decoded into plain maps and checked against the schema by
// hand rather than into structs: struct decoding stops at the first value
// of the wrong type, and we want every problem, each with its position.
func Parse(path string, data []byte) (*Policy, error) {
	src := stripBOM(string(data))
	var raw map[string]any
	if err := decodeTOML(src, &raw); err != nil {
		return nil, Errors{syntaxError(path, src, err)}
	}
	d := &decoder{file: path, pos: keyPositions(path, src)}
	p := d.policy(raw)
	if len(d.errs) > 0 {
		sortErrors(d.errs)
		return nil, Errors(d.errs)
	}
	sum := sha256.Sum256(data)
	p.Path = path
	p.Hash = hex.EncodeToString(sum[:])
	p.Pos = d.pos
	if abs, err := filepath.Abs(path); err == nil {
		p.dir = filepath.Dir(abs)
	} else {
		p.dir = filepath.Dir(path)
	}
	return p, nil
}

// stripBOM drops a byte-order mark as the TOML decoder does, so that our
// columns agree with its.
func stripBOM(s string) string {
	for _, bom := range []string{"\xef\xbb\xbf", "\xff\xfe", "\xfe\xff"} {
		if rest, ok := strings.CutPrefix(s, bom); ok {
			return rest
		}
	}
	return s
}

// decodeTOML decodes src, turning a panic in the decoder into an error:
// a manifest must never crash the tool.
func decodeTOML(src string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the TOML decoder failed: %v", r)
		}
	}()
	_, err = toml.Decode(src, v)
	return err
}

// syntaxError converts a decoder error into an *Error at its position.
func syntaxError(file, src string, err error) *Error {
	pos := Position{File: file, Line: 1, Col: 1}
	msg := err.Error()
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg = pe.Message
		if pe.Position.Line >= 1 {
			pos.Line, pos.Col = pe.Position.Line, max(pe.Position.Col, 1)
			// The decoder's line and column are off at line ends (a
			// newline it did not expect counts on the next line, past the
			// end of a file that ends there) and at line starts: derive
			// both from the byte offset of the offending character when
			// it is near the line the decoder says.
			if off := pe.Position.Start; off >= 0 && off <= len(src) {
				line := 1 + strings.Count(src[:off], "\n")
				if line >= pos.Line-1 && line <= pos.Line {
					pos.Line = line
					pos.Col = off - lineStart(src, line) + 1
				}
			}
		}
	}
	// The decoder quotes the character it did not expect: say what an
	// unexpected newline or end of input is.
	msg = strings.NewReplacer(`'\n'`, "the end of the line", `'\x00'`, "the end of the file").Replace(msg)
	return &Error{Pos: pos, Msg: "invalid TOML: " + lowerFirst(strings.TrimSuffix(msg, "."))}
}

// lineStart returns the byte offset at which line (1-based) starts, or -1.
func lineStart(src string, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "TOML") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// decoder walks the decoded TOML, collecting errors as it goes.
type decoder struct {
	file string
	pos  map[string]Position
	errs []*Error

	// category references, checked once every category is known
	catRefs []catRef
}

type catRef struct{ key, pattern string }

// at returns where key was written, or where its nearest recorded parent
// was: the scanner may not know a path, an error must still point
// somewhere in the file.
func (d *decoder) at(key string) Position {
	if p := lookupPos(d.pos, key); p.Line > 0 {
		return p
	}
	return Position{File: d.file, Line: 1, Col: 1}
}

func (d *decoder) errorf(key, format string, args ...any) {
	d.errs = append(d.errs, &Error{Pos: d.at(key), Msg: fmt.Sprintf(format, args...)})
}

// badType reports a value of the wrong TOML type.
func (d *decoder) badType(key string, v any, want string) {
	d.errorf(key, "%s must be %s, not %s", key, want, typeName(v))
}

func typeName(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		switch v.Location().String() {
		case "date-local":
			return "a date"
		case "time-local":
			return "a time"
		}
		return "a date-time"
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

// known reports every key of t that is not in keys.
func (d *decoder) known(t map[string]any, base string, keys ...string) {
	for _, k := range slices.Sorted(maps.Keys(t)) {
		if slices.Contains(keys, k) {
			continue
		}
		where := "at the top level"
		if base != "" {
			where = "in " + base
		}
		d.errorf(joinKey(base, k), "unknown key %q %s%s", k, where, suggest(k, keys))
	}
}

// table returns t[name] as a table; ok is false when absent or wrong.
func (d *decoder) table(t map[string]any, base, name string) (map[string]any, bool) {
	v, present := t[name]
	if !present {
		return nil, false
	}
	m, ok := v.(map[string]any)
	if !ok {
		d.badType(joinKey(base, name), v, "a table")
	}
	return m, ok
}

// tables returns t[name] as an array of tables.
func (d *decoder) tables(t map[string]any, base, name string) []map[string]any {
	v, present := t[name]
	if !present {
		return nil
	}
	switch v := v.(type) {
	case []map[string]any:
		return v
	case []any:
		// An inline array may hold tables: allow = [{host = "x"}].
		ms := make([]map[string]any, 0, len(v))
		for i, e := range v {
			m, ok := e.(map[string]any)
			if !ok {
				d.badType(fmt.Sprintf("%s[%d]", joinKey(base, name), i), e, "a table")
				continue
			}
			ms = append(ms, m)
		}
		return ms
	}
	d.errorf(joinKey(base, name), "%s must be an array of tables ([[%s]]), not %s", joinKey(base, name), joinKey(base, name), typeName(v))
	return nil
}

func (d *decoder) str(t map[string]any, base, name string) (string, bool) {
	v, present := t[name]
	if !present {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		d.badType(joinKey(base, name), v, "a string")
	}
	return s, ok
}

func (d *decoder) boolean(t map[string]any, base, name string, def bool) bool {
	v, present := t[name]
	if !present {
		return def
	}
	b, ok := v.(bool)
	if !ok {
		d.badType(joinKey(base, name), v, "true or false")
		return def
	}
	return b
}

// strs returns t[name] as a list of strings, each passed through check,
// which returns the value to keep and a reason when it is malformed.
func (d *decoder) strs(t map[string]any, base, name string, check func(string) (string, error)) []string {
	v, present := t[name]
	if !present {
		return nil
	}
	key := joinKey(base, name)
	list, ok := v.([]any)
	if !ok {
		d.badType(key, v, "an array of strings")
		return nil
	}
	var out []string
	for i, e := range list {
		ekey := fmt.Sprintf("%s[%d]", key, i)
		s, ok := e.(string)
		if !ok {
			d.badType(ekey, e, "a string")
			continue
		}
		if check != nil {
			var err error
			if s, err = check(s); err != nil {
				d.errorf(ekey, "%s: %v", ekey, err)
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// oneOf checks an enumerated string value.
func (d *decoder) oneOf(t map[string]any, base, name, def string, values ...string) string {
	s, ok := d.str(t, base, name)
	if !ok {
		return def
	}
	if !slices.Contains(values, s) {
		quoted := make([]string, len(values))
		for i, v := range values {
			quoted[i] = fmt.Sprintf("%q", v)
		}
		d.errorf(joinKey(base, name), "%s: %q is not one of %s%s", joinKey(base, name), s, strings.Join(quoted, ", "), suggest(s, values))
		return def
	}
	return s
}

// Checks for strs.

func funcRef(s string) (string, error) {
	if !checkFuncRef(s) {
		return "", fmt.Errorf("malformed function reference %q (want %s)", s, funcForms)
	}
	return s, nil
}

func funcOrFieldRef(s string) (string, error) {
	if !checkFuncRef(s) && !checkFieldRef(s) {
		return "", fmt.Errorf("malformed reference %q (want a function %s, or a field %s)", s, funcForms, fieldForms)
	}
	return s, nil
}

func fieldRef(s string) (string, error) {
	if !checkFieldRef(s) {
		return "", fmt.Errorf("malformed field reference %q (want %s)", s, fieldForms)
	}
	return s, nil
}

func typeRef(s string) (string, error) {
	if !checkTypeRef(s) {
		return "", fmt.Errorf("malformed type reference %q (want %s)", s, typeForms)
	}
	return s, nil
}

// excludedTypeRef is a type reference, or "pkg/path.*" for every type of
// a package.
func excludedTypeRef(s string) (string, error) {
	if pkg, ok := strings.CutSuffix(s, ".*"); ok && checkImportPath(pkg) {
		return s, nil
	}
	if !checkTypeRef(s) {
		return "", fmt.Errorf(`malformed type reference %q (want %s or "pkg/path.*")`, s, typeForms)
	}
	return s, nil
}

func headerName(s string) (string, error) {
	if !checkHeader(s) {
		return "", fmt.Errorf("malformed header name %q", s)
	}
	return textproto.CanonicalMIMEHeaderKey(s), nil
}

func nameRegexp(s string) (string, error) {
	re, err := regexp.Compile(s)
	if err != nil {
		return "", fmt.Errorf("invalid regular expression %q: %w", s, err)
	}
	if re.MatchString("") {
		// Unanchored, a pattern that matches "" matches every name.
		return "", fmt.Errorf("the pattern %q matches every identifier (anchor it, such as '(?i)^client_?ip$')", s)
	}
	return s, nil
}

func structTag(s string) (string, error) {
	if !checkTag(s) {
		return "", fmt.Errorf(`malformed struct tag %q (want key:"value", such as pii:"ip")`, s)
	}
	return s, nil
}

// catPattern checks the syntax; whether it matches a category is checked
// once all are known.
func catPattern(s string) (string, error) {
	if !checkCategoryPattern(s) {
		return "", fmt.Errorf(`malformed category pattern %q (want a name such as "user.contact.email", or "user.*")`, s)
	}
	return s, nil
}

func (d *decoder) policy(raw map[string]any) *Policy {
	p := &Policy{
		Data: make(map[string]*Category),
		// A manifest that leaves out a rule's deny or clause keeps the
		// default policy's: it adds to the defaults, as the contract says.
		PIILog:       PIILogRule{Common: defaultCommon(defaultPIILogClause), Deny: []string{IPAddress}},
		EmailConsent: EmailConsentRule{Common: defaultCommon(defaultEmailConsentClause)},
		PIIEgress:    PIIEgressRule{Common: defaultCommon(defaultPIIEgressClause), Deny: []string{"user.*"}, Unknown: "report"},
	}
	d.known(raw, "", "version", "policy", "url", "run", "data", "rules", "exceptions")

	switch v, present := raw["version"]; {
	case !present:
		d.errs = append(d.errs, &Error{
			Pos: Position{File: d.file, Line: 1, Col: 1},
			Msg: `missing required key "version" (add version = 1 at the top)`,
		})
	default:
		n, ok := v.(int64)
		if !ok {
			d.badType("version", v, "an integer")
		} else if n != 1 {
			d.errorf("version", "unsupported manifest version %d (this policylint reads version 1)", n)
		}
		p.Version = int(n)
	}
	p.Name, _ = d.str(raw, "", "policy")
	p.URL, _ = d.str(raw, "", "url")

	if run, ok := d.table(raw, "", "run"); ok {
		d.known(run, "run", "tests")
		if _, present := run["tests"]; present {
			tests := d.boolean(run, "run", "tests", false)
			p.Run.Tests = &tests
		}
	}
	if data, ok := d.table(raw, "", "data"); ok {
		for _, name := range slices.Sorted(maps.Keys(data)) {
			if c := d.category(data, name); c != nil {
				p.Data[name] = c
			}
		}
	}
	// Every policy has the default categories, so that a manifest can deny
	// user.contact.email without redefining it.
	for _, name := range BuiltinCategories() {
		if _, ok := p.Data[name]; !ok {
			p.Data[name] = &Category{Name: name, Description: builtinCategories[name].Description, Builtins: true}
		}
	}

	if rules, ok := d.table(raw, "", "rules"); ok {
		d.known(rules, "rules", RuleNames...)
		d.rules(rules, p)
	}
	for i, t := range d.tables(raw, "", "exceptions") {
		if ex, ok := d.exception(t, fmt.Sprintf("exceptions[%d]", i)); ok {
			p.Exceptions = append(p.Exceptions, ex)
		}
	}

	names := p.Categories()
	for _, ref := range d.catRefs {
		if !slices.ContainsFunc(names, func(n string) bool { return MatchCategory(ref.pattern, n) }) {
			d.errorf(ref.key, "%s: undefined category %q%s", ref.key, ref.pattern, suggest(ref.pattern, names))
		}
	}
	return p
}

// The default policy's clauses (rules/default.toml says the same).
const (
	defaultPIILogClause       = "We do not use IP addresses to identify visitors."
	defaultEmailConsentClause = "You can turn our e-mails off at any time."
	defaultPIIEgressClause    = "We never share personal information with anyone but the processors listed."
)

func defaultCommon(clause string) Common {
	return Common{Enabled: true, Severity: "error", Clause: clause, Builtins: true}
}

func (d *decoder) category(data map[string]any, name string) *Category {
	key := "data." + name
	if !checkCategoryName(name) {
		d.errorf(key, "invalid category name %q (want dotted words such as user.contact.email)", name)
		return nil
	}
	t, ok := d.table(data, "data", name)
	if !ok {
		return nil
	}
	d.known(t, key, "description", "types", "fields", "funcs", "headers", "names", "tags", "sanitizers", "exclude_types", "builtins")
	c := &Category{Name: name}
	c.Description, _ = d.str(t, key, "description")
	c.Types = d.strs(t, key, "types", typeRef)
	c.Fields = d.strs(t, key, "fields", fieldRef)
	c.Funcs = d.strs(t, key, "funcs", funcRef)
	c.Headers = d.strs(t, key, "headers", headerName)
	c.Names = d.strs(t, key, "names", nameRegexp)
	c.Tags = d.strs(t, key, "tags", structTag)
	c.Sanitizers = d.strs(t, key, "sanitizers", funcRef)
	c.ExcludeTypes = d.strs(t, key, "exclude_types", excludedTypeRef)
	c.Builtins = d.boolean(t, key, "builtins", true)
	return c
}

// common decodes the keys every rule table has.
func (d *decoder) common(t map[string]any, key string, c *Common) {
	c.Enabled = d.boolean(t, key, "enabled", true)
	c.Severity = d.oneOf(t, key, "severity", "error", "error", "warning", "info")
	if clause, ok := d.str(t, key, "clause"); ok {
		c.Clause = clause
	}
	c.Builtins = d.boolean(t, key, "builtins", true)
}

// categories decodes a list of category patterns, to be checked against
// the defined categories once all are known.
func (d *decoder) categories(t map[string]any, key, name string) []string {
	pats := d.strs(t, key, name, catPattern)
	for i, pat := range pats {
		d.catRefs = append(d.catRefs, catRef{key: fmt.Sprintf("%s.%s[%d]", key, name, i), pattern: pat})
	}
	return pats
}

var commonKeys = []string{"enabled", "severity", "clause", "builtins"}

func (d *decoder) rules(rules map[string]any, p *Policy) {
	if t, ok := d.table(rules, "rules", PIILog); ok {
		const key = "rules." + PIILog
		d.known(t, key, append(commonKeys, "deny", "sinks")...)
		r := &p.PIILog
		d.common(t, key, &r.Common)
		if _, ok := t["deny"]; ok {
			r.Deny = d.categories(t, key, "deny")
		}
		r.Sinks = d.strs(t, key, "sinks", funcRef)
	}
	if t, ok := d.table(rules, "rules", EmailConsent); ok {
		const key = "rules." + EmailConsent
		d.known(t, key, append(commonKeys, "consent", "consented", "transactional", "senders")...)
		r := &p.EmailConsent
		d.common(t, key, &r.Common)
		r.Consent = d.strs(t, key, "consent", funcOrFieldRef)
		r.Consented = d.strs(t, key, "consented", funcRef)
		r.Transactional = d.strs(t, key, "transactional", funcRef)
		r.Senders = d.strs(t, key, "senders", funcRef)
	}
	if t, ok := d.table(rules, "rules", PIIEgress); ok {
		const key = "rules." + PIIEgress
		d.known(t, key, append(commonKeys, "deny", "unknown", "allow", "sinks")...)
		r := &p.PIIEgress
		d.common(t, key, &r.Common)
		if _, ok := t["deny"]; ok {
			r.Deny = d.categories(t, key, "deny")
		}
		r.Unknown = d.oneOf(t, key, "unknown", "report", "report", "allow")
		for i, a := range d.tables(t, key, "allow") {
			r.Allow = append(r.Allow, d.allow(a, fmt.Sprintf("%s.allow[%d]", key, i)))
		}
		for i, s := range d.tables(t, key, "sinks") {
			r.Sinks = append(r.Sinks, d.sdkSink(s, fmt.Sprintf("%s.sinks[%d]", key, i)))
		}
	}
}

func (d *decoder) host(t map[string]any, key string) string {
	s, ok := d.str(t, key, "host")
	if !ok {
		return ""
	}
	h, err := normHost(s)
	if err != nil {
		d.errorf(key+".host", "%s.host: %v", key, err)
	}
	return h
}

func (d *decoder) allow(t map[string]any, key string) Allow {
	d.known(t, key, "host", "func", "data", "purpose")
	a := Allow{Host: d.host(t, key)}
	if f, ok := d.str(t, key, "func"); ok {
		if _, err := funcRef(f); err != nil {
			d.errorf(key+".func", "%s.func: %v", key, err)
		}
		a.Func = f
	}
	_, hasHost := t["host"]
	_, hasFunc := t["func"]
	switch {
	case hasHost && hasFunc:
		d.errorf(key, "%s: set host or func, not both (make two entries)", key)
	case !hasHost && !hasFunc:
		d.errorf(key, "%s: missing host or func (the destination this entry allows)", key)
	}
	if _, ok := t["data"]; !ok {
		d.errorf(key, "%s: missing data (the categories this destination may receive)", key)
	}
	a.Data = d.categories(t, key, "data")
	a.Purpose, _ = d.str(t, key, "purpose")
	return a
}

func (d *decoder) sdkSink(t map[string]any, key string) SDKSink {
	d.known(t, key, "func", "host")
	var s SDKSink
	if f, ok := d.str(t, key, "func"); ok {
		if _, err := funcRef(f); err != nil {
			d.errorf(key+".func", "%s.func: %v", key, err)
		}
		s.Func = f
	} else if _, present := t["func"]; !present {
		d.errorf(key, "%s: missing func (the SDK call that sends the data)", key)
	}
	s.Host = d.host(t, key)
	if _, present := t["host"]; !present {
		d.errorf(key, "%s: missing host (where the SDK sends the data)", key)
	}
	return s
}

func (d *decoder) exception(t map[string]any, key string) (Exception, bool) {
	d.known(t, key, "rule", "paths", "reason", "expires")
	ex := Exception{Pos: d.at(key)}
	n := len(d.errs)
	if rule, ok := d.str(t, key, "rule"); ok {
		if !slices.Contains(RuleNames, rule) {
			d.errorf(key+".rule", "%s.rule: unknown rule %q%s", key, rule, suggest(rule, RuleNames))
		}
		ex.Rule = rule
	} else if _, present := t["rule"]; !present {
		d.errorf(key, "%s: missing rule (one of %s)", key, strings.Join(RuleNames, ", "))
	}
	ex.Paths = d.strs(t, key, "paths", checkGlob)
	if v, present := t["paths"]; !present {
		d.errorf(key, `%s: missing paths (the files it covers, such as ["internal/legacy/**"])`, key)
	} else if list, ok := v.([]any); ok && len(list) == 0 {
		d.errorf(key+".paths", `%s.paths is empty: the exception covers no file (list the files it covers, such as ["internal/legacy/**"], or remove it)`, key)
	}
	if reason, ok := d.str(t, key, "reason"); ok {
		if strings.TrimSpace(reason) == "" {
			d.errorf(key+".reason", "%s.reason is empty (say why the deviation is accepted)", key)
		}
		ex.Reason = reason
	} else if _, present := t["reason"]; !present {
		d.errorf(key, "%s: missing reason (say why the deviation is accepted)", key)
	}
	if v, present := t["expires"]; present {
		ex.Expires = d.date(key+".expires", v)
	}
	return ex, len(d.errs) == n
}

// date accepts a TOML local date (expires = 2027-03-01), or the same in a
// string, and returns it as midnight UTC.
func (d *decoder) date(key string, v any) time.Time {
	switch v := v.(type) {
	case time.Time:
		if v.Location().String() != "date-local" {
			d.errorf(key, "%s must be a date such as 2027-03-01, not %s", key, typeName(v))
			return time.Time{}
		}
		y, m, day := v.Date()
		return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	case string:
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			d.errorf(key, "%s: %q is not a date (want a date such as 2027-03-01)", key, v)
		}
		return t
	}
	d.badType(key, v, "a date such as 2027-03-01")
	return time.Time{}
}
