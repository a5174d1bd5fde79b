package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/policylint/policylint/internal/finding"
)

// jsonVersion is the version of the JSON format, bumped only for a change
// that is not backward compatible.
const jsonVersion = 1

// The JSON contract (manifest spec, section 4). These types are separate
// from finding.Finding on purpose: the contract lives here, and a field
// added to the model does not leak into the output.
type (
	jsonReport struct {
		Version  int           `json:"version"`
		Policy   string        `json:"policy"`
		Findings []jsonFinding `json:"findings"`
		Errors   []jsonProblem `json:"errors"`
	}
	// jsonProblem is an error or a warning of the run. Only errors make
	// the exit status 2.
	jsonProblem struct {
		Severity string   `json:"severity"`
		Message  string   `json:"message"`
		Pos      *jsonPos `json:"pos,omitempty"`
	}
	jsonFinding struct {
		Rule     string     `json:"rule"`
		Category string     `json:"category"`
		Severity string     `json:"severity"`
		Message  string     `json:"message"`
		Clause   string     `json:"clause"`
		Pos      jsonPos    `json:"pos"`
		Flow     []jsonStep `json:"flow"`
	}
	jsonPos struct {
		File   string `json:"file"`
		Line   int    `json:"line"`
		Column int    `json:"column"`
	}
	jsonStep struct {
		Pos  jsonPos `json:"pos"`
		Note string  `json:"note"`
	}
)

// WriteJSON writes the report as one JSON object:
//
//	{"version": 1, "policy": "...", "findings": [...], "errors": [...]}
//
// Each finding is {"rule", "category", "severity", "message", "clause",
// "pos": {"file", "line", "column"}, "flow": [{"pos", "note"}]}, with file
// relative to BaseDir and slash-separated. Each entry of errors is
// {"severity": "error" or "warning", "message", "pos"}, pos only when the
// problem has a place; errors come from Report.Errors, warnings from
// Report.Warnings. Arrays are empty, never null.
// The object is indented with two spaces and ends with a newline.
func WriteJSON(w io.Writer, r *Report) error {
	p := prepare(r)
	out := jsonReport{
		Version:  jsonVersion,
		Policy:   slashPath(p.policy),
		Findings: make([]jsonFinding, len(p.findings)),
		Errors:   make([]jsonProblem, len(p.problems)),
	}
	for i, pr := range p.problems {
		out.Errors[i] = jsonProblem{Severity: pr.severity, Message: pr.message}
		if pr.pos != nil {
			pos := toJSONPos(*pr.pos)
			out.Errors[i].Pos = &pos
		}
	}
	for i, f := range p.findings {
		out.Findings[i] = toJSONFinding(f, p.severityOf(f))
	}
	return encodeIndented(w, out, "JSON")
}

func toJSONFinding(f finding.Finding, severity string) jsonFinding {
	flow := make([]jsonStep, len(f.Flow))
	for i, s := range f.Flow {
		flow[i] = jsonStep{Pos: toJSONPos(s.Pos), Note: s.Note}
	}
	return jsonFinding{
		Rule:     f.Rule,
		Category: f.Category,
		Severity: severity,
		Message:  f.Message,
		Clause:   f.Clause,
		Pos:      toJSONPos(f.Pos),
		Flow:     flow,
	}
}

func toJSONPos(p finding.Position) jsonPos {
	return jsonPos{File: slashPath(p.File), Line: p.Line, Column: p.Column}
}

// encodeIndented writes v as two-space indented JSON with a trailing
// newline. HTML escaping is off: messages hold "->" and "<nil>", and the
// output is read by people and tools, never embedded in a page.
func encodeIndented(w io.Writer, v any, format string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encoding %s report: %w", format, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("writing %s report: %w", format, err)
	}
	return nil
}
