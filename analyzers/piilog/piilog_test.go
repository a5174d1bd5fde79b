package piilog_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/piilog"
	"github.com/policylint/policylint/rules"
)

func TestDefaultPolicy(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()),
		"positive", "negative", "wrapper", "libs", "libsclean", "generics")
}

// Shapes seen on real services where whole objects used to be taken for
// the personal data stored in one of their fields.
func TestStoreIntoOneFieldTaintsThatFieldOnly(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()), "precision")
}

// Calls through a service's own interfaces, a handler held in a struct
// field and a function variable reach the implementations that log.
func TestDynamicCallsReachTheirImplementations(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()), "dynamic")
}

// Home-grown loggers that end in a write to standard output, standard
// error or a log file are log sinks; writes to responses, data files,
// request bodies, peers and hashes are not.
func TestWritesToLogWritersAreSinks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()), "writers")
}

// An object attached to a log record contributes the fields its own
// methods (MarshalZerologObject, MarshalLogObject, LogValue, Context,
// Fields) give, and only those.
func TestObjectsLogTheFieldsTheirMethodsAdd(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()), "fields")
}

// A logger's format-string wrappers are sinks for every argument, even
// when go vet does not take them for printf wrappers.
func TestFormatWrappersAreSinksForEveryArgument(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()), "formats")
}

// A service's own logger type writes to the writer it was made with,
// which only its name says is a log.
func TestOwnLoggerTypeWritesToALog(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piilog.New(rules.Default()), "applog", "appuse")
}
