package main

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"os"
	"slices"
)

// edit is one text edit, in byte offsets of a file.
type edit struct {
	file       string
	start, end int
	text       string
}

// fix is the first suggested fix of one diagnostic.
type fix struct {
	key   findingKey // the finding it fixes
	edits []edit     // sorted by file, then offset
}

// fixResult says what applyFixes did.
type fixResult struct {
	applied   int                 // fixes applied
	conflicts int                 // fixes skipped because they overlap an applied one
	files     []string            // files changed
	fixed     map[findingKey]bool // findings whose fix was applied
}

// applyFixes applies the first suggested fix of each diagnostic to the
// files on disk. It is deterministic: fixes are taken in source order, a
// fix that overlaps one already taken is skipped whole, and identical
// fixes (from a package and its test variant) count once. A file that was
// gofmt-formatted is formatted again after its edits.
func applyFixes(fixes []*fix) (*fixResult, error) {
	res := &fixResult{fixed: make(map[findingKey]bool)}
	fixes = slices.Clone(fixes)
	sortFixes(fixes)

	taken := make(map[string][]edit) // by file
	var prev *fix
	prevTaken := false
	for _, fx := range fixes {
		if prev != nil && slices.Equal(prev.edits, fx.edits) {
			// The same fix reported twice: sorting made them neighbours.
			if prevTaken {
				res.fixed[fx.key] = true
			}
			continue
		}
		prev, prevTaken = fx, false
		if conflicts(taken, fx.edits) {
			res.conflicts++
			continue
		}
		for _, e := range fx.edits {
			taken[e.file] = append(taken[e.file], e)
		}
		prevTaken = true
		res.fixed[fx.key] = true
		res.applied++
	}

	files := make([]string, 0, len(taken))
	for f := range taken {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, file := range files {
		if err := editFile(file, taken[file]); err != nil {
			return res, err
		}
		res.files = append(res.files, file)
	}
	return res, nil
}

// sortFixes sorts fixes by their edits, then by the finding they fix.
func sortFixes(fixes []*fix) {
	slices.SortStableFunc(fixes, func(a, b *fix) int {
		return cmp.Or(
			slices.CompareFunc(a.edits, b.edits, compareEdits),
			cmp.Compare(a.key.rule, b.key.rule),
			cmp.Compare(a.key.message, b.key.message),
		)
	})
}

func compareEdits(a, b edit) int {
	return cmp.Or(
		cmp.Compare(a.file, b.file),
		cmp.Compare(a.start, b.start),
		cmp.Compare(a.end, b.end),
		cmp.Compare(a.text, b.text),
	)
}

// conflicts reports whether any of edits overlaps an edit already taken.
// Two insertions at the same offset conflict too, unless identical: their
// order would be arbitrary.
func conflicts(taken map[string][]edit, edits []edit) bool {
	for _, e := range edits {
		for _, t := range taken[e.file] {
			if e == t {
				continue
			}
			if e.start < t.end && t.start < e.end || e.start == t.start {
				return true
			}
		}
	}
	return false
}

// editFile applies edits, which do not overlap, to file.
func editFile(file string, edits []edit) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	fi, err := os.Stat(file)
	if err != nil {
		return err
	}
	slices.SortFunc(edits, compareEdits)
	edits = slices.Compact(edits) // the same edit from two fixes applies once
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end > len(src) {
			return fmt.Errorf("%s: fix edit at offset %d is out of range", file, e.start)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	result := out.Bytes()
	if formatted, err := format.Source(src); err == nil && bytes.Equal(formatted, src) {
		if f, err := format.Source(result); err == nil {
			result = f
		}
	}
	if err := os.WriteFile(file, result, fi.Mode().Perm()); err != nil {
		return fmt.Errorf("writing fixed file: %w", err)
	}
	return nil
}
