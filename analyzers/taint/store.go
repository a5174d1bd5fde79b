package taint

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/tools/go/ssa"

	"github.com/policylint/policylint/rules"
)

// Storage and cookie sinks: calls that write personal data to a database
// or a cache, or back to the browser in a cookie or a response header. No
// rule reports them (piilog and piiegress look at their own kinds only);
// they make the data map complete. Their destination travels in Hit.Host
// and ParamSink.Host, as "SYSTEM:OP:OBJECT" for storage ("sql:INSERT:consents",
// "redis:Set:session:*", "mongodb:InsertOne:users") and "SYSTEM:NAME" for
// cookies ("cookie:shop_email", "header:X-User-Email"); a part the code
// does not name with a constant is empty. StoreDest splits it again.

// storeSinks indexes rules.BuiltinStoreSinks by function.
var storeSinks = sync.OnceValue(func() map[string]rules.StoreSink {
	m := make(map[string]rules.StoreSink, len(rules.BuiltinStoreSinks))
	for _, s := range rules.BuiltinStoreSinks {
		m[s.Func] = s
	}
	return m
})

var responseHeaderMakers = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range rules.ResponseHeaderMakers {
		m[f] = true
	}
	return m
})

// storeCall records what reaches a storage or cookie sink of the
// catalogue; calls of anything else return at once.
func (u *unit) storeCall(instr ssa.CallInstruction, ce callee) {
	s, ok := storeSinks()[ce.name]
	if !ok {
		return
	}
	if s.Response && (len(ce.args) == 0 || !u.responseHeader(ce.args[0])) {
		return // a request's header: egress, not a cookie
	}
	kind := Storage
	if s.Cookie {
		kind = Cookie
	}
	d := dest{host: u.storeDest(ce, s)}
	data := s.Data
	if data == nil {
		first := 0
		if ce.obj != nil && ce.obj.Signature().Recv() != nil {
			first = 1
		}
		for i := first; i < len(ce.args); i++ {
			if i == first && isContext(ce.args[i]) {
				continue
			}
			data = append(data, i)
		}
	}
	name := shortName(ce.obj)
	for _, i := range data {
		if i >= len(ce.args) {
			continue
		}
		t := u.value(ce.args[i])
		if s.Payload {
			t = u.payloadAt(instr, ce.args[i], "", u.visibleAt(ce.args[i], ""))
		}
		u.sinkReached(instr, kind, name, name, nil, i, t, d)
	}
}

func isContext(v ssa.Value) bool {
	return typeName(v.Type()) == "context.Context"
}

// responseHeader reports whether v is the header map of a response.
func (u *unit) responseHeader(v ssa.Value) bool {
	c, ok := u.root(v).obj.(*ssa.Call)
	if !ok {
		return false
	}
	return responseHeaderMakers()[resolve(&c.Call).name]
}

// storeDest names the destination of a storage or cookie sink call.
func (u *unit) storeDest(ce callee, s rules.StoreSink) string {
	var name string
	if s.Name >= 0 && s.Name < len(ce.args) {
		v := ce.args[s.Name]
		switch s.NameIs {
		case rules.NameSQL:
			name = sqlObject(constPrefix(v, 0))
		case rules.NameKey:
			name = keyPattern(v, 0)
		case rules.NameConst:
			name, _ = constString(v)
		case rules.NameCookie:
			name = u.cookieName(v)
		case rules.NameRecv:
			name = u.receiverName(v, 0)
		}
	}
	if s.Cookie {
		return s.System + ":" + name
	}
	op := ""
	if ce.obj != nil {
		op = ce.obj.Name()
	}
	if s.NameIs == rules.NameSQL {
		verb, table, _ := strings.Cut(name, " ")
		name = table
		if verb != "" {
			op = verb
		}
	}
	return s.System + ":" + op + ":" + name
}

// StoreDest splits the destination of a Storage hit into the store
// ("sql"), the operation ("INSERT", "Set", "InsertOne") and the table,
// collection or key ("" when not constant); for a Cookie hit into the
// system ("cookie" or "header") and the name, with op "".
func StoreDest(kind SinkKind, host string) (system, op, object string) {
	system, rest, _ := strings.Cut(host, ":")
	if kind == Cookie {
		return system, "", rest
	}
	op, object, _ = strings.Cut(rest, ":")
	return system, op, object
}

// constPrefix returns the constant text a string value starts with: the
// whole constant, or the constant left operand of a concatenation.
func constPrefix(v ssa.Value, depth int) string {
	if s, ok := constString(v); ok {
		return s
	}
	if b, ok := v.(*ssa.BinOp); ok && depth < 8 {
		return constPrefix(b.X, depth+1)
	}
	return ""
}

// keyPattern renders a Redis key: its constant parts, "*" for the rest
// ("session:" + id is "session:*", fmt.Sprintf("user:%d:email", id) is
// "user:*:email"); "" when nothing of it is constant.
func keyPattern(v ssa.Value, depth int) string {
	if depth > 8 {
		return "*"
	}
	if s, ok := constString(v); ok {
		return s
	}
	switch x := v.(type) {
	case *ssa.BinOp:
		k := keyPattern(x.X, depth+1) + keyPattern(x.Y, depth+1)
		return strings.ReplaceAll(k, "**", "*")
	case *ssa.Call:
		ce := resolve(&x.Call)
		if ce.name == "fmt.Sprintf" && len(ce.args) > 0 {
			if f, ok := constString(ce.args[0]); ok {
				return formatPattern(f)
			}
		}
	}
	if depth == 0 {
		return ""
	}
	return "*"
}

// formatPattern replaces the verbs of a format string with "*".
func formatPattern(f string) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		for i++; i < len(f) && !unicode.IsLetter(rune(f[i])); i++ {
		}
		b.WriteByte('*')
	}
	return b.String()
}

// cookieName finds the constant Name of a cookie built in place:
// &http.Cookie{Name: "shop_email", ...}.
func (u *unit) cookieName(v ssa.Value) string {
	a, ok := u.root(v).obj.(*ssa.Alloc)
	if !ok || a.Referrers() == nil {
		return ""
	}
	for _, ref := range *a.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fieldName(deref(fa.X.Type()), fa.Field) != "Name" || fa.Referrers() == nil {
			continue
		}
		for _, r := range *fa.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
				if s, ok := constString(st.Val); ok {
					return s
				}
			}
		}
	}
	return ""
}

// receiverName finds the table or collection a receiver was made for:
// the constant argument of (*mongo.Database).Collection("users") or of
// (*gorm.DB).Table("users") earlier in a chain of GORM calls.
func (u *unit) receiverName(v ssa.Value, depth int) string {
	c, ok := u.root(v).obj.(*ssa.Call)
	if !ok || depth > 8 {
		return ""
	}
	ce := resolve(&c.Call)
	if ce.obj == nil || ce.obj.Signature().Recv() == nil || len(ce.args) == 0 {
		return ""
	}
	switch typeName(ce.obj.Signature().Recv().Type()) {
	case "*go.mongodb.org/mongo-driver/mongo.Database", "*go.mongodb.org/mongo-driver/v2/mongo.Database":
		if ce.obj.Name() == "Collection" && len(ce.args) > 1 {
			s, _ := constString(ce.args[1])
			return s
		}
	case "*gorm.io/gorm.DB":
		if ce.obj.Name() == "Table" && len(ce.args) > 1 {
			if s, ok := constString(ce.args[1]); ok {
				return s
			}
		}
		return u.receiverName(ce.args[0], depth+1)
	}
	return ""
}

// sqlObject returns "VERB table" for a SQL statement: the statement's
// first keyword and the table it writes (INSERT INTO, UPDATE, DELETE FROM,
// MERGE INTO) or reads first (SELECT ... FROM); either part may be empty.
func sqlObject(query string) string {
	words := sqlWords(query)
	if len(words) == 0 {
		return ""
	}
	verb := strings.ToUpper(words[0])
	after := func(keywords ...string) string {
		for i, w := range words[:len(words)-1] {
			for _, k := range keywords {
				if strings.EqualFold(w, k) {
					return sqlTable(words[i+1])
				}
			}
		}
		return ""
	}
	var table string
	switch verb {
	case "INSERT", "REPLACE", "MERGE", "UPSERT":
		table = after("INTO")
	case "UPDATE":
		if len(words) > 1 {
			table = sqlTable(words[1])
		}
	case "DELETE", "SELECT", "WITH":
		table = after("FROM")
	default:
		verb = ""
	}
	return strings.TrimSpace(verb + " " + table)
}

// sqlWords splits a statement into words, dropping comments and string
// literals; parentheses are words of their own.
func sqlWords(q string) []string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			flush()
			for i < len(q) && q[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			flush()
			end := strings.Index(q[i+2:], "*/")
			if end < 0 {
				return words
			}
			i += end + 3
		case c == '\'':
			flush()
			end := strings.IndexByte(q[i+1:], '\'')
			if end < 0 {
				return words
			}
			i += end + 1
		case c == '(' || c == ')' || c == ',' || c == ';':
			flush()
			words = append(words, string(c))
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			flush()
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return words
}

// sqlTable cleans a table name: quotes go; a subquery or a value list is
// no table.
func sqlTable(w string) string {
	w = strings.NewReplacer(`"`, "", "`", "", "[", "", "]", "").Replace(w)
	for _, r := range w {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '$') {
			return ""
		}
	}
	return w
}
