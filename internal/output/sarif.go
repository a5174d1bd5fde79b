package output

import (
	"io"

	"github.com/policylint/policylint/internal/finding"
)

const (
	sarifSchema    = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion   = "2.1.0"
	toolName       = "policylint"
	informationURI = "https://github.com/policylint/policylint"
	// srcRoot is the uriBaseId of every relative artifact URI: the
	// directory the run was started in, recorded in originalUriBaseIds.
	srcRoot = "%SRCROOT%"
)

// The subset of SARIF 2.1.0 that policylint writes. Optional properties
// are omitted when empty; arrays that SARIF or GitHub require are always
// present.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		Invocations        []sarifInvocation                `json:"invocations"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult                    `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string          `json:"id"`
		Name                 string          `json:"name"`
		ShortDescription     sarifMessage    `json:"shortDescription"`
		FullDescription      sarifMessage    `json:"fullDescription"`
		Help                 sarifMessage    `json:"help"`
		HelpURI              string          `json:"helpUri,omitempty"`
		DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
		Properties           sarifRuleProps  `json:"properties"`
	}
	sarifRuleConfig struct {
		Enabled *bool  `json:"enabled,omitempty"`
		Level   string `json:"level"`
	}
	sarifRuleProps struct {
		Tags            []string `json:"tags"`
		ProblemSeverity string   `json:"problem.severity"`
	}
	// sarifMessage serves as message and as multiformatMessageString.
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                   `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification    `json:"toolExecutionNotifications,omitempty"`
		WorkingDirectory           *sarifArtifactLocation `json:"workingDirectory,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           *int              `json:"ruleIndex,omitempty"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		CodeFlows           []sarifCodeFlow   `json:"codeFlows,omitempty"`
		Properties          sarifResultProps  `json:"properties"`
	}
	sarifResultProps struct {
		Category string `json:"category"`
		Clause   string `json:"clause"`
	}
	sarifLocation struct {
		PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
		LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
		Message          *sarifMessage          `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	// sarifRegion's columns are go/token columns: bytes, counted from 1.
	// They equal SARIF's character columns on ASCII lines.
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	sarifLogicalLocation struct {
		FullyQualifiedName string `json:"fullyQualifiedName"`
		Kind               string `json:"kind"`
	}
	sarifCodeFlow struct {
		ThreadFlows []sarifThreadFlow `json:"threadFlows"`
	}
	sarifThreadFlow struct {
		Locations []sarifThreadFlowLocation `json:"locations"`
	}
	sarifThreadFlowLocation struct {
		Location sarifLocation `json:"location"`
	}
)

// WriteSARIF writes the report as a SARIF 2.1.0 log that GitHub code
// scanning accepts: one run whose tool.driver lists policylint's three
// rules (and any other rule a finding names) with their documentation, and
// one result per finding with its rule, level, location, flow as a
// codeFlow, stable partial fingerprints, and the data category and policy
// clause as properties. Paths inside BaseDir are relative URIs against
// %SRCROOT%, which originalUriBaseIds maps to BaseDir. Report.Errors and
// Report.Warnings become tool execution notifications, and errors make
// executionSuccessful false.
func WriteSARIF(w io.Writer, r *Report) error {
	p := prepare(r)
	rules := ruleTable(&p)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           toolName,
			Version:        p.version,
			InformationURI: informationURI,
			Rules:          sarifRules(rules),
		}},
		Invocations: []sarifInvocation{invocation(&p)},
		Results:     sarifResults(&p, rules),
	}
	if p.baseDir != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			srcRoot: {URI: dirURI(p.baseDir)},
		}
	}
	doc := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
	return encodeIndented(w, doc, "SARIF")
}

func sarifRules(table []ruleEntry) []sarifRule {
	out := make([]sarifRule, len(table))
	for i, e := range table {
		out[i] = sarifRule{
			ID:               e.ID,
			Name:             e.ID,
			ShortDescription: sarifMessage{Text: shortText(e.RuleInfo)},
			FullDescription:  sarifMessage{Text: fullText(e.RuleInfo)},
			Help:             sarifMessage{Text: helpText(e.RuleInfo), Markdown: helpMarkdown(e.RuleInfo)},
			HelpURI:          e.HelpURI,
			DefaultConfiguration: sarifRuleConfig{
				Enabled: e.ran,
				Level:   sarifLevel(e.Severity),
			},
			Properties: sarifRuleProps{
				Tags:            tagsOf(e.ID),
				ProblemSeverity: problemSeverity(e.Severity),
			},
		}
	}
	return out
}

// invocation records whether the run completed: executionSuccessful is
// false exactly when it had errors (exit status 2). Errors and warnings
// are its notifications, at levels "error" and "warning", with their place
// when they have one. With a base directory it also records the working
// directory, which GitHub uses to make absolute URIs relative.
func invocation(p *prepared) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: !p.failed()}
	for _, pr := range p.problems {
		n := sarifNotification{Level: pr.severity, Message: sarifMessage{Text: pr.text}}
		if pr.pos != nil {
			if loc := physicalLocation(*pr.pos); loc != nil {
				n.Locations = []sarifLocation{{PhysicalLocation: loc}}
			}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	if p.baseDir != "" {
		inv.WorkingDirectory = &sarifArtifactLocation{URI: dirURI(p.baseDir)}
	}
	return inv
}

func sarifResults(p *prepared, rules []ruleEntry) []sarifResult {
	index := make(map[string]int, len(rules))
	for i, e := range rules {
		index[e.ID] = i
	}
	fp := newFingerprinter()
	out := make([]sarifResult, 0, len(p.findings))
	for _, f := range p.findings {
		res := sarifResult{
			RuleID:     f.Rule,
			Level:      sarifLevel(p.severityOf(f)),
			Message:    sarifMessage{Text: f.Message},
			Locations:  resultLocations(f),
			CodeFlows:  codeFlows(f.Flow),
			Properties: sarifResultProps{Category: f.Category, Clause: f.Clause},
		}
		if i, ok := index[f.Rule]; ok {
			res.RuleIndex = &i
		}
		fpv := fp.next(f, slashPath(f.Pos.File))
		res.PartialFingerprints = map[string]string{
			fingerprintKey:       fpv,
			githubFingerprintKey: fpv,
		}
		out = append(out, res)
	}
	return out
}

// resultLocations is the finding's primary location (GitHub annotates the
// first one only), with the enclosing function as its logical location.
func resultLocations(f finding.Finding) []sarifLocation {
	loc := sarifLocation{PhysicalLocation: physicalLocation(f.Pos)}
	if f.Function != "" {
		loc.LogicalLocations = []sarifLogicalLocation{{FullyQualifiedName: f.Function, Kind: "function"}}
	}
	if loc.PhysicalLocation == nil && loc.LogicalLocations == nil {
		return []sarifLocation{}
	}
	return []sarifLocation{loc}
}

// codeFlows is the flow from source to sink as one thread flow, each step
// with its note; nil (omitted) when the finding has no flow.
func codeFlows(flow []finding.Step) []sarifCodeFlow {
	if len(flow) == 0 {
		return nil
	}
	locs := make([]sarifThreadFlowLocation, len(flow))
	for i, s := range flow {
		locs[i] = sarifThreadFlowLocation{Location: sarifLocation{
			PhysicalLocation: physicalLocation(s.Pos),
			Message:          &sarifMessage{Text: s.Note},
		}}
	}
	return []sarifCodeFlow{{ThreadFlows: []sarifThreadFlow{{Locations: locs}}}}
}

// physicalLocation is nil for a position without a file. A region needs a
// line; the column is left out when unknown.
func physicalLocation(pos finding.Position) *sarifPhysicalLocation {
	if pos.File == "" {
		return nil
	}
	uri, base := artifactURI(pos.File)
	loc := &sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: uri, URIBaseID: base}}
	if pos.Line > 0 {
		loc.Region = &sarifRegion{StartLine: pos.Line, StartColumn: max(pos.Column, 0)}
	}
	return loc
}

// sarifLevel maps a manifest severity to a SARIF level.
func sarifLevel(severity string) string {
	switch severity {
	case severityError:
		return "error"
	case severityInfo:
		return "note"
	}
	return "warning"
}

// problemSeverity maps a manifest severity to GitHub's problem.severity,
// which orders and filters alerts of rules that are not security queries.
func problemSeverity(severity string) string {
	switch severity {
	case severityError:
		return "error"
	case severityInfo:
		return "recommendation"
	}
	return "warning"
}
