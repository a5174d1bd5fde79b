// Package taint is policylint's dataflow engine: a building-block analyzer
// that tracks data categories (user.device.ip_address, user.contact.email,
// ...) through a package's SSA form and reports nothing itself.
//
// For every package it computes, per function, a summary of how personal
// data moves through it — "result 0 is user.device.ip_address", "param 1
// reaches a log sink", "param 0 flows to result 0 with IPs masked" — and
// exports the summaries as go/analysis facts, so a wrapper in another
// package that logs its argument is itself a sink and a helper that
// returns an IP is itself a source. Struct fields, package variables and
// context keys that are seen holding personal data are exported as a
// package fact, so a value stored in a long-lived struct is still known to
// be personal when it is read in another function or package.
//
// The rule analyzers (piilog, piiegress) Require Analyzer and read its
// *Result: the sink calls that personal data reaches, with the category,
// where it came from and the steps in between. They decide what to report.
//
// The analysis is flow-insensitive within a function (memory is a set of
// abstract locations keyed by a root value and a field path), field-
// sensitive, and context-insensitive across calls (one summary per
// function). It is bounded: label sets are keyed by category or parameter,
// field paths are truncated, and every fixpoint has an iteration limit.
package taint
