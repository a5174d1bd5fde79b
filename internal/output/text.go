package output

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/fatih/color"

	"github.com/policylint/policylint/internal/finding"
)

// WriteText writes the report for a terminal or a log, one finding per
// line in the compiler style that editors and CI annotators parse:
//
//	internal/api/handler.go:42:3: error: piilog: client IP from r.RemoteAddr reaches log.Printf ...
//		internal/api/handler.go:40:9: r.RemoteAddr is user.device.ip_address
//		internal/api/handler.go:42:3: passed to log.Printf
//	policylint.toml:12:3: sinks: "acme/audit.Record" matches no function
//	1 finding (piilog: 1)
//
// The severity sits right after the position, as in gcc and clang output,
// so that problem matchers (VS Code's $gcc, vim's errorformat) classify it;
// the rule follows, so `grep ': piilog: '` selects one rule. Flow steps are
// indented with a tab beneath their finding. Report.Errors and
// Report.Warnings follow the findings, sorted by position, with BaseDir
// trimmed from their paths and "warning: " after a warning's position; the
// driver need not print them again. The summary line counts findings per
// rule and is left out when there are none.
//
// colour turns on ANSI colours (dim position, coloured severity, bold
// rule). The caller decides, from isatty and NO_COLOR; WriteText never
// looks at the terminal itself.
func WriteText(w io.Writer, r *Report, colour bool) error {
	p := prepare(r)
	pal := newPalette(colour)
	var buf bytes.Buffer
	for _, f := range p.findings {
		writeTextFinding(&buf, pal, f, p.severityOf(f))
	}
	for _, pr := range p.problems {
		switch {
		case pr.severity == problemError:
			buf.WriteString(pr.text)
		case pr.pos != nil:
			buf.WriteString(posString(*pr.pos) + ": " + pal.warning.Sprint("warning") + ": " + pr.message)
		default:
			buf.WriteString(pal.warning.Sprint("warning") + ": " + pr.text)
		}
		buf.WriteByte('\n')
	}
	if len(p.findings) > 0 {
		buf.WriteString(summary(p.findings))
		buf.WriteByte('\n')
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}

func writeTextFinding(buf *bytes.Buffer, pal palette, f finding.Finding, severity string) {
	fmt.Fprintf(buf, "%s: %s: %s: %s\n",
		pal.pos.Sprint(posString(f.Pos)),
		pal.severity(severity).Sprint(severity),
		pal.rule.Sprint(f.Rule),
		f.Message)
	for _, s := range f.Flow {
		fmt.Fprintf(buf, "\t%s: %s\n", pal.pos.Sprint(posString(s.Pos)), s.Note)
	}
}

// posString prints a position as go vet does, dropping the parts that are
// unknown: file:line:col, file:line, file, or "-" for no position.
func posString(p finding.Position) string {
	switch {
	case p.File == "":
		return "-"
	case p.Line <= 0:
		return p.File
	case p.Column <= 0:
		return p.File + ":" + strconv.Itoa(p.Line)
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// summary is "3 findings (emailconsent: 1, piilog: 2)", rules in name order.
func summary(fs []finding.Finding) string {
	var rules []string
	count := make(map[string]int)
	for _, f := range fs {
		if count[f.Rule] == 0 {
			rules = append(rules, f.Rule)
		}
		count[f.Rule]++
	}
	slices.Sort(rules)
	parts := make([]string, len(rules))
	for i, rule := range rules {
		parts[i] = rule + ": " + strconv.Itoa(count[rule])
	}
	noun := "findings"
	if len(fs) == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s (%s)", len(fs), noun, strings.Join(parts, ", "))
}

// palette holds the colours of the text format. Each colour is switched on
// or off explicitly, so the output depends on the caller's choice only,
// not on fatih/color's guess about os.Stdout.
type palette struct {
	pos, rule          *color.Color
	err, warning, info *color.Color
}

func newPalette(enabled bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		pos:     mk(color.Faint),
		rule:    mk(color.Bold),
		err:     mk(color.FgRed, color.Bold),
		warning: mk(color.FgYellow, color.Bold),
		info:    mk(color.FgCyan, color.Bold),
	}
}

func (pal palette) severity(s string) *color.Color {
	switch s {
	case severityError:
		return pal.err
	case severityInfo:
		return pal.info
	}
	return pal.warning
}
