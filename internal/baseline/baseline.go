// Package baseline records the findings a codebase already has, so that a
// team adopting policylint fails only on new ones.
//
// It sits beside the output formats at the end of the flow (driver ->
// output): the driver filters its findings through a baseline before it
// writes the report. A baseline entry identifies a finding the way SARIF
// fingerprints do (finding.Identity): by rule, data category, file,
// enclosing function and the flow's source and sink, never by line, so
// that unrelated edits above a finding do not bring it back. Entries count
// occurrences: two identical flows in one function are two entries, and a
// third one is new.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/policylint/policylint/internal/finding"
)

// Version is the version of the baseline file format.
const Version = 1

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding. Identity is what matching uses; the other
// fields are there for people reading the file and reviewing its diffs.
type Entry struct {
	Identity string `json:"identity"`
	Rule     string `json:"rule"`
	Category string `json:"category"`
	File     string `json:"file"` // slash-separated, relative to the baseline file's directory
	Function string `json:"function,omitempty"`
	Message  string `json:"message"`
}

// Baseline is a loaded baseline, ready to filter findings.
type Baseline struct {
	dir    string         // the baseline file's directory
	counts map[string]int // identity -> occurrences recorded
}

// relFile returns file (absolute, or relative to cwd) relative to dir,
// slash-separated.
func relFile(file, cwd, dir string) string {
	if !filepath.IsAbs(file) {
		file = filepath.Join(cwd, file)
	}
	if rel, err := filepath.Rel(dir, file); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(file)
}

// Write records findings (whose files are absolute or relative to cwd) in
// a new baseline file at path.
func Write(path, cwd string, findings []finding.Finding) error {
	if !filepath.IsAbs(path) {
		path = filepath.Join(cwd, path)
	}
	dir := absDir(path, cwd)
	f := File{Version: Version, Findings: []Entry{}}
	for _, fd := range findings {
		file := relFile(fd.Pos.File, cwd, dir)
		f.Findings = append(f.Findings, Entry{
			Identity: fd.Identity(file),
			Rule:     fd.Rule,
			Category: fd.Category,
			File:     file,
			Function: fd.Function,
			Message:  fd.Message,
		})
	}
	slices.SortStableFunc(f.Findings, func(a, b Entry) int {
		return strings.Compare(a.File+"\x00"+a.Identity, b.File+"\x00"+b.Identity)
	})
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("writing baseline %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// Load reads the baseline file at path (relative to cwd).
func Load(path, cwd string) (*Baseline, error) {
	file := path
	if !filepath.IsAbs(file) {
		file = filepath.Join(cwd, file)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("baseline %s does not exist: create it with -write-baseline", path)
		}
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: not a policylint baseline: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, want %d: write it again with -write-baseline", path, f.Version, Version)
	}
	dir := absDir(path, cwd)
	b := &Baseline{dir: dir, counts: make(map[string]int)}
	for i, e := range f.Findings {
		if e.Identity == "" {
			return nil, fmt.Errorf("%s: finding %d has no identity", path, i)
		}
		b.counts[e.Identity]++
	}
	return b, nil
}

// Filter returns the findings that are not in the baseline, in their
// order, and how many were. Each baseline entry absorbs one finding.
func (b *Baseline) Filter(cwd string, findings []finding.Finding) (fresh []finding.Finding, known int) {
	left := make(map[string]int, len(b.counts))
	for id, n := range b.counts {
		left[id] = n
	}
	for _, f := range findings {
		id := f.Identity(relFile(f.Pos.File, cwd, b.dir))
		if left[id] > 0 {
			left[id]--
			known++
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, known
}

// absDir returns the absolute directory of path, relative to cwd.
func absDir(path, cwd string) string {
	if !filepath.IsAbs(path) {
		path = filepath.Join(cwd, path)
	}
	return filepath.Dir(filepath.Clean(path))
}
