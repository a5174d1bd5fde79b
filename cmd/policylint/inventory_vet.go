package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/policylint/policylint/analyzers/emailconsent"
	"github.com/policylint/policylint/analyzers/piilog"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/internal/finding"
	"github.com/policylint/policylint/internal/inventory"
	"github.com/policylint/policylint/rules"
)

// The vet tool's side of `policylint inventory`. With the hidden flag
// -inventory it runs one more analyzer beside the rules: it reads the
// hits the engine found for the rules (no second analysis), turns every
// one of them, allowed or not, into an inventory.Flow, and prints the
// package's flows as one {"@policylint": {"rule": "inventory", ...}}
// record, which the driver (inventory_cmd.go) reads back. The rules'
// records still come, so the driver learns the manifest and the packages
// as a normal run does.

// inventoryRule is the "rule" of the records the inventory analyzer
// prints.
const inventoryRule = "inventory"

// inventoryRecord is what the vet tool prints for one package.
type inventoryRecord struct {
	Package string           `json:"package"`
	Rule    string           `json:"rule"`
	Flows   []inventory.Flow `json:"flows"`
}

// withInventory declares the -inventory flag of the vet tool and, when
// args set it, adds the inventory analyzer to as.
func withInventory(as []*analysis.Analyzer, args []string) []*analysis.Analyzer {
	flag.Bool("inventory", false, "print every flow of personal data as JSON records (used by policylint inventory)")
	if !boolArg(args, "inventory") {
		return as
	}
	return append(as, inventoryAnalyzer)
}

// boolArg reports whether the boolean flag name is set in args.
func boolArg(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			break
		}
		switch strings.TrimLeft(a, "-") {
		case name, name + "=true", name + "=1":
			return true
		}
	}
	return false
}

var inventoryAnalyzer = &analysis.Analyzer{
	Name: "policyinventory",
	Doc:  "policyinventory: print every flow of personal data the engine found (used by policylint inventory)",
	// piilog and emailconsent for what they find beside the engine's
	// hits: access-log middleware, and sends without a consent check.
	Requires: []*analysis.Analyzer{taint.Analyzer, piilog.Analyzer, emailconsent.Analyzer},
	Run:      runInventory,
}

func runInventory(pass *analysis.Pass) (any, error) {
	res, ok := pass.ResultOf[taint.Analyzer].(*taint.Result)
	if !ok || res == nil || res.Policy == nil {
		return nil, nil
	}
	flows := hitFlows(pass, res)
	if l, ok := pass.ResultOf[piilog.Analyzer].(*finding.List); ok && l != nil {
		flows = append(flows, accessLogFlows(pass, l.Findings, flows)...)
	}
	mail := mailFlows(pass, emailconsent.TakeSends(pass.Pkg))
	if l, ok := pass.ResultOf[emailconsent.Analyzer].(*finding.List); ok && l != nil {
		mail = append(mail, reportedSends(pass, l.Findings, mail)...)
	}
	flows = append(flows, mail...)
	rec := inventoryRecord{Package: pass.Pkg.Path(), Rule: inventoryRule, Flows: flows}
	if rec.Flows == nil {
		rec.Flows = []inventory.Flow{}
	}
	line, err := json.Marshal(map[string]inventoryRecord{streamKey: rec})
	if err != nil {
		return nil, fmt.Errorf("encoding the inventory: %w", err)
	}
	streamMu.Lock()
	defer streamMu.Unlock()
	if _, err := os.Stdout.Write(append(line, '\n')); err != nil {
		return nil, fmt.Errorf("writing the inventory: %w", err)
	}
	return nil, nil
}

// hitFlows turns the engine's hits into flows, with their status under
// the package's policy.
func hitFlows(pass *analysis.Pass, res *taint.Result) []inventory.Flow {
	p := res.Policy
	var out []inventory.Flow
	for _, h := range res.Hits {
		f := inventory.Flow{
			Category: h.Cat,
			Function: taint.FuncName(h.Fn),
			Package:  pass.Pkg.Path(),
			Sink:     h.Sink,
			Source:   h.Source,
			Pos:      finding.At(pass.Fset, h.Pos),
			Steps:    h.Flow,
		}
		switch h.Kind {
		case taint.Log:
			f.Kind, f.Destination = inventory.KindLog, loggerName(h.RealSink)
			f.Status, f.Reason = inventory.Allowed, "not denied in logs"
			if p.RuleEnabled(rules.PIILog) && p.Denies(rules.PIILog, h.Cat) {
				f.Status, f.Reason = inventory.Denied, "denied in logs"
			}
		case taint.Egress:
			f.Kind, f.Destination = inventory.KindHost, h.Host
			if h.Host == "" {
				f.Destination = inventory.UnknownHost
			}
			f.Status, f.Reason, f.Allow = hostStatus(p, h)
		case taint.Storage, taint.Cookie:
			system, op, object := taint.StoreDest(h.Kind, h.Host)
			f.Kind = inventory.KindStorage
			if h.Kind == taint.Cookie {
				f.Kind = inventory.KindCookie
			}
			f.Destination, f.Operation = strings.TrimSpace(system+" "+object), op
			if system == "cookie" {
				f.Destination, f.Operation = object, ""
				if object == "" {
					f.Destination = "unnamed cookie"
				}
			}
			f.Status, f.Reason = inventory.Undeclared, "category not declared"
			if inventory.Declared(p, h.Cat) {
				f.Status, f.Reason = inventory.Allowed, "declared category"
			}
		default:
			continue
		}
		out = append(out, f)
	}
	return out
}

// loggerName names the logger a log sink belongs to by its package:
// "slog" for slog.Logger.InfoContext, "stdout" for fmt.Println.
func loggerName(sink string) string {
	name, _, _ := strings.Cut(sink, ".")
	if name == "fmt" {
		return "stdout"
	}
	return name
}

// hostStatus says whether the policy lets the hit's data go to its host,
// as piiegress decides it, and by which allow entry.
func hostStatus(p *rules.Policy, h *taint.Hit) (status, reason string, allow *inventory.Allow) {
	if h.Host != "" && rules.Loopback(h.Host) {
		return inventory.Allowed, "this machine", nil
	}
	funcs := append([]string{taint.FuncName(h.Fn)}, h.Funcs...)
	for _, a := range p.PIIEgress.Allow {
		if !slices.ContainsFunc(a.Data, func(pat string) bool { return rules.MatchCategory(pat, h.Cat) }) {
			continue
		}
		if (a.Host != "" && h.Host != "" && rules.MatchHost(a.Host, h.Host)) || (a.Func != "" && slices.Contains(funcs, a.Func)) {
			why := a.Purpose
			if why == "" {
				why = "allow entry"
			}
			return inventory.Allowed, why, &inventory.Allow{Host: a.Host, Func: a.Func, Purpose: a.Purpose}
		}
	}
	if h.Host == "" && p.PIIEgress.Unknown == "allow" {
		return inventory.Allowed, `unknown = "allow"`, nil
	}
	if p.RuleEnabled(rules.PIIEgress) && p.Denies(rules.PIIEgress, h.Cat) {
		return inventory.Denied, "not declared", nil
	}
	return inventory.Undeclared, "not declared", nil
}

// accessLogFlows turns the piilog findings that are not a hit of the
// engine (access-log middleware installed) into log flows.
func accessLogFlows(pass *analysis.Pass, fs []finding.Finding, have []inventory.Flow) []inventory.Flow {
	var out []inventory.Flow
	for _, f := range fs {
		if slices.ContainsFunc(have, func(x inventory.Flow) bool {
			return x.Kind == inventory.KindLog && x.Pos == f.Pos && x.Category == f.Category
		}) {
			continue
		}
		out = append(out, inventory.Flow{
			Category:    f.Category,
			Kind:        inventory.KindLog,
			Destination: "access log",
			Status:      inventory.Denied,
			Reason:      "denied in logs",
			Function:    f.Function,
			Package:     pass.Pkg.Path(),
			Sink:        f.Sink,
			Source:      f.Source,
			Pos:         f.Pos,
			Steps:       f.Flow,
		})
	}
	return out
}

// mailFlows turns the sends emailconsent classified into mail flows:
// the unguarded ones are denied, the others allowed, each with its
// consent state as the reason.
func mailFlows(pass *analysis.Pass, sends []emailconsent.Sent) []inventory.Flow {
	var out []inventory.Flow
	for _, s := range sends {
		f := inventory.Flow{
			Category:    emailconsent.Category,
			Kind:        inventory.KindMail,
			Destination: s.Real,
			Status:      inventory.Allowed,
			Reason:      s.State,
			Function:    s.Function,
			Package:     pass.Pkg.Path(),
			Sink:        s.Sender,
			Source:      s.Recipient,
			Pos:         s.Pos,
			Steps:       s.Flow,
		}
		if s.State == emailconsent.Unguarded {
			f.Status = inventory.Denied
		}
		out = append(out, f)
	}
	return out
}

// reportedSends turns the emailconsent findings that no classified send
// stands for into mail flows, so that every finding is on the map.
func reportedSends(pass *analysis.Pass, fs []finding.Finding, have []inventory.Flow) []inventory.Flow {
	var out []inventory.Flow
	for _, f := range fs {
		if slices.ContainsFunc(have, func(x inventory.Flow) bool { return x.Pos == f.Pos && x.Status == inventory.Denied }) {
			continue
		}
		out = append(out, inventory.Flow{
			Category:    f.Category,
			Kind:        inventory.KindMail,
			Destination: f.Sink,
			Status:      inventory.Denied,
			Reason:      emailconsent.Unguarded,
			Function:    f.Function,
			Package:     pass.Pkg.Path(),
			Sink:        f.Sink,
			Source:      f.Source,
			Pos:         f.Pos,
			Steps:       f.Flow,
		})
	}
	return out
}
