package piiegress_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/policylint/policylint/analyzers/piiegress"
	"github.com/policylint/policylint/analyzers/policyconfig"
	"github.com/policylint/policylint/analyzers/taint"
	"github.com/policylint/policylint/rules"
)

// testPolicy parses a manifest of testdata.
func testPolicy(t *testing.T, name string) *rules.Policy {
	t.Helper()
	path := filepath.Join(analysistest.TestData(), name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := rules.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPersonalDataToUnlistedHostsIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "positive")
}

func TestCompliantLookAlikesAreNotReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "negative")
}

func TestWrappersInAnotherPackageAreSinksAtTheirCalls(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "handlers")
}

// The engine's summaries of the wrappers say where their parameters go.
func TestWrapperSummariesNameTheirDestination(t *testing.T) {
	engine := taint.New(policyconfig.New(testPolicy(t, "policy.toml")))
	analysistest.Run(t, analysistest.TestData(), engine, "crm")
}

func TestAllowedFunctionMaySendAnywhere(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "hooks")
}

func TestUnknownDestinationsAllowedByManifest(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "unknown_allow.toml")), "dynamicallow")
}

func TestDefaultPolicyDeniesEveryExternalHost(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(rules.Default()), "defaultpolicy")
}

// A request-scoped struct that holds the datastore handle and an e-mail:
// requests made through the datastore do not carry the e-mail.
func TestStoreIntoOneFieldTaintsThatFieldOnly(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "precision", "tracker")
}

// A call through a service's own interface reaches the implementation
// that posts, with that implementation's destination.
func TestInterfaceCallsReachTheirImplementations(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "dynamic")
}

// An API client's request builder (NewRequest) and sender (Do) live in
// another package: the destination is the client's base URL, which the
// caller's constructor call chooses.
func TestRequestBuildersInAnotherPackageResolveAtTheCaller(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "support")
}

// The summaries of the client's functions say where their requests go:
// a constant, a parameter, or the receiver's base URL with its default.
func TestRequestBuilderSummariesCarryTheDestination(t *testing.T) {
	engine := taint.New(policyconfig.New(testPolicy(t, "policy.toml")))
	analysistest.Run(t, analysistest.TestData(), engine, "helpdesk")
}

func TestURLValuesRequestLiteralsAndClientOptionsResolve(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "requests")
}

func TestSDKsSendToTheirDefaultHostOrTheOverride(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "sdks")
}

func TestProcessWideSDKSettingsApplyToThePackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "devharness")
}

func TestPayloadsWithoutNamedFieldsAreTracked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "payloads")
}

func TestServiceCredentialsAndConfigurationAreNotPersonal(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "credentials")
}

// Data handed to a client that queues it on a channel and sends it from a
// background goroutine: the finding is at the call that hands it over.
func TestQueuedDataIsSentByTheBackgroundSender(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), piiegress.New(testPolicy(t, "policy.toml")), "batch", "batchuse")
}
