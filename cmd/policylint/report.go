package main

import (
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"

	"github.com/policylint/policylint/internal/output"
)

// reportDest is where the report goes: stdout, or the -o file, which is
// opened before the analysis so that an unwritable path fails at once.
type reportDest struct {
	w    io.Writer
	file *os.File // nil for stdout
}

func openReport(path string, stdout io.Writer) (*reportDest, error) {
	if path == "" {
		return &reportDest{w: stdout}, nil
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("-o %s: is a directory", path)
	}
	// Not truncated yet: a run that dies early leaves an existing report
	// as it was.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fmt.Errorf("-o: %w", err)
	}
	return &reportDest{w: f, file: f}, nil
}

// write writes rep in format and closes the -o file.
func (d *reportDest) write(format string, rep *output.Report) error {
	if d.file != nil {
		// Truncate a regular file only: -o /dev/stdout is a pipe or a tty.
		if fi, err := d.file.Stat(); err == nil && fi.Mode().IsRegular() {
			if err := d.file.Truncate(0); err != nil {
				d.file.Close()
				return fmt.Errorf("writing report: %w", err)
			}
		}
	}
	var err error
	switch format {
	case "json":
		err = output.WriteJSON(d.w, rep)
	case "sarif":
		err = output.WriteSARIF(d.w, rep)
	default:
		err = output.WriteText(d.w, rep, d.colour())
	}
	if d.file != nil {
		if cerr := d.file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}

// colour reports whether text output should be coloured: see wantColour.
func (d *reportDest) colour() bool {
	if d.file != nil {
		return false
	}
	f, ok := d.w.(*os.File)
	return ok && wantColour(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()), os.Getenv)
}

// wantColour says whether to colour output to a terminal (or not): only on
// a terminal that can show it, never when NO_COLOR is set
// (https://no-color.org) or TERM is "dumb".
func wantColour(terminal bool, getenv func(string) string) bool {
	return terminal && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}
