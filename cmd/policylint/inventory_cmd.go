package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/internal/inventory"
	"github.com/policylint/policylint/rules"
)

// inventoryOptions is the command line of policylint inventory.
type inventoryOptions struct {
	dir         string
	policy      string
	format      string // "" until chosen: md on a terminal, else from -o's extension, else json
	output      string
	tags        string
	tests       bool
	failOnDrift bool
	verbose     bool
	patterns    []string
}

var inventoryFormats = []string{"md", "json", "html", "fides"}

func newInventoryFlags(o *inventoryOptions) *flag.FlagSet {
	fs := flag.NewFlagSet("policylint inventory", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.dir, "C", "", "change to `DIR` before doing anything else, as go -C does")
	fs.StringVar(&o.policy, "policy", "", "manifest `FILE` (default: $POLICYLINT_POLICY, then the nearest policylint.toml, then the embedded default)")
	fs.StringVar(&o.format, "format", "", "`format`: md, json, html or fides (default: md on a terminal; otherwise from the -o file's extension, else json)")
	fs.StringVar(&o.output, "o", "", "write the data map to `FILE` instead of stdout")
	fs.StringVar(&o.tags, "tags", "", "build `tags`, as for go build and go vet")
	fs.BoolVar(&o.tests, "test", false, "include flows in _test.go files")
	fs.BoolVar(&o.failOnDrift, "fail-on-drift", false, "exit 1 when the code and the manifest drift apart")
	fs.BoolVar(&o.verbose, "v", false, "print the manifest in use, the package count and timing to stderr")
	return fs
}

func parseInventoryFlags(args []string) (*inventoryOptions, error) {
	o := new(inventoryOptions)
	var err error
	if o.patterns, err = parseInterspersed(newInventoryFlags(o), args); err != nil {
		return nil, err
	}
	if o.format != "" && !slices.Contains(inventoryFormats, o.format) {
		return nil, fmt.Errorf("invalid -format %q: use md, json, html or fides", o.format)
	}
	return o, nil
}

func printInventoryUsage(w io.Writer) {
	fmt.Fprint(w, `usage: policylint inventory [flags] [packages]

Lists every flow of personal data the analysis finds, allowed or not, by
destination: logs, e-mail, third-party hosts, storage, cookies. Drift
between the code and the manifest is printed as warnings.

Flags:
`)
	fs := newInventoryFlags(new(inventoryOptions))
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, `
Exit status: 0 done, 1 drift with -fail-on-drift, 2 the run could not be done.
See docs/inventory.md for the formats.
`)
}

// cmdInventory runs policylint inventory.
func cmdInventory(args []string, stdout, stderr io.Writer) int {
	opts, err := parseInventoryFlags(args)
	if errors.Is(err, errHelp) {
		printInventoryUsage(stdout)
		return exitClean
	}
	if err != nil {
		errorf(stderr, "inventory: %v", err)
		fmt.Fprintln(stderr, "run 'policylint inventory -h' for usage")
		return exitError
	}
	if opts.dir != "" {
		if err := os.Chdir(opts.dir); err != nil {
			return usageErrorf(stderr, "-C: %v", err)
		}
	}
	cwd, err := os.Getwd()
	if err != nil {
		errorf(stderr, "%v", err)
		return exitError
	}
	dest, err := openReport(opts.output, stdout)
	if err != nil {
		errorf(stderr, "%v", err)
		return exitError
	}
	if opts.format == "" {
		opts.format = defaultInventoryFormat(opts.output, dest)
	}
	r := &runner{opts: &options{policy: opts.policy, tags: opts.tags, patterns: opts.patterns, verbose: opts.verbose}, cwd: cwd, stderr: stderr}
	inv := r.inventory(opts)
	for _, d := range inv.Drift {
		errorf(stderr, "warning: drift: %s", d)
	}
	if err := writeInventory(dest, opts.format, inv); err != nil {
		errorf(stderr, "%v", err)
		return exitError
	}
	switch {
	case len(r.errs) > 0:
		return exitError
	case opts.failOnDrift && len(inv.Drift) > 0:
		return exitFindings
	}
	return exitClean
}

// defaultInventoryFormat is md on a terminal; for a file, the format its
// extension names; json otherwise (a pipe, a file of another name).
func defaultInventoryFormat(output string, dest *reportDest) string {
	switch strings.ToLower(filepath.Ext(output)) {
	case ".md", ".markdown":
		return "md"
	case ".html", ".htm":
		return "html"
	case ".yml", ".yaml":
		return "fides"
	case ".json":
		return "json"
	}
	if f, ok := dest.w.(*os.File); ok && dest.file == nil && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
		return "md"
	}
	return "json"
}

// inventory analyses the packages through go vet with the inventory
// analyzer and builds the data map; r.errs says whether it was complete.
func (r *runner) inventory(opts *inventoryOptions) *inventory.Inventory {
	start := time.Now()
	inv := &inventory.Inventory{Version: 1, Policy: "default", Entries: []inventory.Entry{}, Drift: []inventory.Drift{}}
	finish := func() *inventory.Inventory {
		inv.Errors = append(append([]string{}, r.errs...), r.warnings...)
		return inv
	}
	policy, err := rules.LoadFor(opts.policy, r.cwd)
	if err != nil {
		r.fail("%v", err)
		return finish()
	}
	for _, w := range policy.Warnings(time.Now()) {
		msg := r.trim(w.Error())
		r.warnings = append(r.warnings, msg)
		errorf(r.stderr, "warning: %s", msg)
	}
	r.verbosef("policy: %s", r.rel(policy.Path))
	exe, err := executable()
	if err != nil {
		r.fail("%v", err)
		return finish()
	}
	explicit := opts.policy
	if explicit != "" && !filepath.IsAbs(explicit) {
		explicit = filepath.Join(r.cwd, explicit)
	}
	args := vetCommand(exe, r.opts, explicit)
	args = slices.Insert(args, slices.Index(args, "-stream")+1, "-inventory")
	res, flows, err := runInventoryVet(r.cwd, args)
	if err != nil {
		r.fail("%v", err)
		return finish()
	}
	for _, msg := range res.errors {
		r.fail("%s", msg)
	}
	flows = append(flows, findingFlows(res.findings, flows)...)
	if len(res.errors) == 0 {
		for _, w := range res.unresolvedReferences() {
			msg := r.trim(w)
			r.warnings = append(r.warnings, msg)
			errorf(r.stderr, "warning: %s", msg)
		}
	}
	if len(res.packages) == 0 && len(res.errors) == 0 {
		r.fail("no packages to analyse in %s", strings.Join(opts.patterns, " "))
	}
	rel := func(p string) string {
		if rp, err := filepath.Rel(r.cwd, p); err == nil && filepath.IsAbs(p) {
			return filepath.ToSlash(rp)
		}
		return filepath.ToSlash(p)
	}
	policyName := "default"
	if policy.Path != "default" && policy.Path != "" {
		policyName = rel(policy.Path)
	}
	built := inventory.Build(flows, inventory.Options{
		Module:   modulePath(r.cwd),
		Policy:   policyName,
		BaseDir:  r.cwd,
		ModCache: goEnv(r.cwd, "GOMODCACHE"),
		Tests:    opts.tests,
	})
	built.Categories = inventory.Categories(policy)
	inventory.CheckDrift(built, policy, rel)
	inv = built
	r.verbosef("packages: %d analysed; %d entries, %d drift", len(res.packages), len(inv.Entries), len(inv.Drift))
	r.verbosef("time: %v", time.Since(start).Round(time.Millisecond))
	return finish()
}

// runInventoryVet runs go vet with the inventory analyzer and reads both
// the rules' records (for errors and packages) and the flows.
func runInventoryVet(dir string, args []string) (*vetRun, []inventory.Flow, error) {
	run, err := runVet(dir, args)
	if err != nil {
		return nil, nil, err
	}
	flows, err := readFlows(bytes.NewReader(run.output))
	if err != nil {
		return nil, nil, fmt.Errorf("reading go vet output: %w", err)
	}
	return run, flows, nil
}

// readFlows collects the flows of the inventory records in the vet
// tool's output.
func readFlows(r io.Reader) ([]inventory.Flow, error) {
	var flows []inventory.Flow
	dec := json.NewDecoder(r)
	for {
		var obj map[string]json.RawMessage
		if err := dec.Decode(&obj); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		raw, ok := obj[streamKey]
		if !ok {
			continue
		}
		var rec inventoryRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			return nil, err
		}
		if rec.Rule == inventoryRule {
			flows = append(flows, rec.Flows...)
		}
	}
	return flows, nil
}

// modulePath reads the module path from the go.mod of dir or a parent.
func modulePath(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if f, err := os.Open(filepath.Join(d, "go.mod")); err == nil {
			defer f.Close()
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
					return strings.Trim(strings.TrimSpace(rest), `"`)
				}
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// goEnv returns a go env variable, or "" when go env fails.
func goEnv(dir, name string) string {
	cmd := exec.Command("go", "env", name)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// writeInventory writes inv in format and closes the -o file.
func writeInventory(d *reportDest, format string, inv *inventory.Inventory) error {
	if d.file != nil {
		if fi, err := d.file.Stat(); err == nil && fi.Mode().IsRegular() {
			if err := d.file.Truncate(0); err != nil {
				d.file.Close()
				return fmt.Errorf("writing the data map: %w", err)
			}
		}
	}
	var err error
	switch format {
	case "json":
		err = inventory.WriteJSON(d.w, inv)
	case "html":
		err = inventory.WriteHTML(d.w, inv)
	case "fides":
		err = inventory.WriteFides(d.w, inv)
	default:
		err = inventory.WriteMarkdown(d.w, inv)
	}
	if d.file != nil {
		if cerr := d.file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("writing the data map: %w", err)
	}
	return nil
}

// findingFlows turns the findings of the run that no flow stands for into
// denied flows, so that every finding is on the map: the findings the
// driver decides across packages (a send in an exported function that
// nothing in the run calls) are not the vet tool's to list.
func findingFlows(fs []finding.Finding, have []inventory.Flow) []inventory.Flow {
	kinds := map[string]string{rules.PIILog: inventory.KindLog, rules.EmailConsent: inventory.KindMail, rules.PIIEgress: inventory.KindHost}
	reasons := map[string]string{rules.PIILog: "denied in logs", rules.EmailConsent: "unguarded", rules.PIIEgress: "not declared"}
	var out []inventory.Flow
	for _, f := range fs {
		kind := kinds[f.Rule]
		if kind == "" || slices.ContainsFunc(have, func(x inventory.Flow) bool {
			return x.Kind == kind && x.Pos == f.Pos && x.Category == f.Category && x.Status == inventory.Denied
		}) {
			continue
		}
		dest := f.Sink
		if kind == inventory.KindLog {
			dest = loggerName(f.Sink)
		}
		out = append(out, inventory.Flow{
			Category: f.Category, Kind: kind, Destination: dest, Status: inventory.Denied, Reason: reasons[f.Rule],
			Function: f.Function, Package: funcPackage(f.Function), Sink: f.Sink, Source: f.Source, Pos: f.Pos, Steps: f.Flow,
		})
	}
	return out
}

// funcPackage returns the package path of a function named as
// types.Func.FullName prints it: "(*example.com/a.T).M" -> "example.com/a".
func funcPackage(fn string) string {
	s := strings.TrimLeft(fn, "(*")
	if recv, _, ok := strings.Cut(s, ")"); ok {
		s = recv
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 && !strings.Contains(s[i:], "/") {
		return s[:i]
	}
	return s
}
