package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// BurntSushi/toml keeps the position of each key to itself, so messages
// about a decoded value would have no place to point at. keyPositions
// rescans the document, which the TOML decoder has already accepted, and
// records where every key, table header and array element starts.
//
// Paths are the dotted key path as written, with array elements as "[i]":
// "rules.piilog.sinks[1]", "data.user.device.ip_address.funcs[0]",
// "rules.piiegress.allow[0].host" (the same path whether the entry is a
// [[rules.piiegress.allow]] table or an inline table in an array).
// Quoted parts are unquoted and joined without quotes (but see joinKey).
//
// The scanner never fails: on input it does not understand it skips ahead,
// and a path it did not record falls back to its nearest recorded parent
// (see decoder.at).
func keyPositions(file, src string) map[string]Position {
	s := &posScanner{
		src:    src,
		file:   file,
		pos:    make(map[string]Position),
		arrays: make(map[string]int),
	}
	s.lines = append(s.lines, 0)
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	s.document()
	return s.pos
}

type posScanner struct {
	src    string
	i      int
	file   string
	lines  []int // byte offset at which each line starts
	pos    map[string]Position
	arrays map[string]int // array-of-tables path -> elements seen so far
	table  string         // the current table's resolved path
}

// at converts a byte offset into a 1-based line and byte column.
func (s *posScanner) at(off int) Position {
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off })
	return Position{File: s.file, Line: line, Col: off - s.lines[line-1] + 1}
}

// record keeps the first position seen for path: a table implicitly
// defined by a dotted key is reported where it is first mentioned.
func (s *posScanner) record(path string, off int) {
	if _, ok := s.pos[path]; !ok {
		s.pos[path] = s.at(off)
	}
}

// joinKey appends a key to a dotted key path; base "" is the top level.
// The empty key, legal in TOML, is written "" so that it cannot be taken
// for the top level.
func joinKey(base, key string) string {
	if key == "" {
		key = `""`
	}
	if base == "" {
		return key
	}
	return base + "." + key
}

func (s *posScanner) eof() bool { return s.i >= len(s.src) }

// skipSpace skips blanks on the current line.
func (s *posScanner) skipSpace() {
	for !s.eof() && (s.src[s.i] == ' ' || s.src[s.i] == '\t' || s.src[s.i] == '\r') {
		s.i++
	}
}

// skipBlank skips blanks, newlines and comments.
func (s *posScanner) skipBlank() {
	for !s.eof() {
		switch s.src[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		case '#':
			s.skipLine()
		default:
			return
		}
	}
}

// skipLine moves past the next newline.
func (s *posScanner) skipLine() {
	if j := strings.IndexByte(s.src[s.i:], '\n'); j >= 0 {
		s.i += j + 1
	} else {
		s.i = len(s.src)
	}
}

func (s *posScanner) document() {
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		if s.src[s.i] == '[' {
			s.header()
		} else {
			s.keyValue(s.table)
		}
		// Whatever is left on the line is a comment (or something the
		// decoder rejected, which cannot happen here).
		s.skipLine()
	}
}

// header reads [a.b] or [[a.b]] and makes it the current table.
func (s *posScanner) header() {
	start := s.i
	s.i++
	array := !s.eof() && s.src[s.i] == '['
	if array {
		s.i++
	}
	keys, offs := s.key()
	if len(keys) == 0 {
		return
	}
	path := ""
	for k, key := range keys {
		path = joinKey(path, key)
		if array && k == len(keys)-1 {
			s.record(path, offs[k])
			n := s.arrays[path]
			s.arrays[path] = n + 1
			path = fmt.Sprintf("%s[%d]", path, n)
			s.record(path, start)
			break
		}
		// A header below an array of tables lives in its last element.
		if n, ok := s.arrays[path]; ok {
			path = fmt.Sprintf("%s[%d]", path, n-1)
		}
		s.record(path, offs[k])
	}
	s.table = path
}

// keyValue reads `key = value` in the table at base.
func (s *posScanner) keyValue(base string) {
	keys, offs := s.key()
	if len(keys) == 0 {
		return
	}
	path := base
	for k, key := range keys {
		path = joinKey(path, key)
		s.record(path, offs[k])
	}
	s.skipSpace()
	if !s.eof() && s.src[s.i] == '=' {
		s.i++
	}
	s.skipSpace()
	s.value(path)
}

// key reads a dotted key, returning its unquoted parts and where each starts.
func (s *posScanner) key() (keys []string, offs []int) {
	for {
		s.skipSpace()
		if s.eof() {
			return keys, offs
		}
		start := s.i
		var part string
		switch s.src[s.i] {
		case '"':
			part = unescape(strings.TrimSuffix(strings.TrimPrefix(s.quoted('"'), `"`), `"`))
		case '\'':
			part = strings.Trim(s.quoted('\''), "'")
		default:
			for !s.eof() && !strings.ContainsRune(" \t\r\n=.[]\"'#,{}", rune(s.src[s.i])) {
				s.i++
			}
			part = s.src[start:s.i]
		}
		if s.i == start {
			return keys, offs
		}
		keys, offs = append(keys, part), append(offs, start)
		s.skipSpace()
		if s.eof() || s.src[s.i] != '.' {
			return keys, offs
		}
		s.i++
	}
}

// quoted reads a single-line string that starts at s.i with quote, and
// returns it with its quotes.
func (s *posScanner) quoted(quote byte) string {
	start := s.i
	s.i++
	for !s.eof() {
		c := s.src[s.i]
		switch {
		case c == '\\' && quote == '"':
			s.i += 2
			continue
		case c == '\n':
			return s.src[start:s.i]
		case c == quote:
			s.i++
			return s.src[start:s.i]
		}
		s.i++
	}
	s.i = len(s.src)
	return s.src[start:]
}

// value skips one value, recording array elements and inline-table keys
// under path.
func (s *posScanner) value(path string) {
	if s.eof() {
		return
	}
	switch c := s.src[s.i]; {
	case c == '[':
		s.array(path)
	case c == '{':
		s.inlineTable(path)
	case strings.HasPrefix(s.src[s.i:], `"""`), strings.HasPrefix(s.src[s.i:], `'''`):
		s.multiline(c)
	case c == '"' || c == '\'':
		s.quoted(c)
	default:
		// Numbers, booleans, dates and times; a date-time may hold a space,
		// so only a delimiter ends it.
		for !s.eof() && !strings.ContainsRune(",]}#\n", rune(s.src[s.i])) {
			s.i++
		}
	}
}

func (s *posScanner) multiline(quote byte) {
	delim := strings.Repeat(string(quote), 3)
	s.i += 3
	for !s.eof() {
		if quote == '"' && s.src[s.i] == '\\' {
			s.i += 2
			continue
		}
		if strings.HasPrefix(s.src[s.i:], delim) {
			s.i += 3
			// Up to two more quotes belong to the content: """a"""""
			for n := 0; n < 2 && !s.eof() && s.src[s.i] == quote; n++ {
				s.i++
			}
			return
		}
		s.i++
	}
	s.i = len(s.src)
}

func (s *posScanner) array(path string) {
	s.i++
	for n := 0; ; {
		s.skipBlank()
		if s.eof() {
			return
		}
		switch s.src[s.i] {
		case ']':
			s.i++
			return
		case ',':
			s.i++
			continue
		}
		start := s.i
		elem := fmt.Sprintf("%s[%d]", path, n)
		s.record(elem, start)
		s.value(elem)
		n++
		if s.i == start { // not a value: step over it rather than loop
			s.i++
		}
	}
}

func (s *posScanner) inlineTable(path string) {
	s.i++
	for {
		s.skipBlank() // TOML 1.1 allows newlines and comments here
		if s.eof() {
			return
		}
		switch s.src[s.i] {
		case '}':
			s.i++
			return
		case ',':
			s.i++
			continue
		}
		start := s.i
		s.keyValue(path)
		if s.i == start {
			s.i++
		}
	}
}

// unescape decodes the escapes of a TOML basic string (TOML 1.1's \e and
// \xHH included), leaving any it does not know as written.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		n := 0 // hex digits that follow
		switch s[i] {
		case 'b':
			b.WriteByte('\b')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'f':
			b.WriteByte('\f')
		case 'r':
			b.WriteByte('\r')
		case 'e':
			b.WriteByte(0x1b)
		case '"', '\\':
			b.WriteByte(s[i])
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		default:
			b.WriteString(s[i-1 : i+1])
		}
		if n == 0 {
			continue
		}
		if r, err := strconv.ParseUint(s[i+1:min(i+1+n, len(s))], 16, 32); err == nil && i+n < len(s) {
			b.WriteRune(rune(r))
			i += n
		} else {
			b.WriteString(s[i-1 : i+1])
		}
	}
	return b.String()
}
