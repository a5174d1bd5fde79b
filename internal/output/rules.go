package output

import (
	"cmp"
	"go/doc/comment"
	"slices"
	"strings"
	"unicode/utf8"
)

// builtinRules are policylint's three rules, in the order SARIF lists them.
// Their texts are a fallback for a rule that did not run (or that the
// driver described only in part): SARIF always lists all three, and
// GitHub requires every rule to have a description and help text. The
// analyzers' doc.go files remain the source of the real documentation; it
// arrives through Report.Rules.
var builtinRules = []RuleInfo{
	{
		ID:       "piilog",
		Short:    "personal data of a denied category is written to a log",
		HelpURI:  "https://pkg.go.dev/github.com/policylint/policylint/analyzers/piilog",
		Severity: severityError,
	},
	{
		ID:       "emailconsent",
		Short:    "e-mail is sent on a path without a consent or opt-out check",
		HelpURI:  "https://pkg.go.dev/github.com/policylint/policylint/analyzers/emailconsent",
		Severity: severityError,
	},
	{
		ID:       "piiegress",
		Short:    "personal data is sent to a destination that is not allowlisted",
		HelpURI:  "https://pkg.go.dev/github.com/policylint/policylint/analyzers/piiegress",
		Severity: severityError,
	},
}

// ruleTags are the SARIF tags by which GitHub code scanning filters alerts.
var ruleTags = map[string][]string{
	"piilog":       {"logging", "pii", "privacy"},
	"emailconsent": {"consent", "email", "privacy"},
	"piiegress":    {"data-sharing", "pii", "privacy"},
}

// defaultTags are the tags of a rule policylint does not know by name.
var defaultTags = []string{"privacy"}

// githubTextLimit is the length GitHub code scanning accepts for a rule's
// shortDescription.text and fullDescription.text.
const githubTextLimit = 1024

// ruleEntry is one rule of the SARIF rule table.
type ruleEntry struct {
	RuleInfo
	// ran is false for a rule that is known but did not run in this
	// report; nil when the report does not say which rules ran.
	ran *bool
}

// ruleTable lists policylint's three rules first, in their fixed order,
// then every other rule named by Report.Rules or by a finding, in ID order.
// Fields given in Report.Rules override the built-in texts.
func ruleTable(p *prepared) []ruleEntry {
	given := make(map[string]RuleInfo, len(p.rules))
	ran := make(map[string]bool)
	for _, ri := range p.rules {
		given[ri.ID] = ri
		ran[ri.ID] = true
	}
	for _, f := range p.findings {
		ran[f.Rule] = true // a rule with findings ran, listed or not
	}
	listed := make(map[string]bool)
	var table []ruleEntry
	add := func(base RuleInfo) {
		listed[base.ID] = true
		e := ruleEntry{RuleInfo: mergeRule(base, given[base.ID])}
		if len(p.rules) > 0 {
			e.ran = new(ran[base.ID])
		}
		table = append(table, e)
	}
	for _, b := range builtinRules {
		add(b)
	}
	var ids []string
	for _, ri := range p.rules {
		ids = append(ids, ri.ID)
	}
	for _, f := range p.findings {
		ids = append(ids, f.Rule)
	}
	slices.Sort(ids)
	for _, id := range slices.Compact(ids) {
		if id != "" && !listed[id] {
			add(RuleInfo{ID: id})
		}
	}
	return table
}

// mergeRule fills the empty fields of override from base.
func mergeRule(base, override RuleInfo) RuleInfo {
	return RuleInfo{
		ID:       base.ID,
		Short:    cmp.Or(override.Short, base.Short),
		Help:     cmp.Or(override.Help, base.Help),
		HelpURI:  cmp.Or(override.HelpURI, base.HelpURI),
		Severity: cmp.Or(override.Severity, base.Severity),
	}
}

// shortText is the rule's one-line description: Short, else the title
// line of Help without its "rule: " prefix, else the rule ID.
func shortText(ri RuleInfo) string {
	if s := firstLine(ri.Short); s != "" {
		return limit(s, githubTextLimit)
	}
	title, _ := splitDoc(ri.Help)
	title = strings.TrimPrefix(title, ri.ID+": ")
	if title != "" {
		return limit(title, githubTextLimit)
	}
	return ri.ID
}

// fullText is the first paragraph of the rule's documentation after the
// title (what the rule finds), on one line; else the short text.
func fullText(ri RuleInfo) string {
	_, body := splitDoc(ri.Help)
	para, _, _ := strings.Cut(body, "\n\n")
	if para = strings.Join(strings.Fields(para), " "); para != "" {
		return limit(para, githubTextLimit)
	}
	return shortText(ri)
}

// helpText is the documentation as `policylint explain` prints it.
func helpText(ri RuleInfo) string {
	if h := strings.TrimSpace(ri.Help); h != "" {
		return h
	}
	return shortText(ri)
}

// helpMarkdown renders the documentation, written in Go doc comment
// syntax, as Markdown: code blocks stay code, and characters such as the
// '*' of "(*net/http.Client).Do" are escaped instead of starting emphasis.
func helpMarkdown(ri RuleInfo) string {
	var parser comment.Parser
	printer := comment.Printer{DocLinkBaseURL: "https://pkg.go.dev"}
	return strings.TrimSpace(string(printer.Markdown(parser.Parse(helpText(ri)))))
}

// splitDoc splits analyzer documentation into its title (first line) and
// the rest.
func splitDoc(doc string) (title, body string) {
	title, body, _ = strings.Cut(strings.TrimSpace(doc), "\n")
	return strings.TrimSpace(title), strings.TrimSpace(body)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(line)
}

// limit shortens s to at most n characters, marking the cut with an
// ellipsis.
func limit(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	return strings.TrimSpace(string(runes[:n-1])) + "…"
}

func tagsOf(id string) []string {
	if tags, ok := ruleTags[id]; ok {
		return tags
	}
	return defaultTags
}
