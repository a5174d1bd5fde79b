package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// vetLine is a go vet diagnostic, "file:line:col: message", or one of its
// related positions, whose message starts with a tab.
var vetLine = regexp.MustCompile(`^(?:\./)?(\S+\.go):(\d+):(\d+): (.*)$`)

// vetFindings returns the diagnostics go vet printed, as sorted
// "file:line:col: message" lines with slash-separated files relative to
// the directory go vet ran in.
func vetFindings(res result) []string {
	var out []string
	for line := range strings.SplitSeq(res.stderr+res.stdout, "\n") {
		if m := vetLine.FindStringSubmatch(line); m != nil && !strings.HasPrefix(m[4], "\t") {
			out = append(out, m[1]+":"+m[2]+":"+m[3]+": "+m[4])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// standaloneFindings returns the findings of a standalone JSON run in the
// same form.
func standaloneFindings(t *testing.T, res result) []string {
	t.Helper()
	rep, _ := decodeReport(t, []byte(res.stdout))
	var out []string
	for _, f := range rep.Findings {
		out = append(out, filepath.ToSlash(f.Pos.File)+":"+strconv.Itoa(f.Pos.Line)+":"+strconv.Itoa(f.Pos.Column)+": "+*f.Message)
	}
	slices.Sort(out)
	return out
}

func TestVetReportsWhatStandaloneReports(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "svc")
	vet := goVet(t, dir, testEnv(), "./...")
	if vet.code == 0 {
		t.Fatalf("go vet found nothing in svc: %v", vet)
	}
	alone := policylint(t, dir, "-format", "json")
	want := standaloneFindings(t, alone)
	if len(want) == 0 {
		t.Fatalf("standalone found nothing in svc: %v", alone)
	}
	if got := vetFindings(vet); !slices.Equal(got, want) {
		t.Errorf("go vet and standalone disagree\ngo vet:\n\t%s\nstandalone:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestVetCacheFollowsManifest guards against go vet's cache, which keys a
// package's result on the vet tool's identity and flags but not on the
// manifest: -V=full must change with the manifest's content.
func TestVetCacheFollowsManifest(t *testing.T) {
	const (
		piilogOn  = "version = 1\n\n[rules.piilog]\nenabled = true\ndeny = [\"user.device.ip_address\"]\n"
		piilogOff = "version = 1\n\n[rules.piilog]\nenabled = false\ndeny = [\"user.device.ip_address\"]\n"
	)
	t.Parallel()
	dir := fixture(t, "svc")
	manifest := filepath.Join(dir, "policylint.toml")

	writeFile(t, manifest, piilogOn)
	first := goVet(t, dir, testEnv(), "./...")
	if len(vetFindings(first)) == 0 {
		t.Fatalf("want findings with piilog enabled: %v", first)
	}

	writeFile(t, manifest, piilogOff)
	second := goVet(t, dir, testEnv(), "./...")
	if second.code != 0 || len(vetFindings(second)) != 0 {
		t.Errorf("after disabling piilog in policylint.toml, go vet still reports (stale cache?): %v", second)
	}

	// The same through -policy, whose file go vet does not pass to -V=full:
	// the tool reads it from the go command's arguments.
	custom := filepath.Join(dir, "custom.toml")
	writeFile(t, custom, piilogOn)
	if res := goVet(t, dir, testEnv(), "-policy=custom.toml", "./..."); len(vetFindings(res)) == 0 {
		t.Errorf("want findings with piilog enabled in custom.toml: %v", res)
	}
	writeFile(t, custom, piilogOff)
	if res := goVet(t, dir, testEnv(), "-policy=custom.toml", "./..."); res.code != 0 || len(vetFindings(res)) != 0 {
		t.Errorf("after disabling piilog in custom.toml, go vet still reports: %v", res)
	}
}

func TestVetRelativePolicyFromModuleRoot(t *testing.T) {
	t.Parallel()
	dir := withManifests(t, "svc")

	// quiet.toml lies at the module root; the go command runs the tool in
	// each package's directory, internal/handler among them, where a
	// decoy of the same name must not be taken instead.
	writeFile(t, filepath.Join(dir, "internal", "handler", "quiet.toml"), warnManifest)
	res := goVet(t, dir, testEnv(), "-policy=quiet.toml", "./...")
	if res.code != 0 || len(vetFindings(res)) != 0 {
		t.Errorf("-policy=quiet.toml: want no findings in any package, got %v", res)
	}

	// A broken manifest is reported by file, line and column for the
	// package in the subdirectory as well.
	res = goVet(t, dir, testEnv(), "-policy=broken.toml", "./...")
	if res.code == 0 {
		t.Fatalf("-policy=broken.toml: want go vet to fail, got %v", res)
	}
	want := regexp.MustCompile(`broken\.toml:5:\d+: .*enabeld`)
	if !want.MatchString(res.stderr) || !strings.Contains(res.stderr, "# example.com/svc/internal/handler\n") {
		t.Errorf("want %s for example.com/svc/internal/handler, got %v", want, res)
	}
	if strings.Contains(res.stderr, "failed prerequisites") {
		t.Errorf("the manifest error is hidden behind the analyzer graph: %v", res)
	}
}

func TestVetToolProtocol(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "svc")

	res := policylint(t, dir, "-flags")
	var flags []struct {
		Name string
		Bool bool
	}
	if err := json.Unmarshal([]byte(res.stdout), &flags); err != nil {
		t.Fatalf("-flags: not JSON: %v\n%v", err, res)
	}
	if !slices.Contains(flags, struct {
		Name string
		Bool bool
	}{"policy", false}) {
		t.Errorf("-flags does not offer a top-level -policy string flag: %s", res.stdout)
	}

	id := func() string {
		t.Helper()
		res := policylint(t, dir, "-V=full")
		if !regexp.MustCompile(`^policylint version devel \S+ buildID=[0-9a-f]{64}\n$`).MatchString(res.stdout) || res.code != 0 {
			t.Fatalf("-V=full: unexpected answer %v", res)
		}
		return res.stdout
	}
	first := id()
	if id() != first {
		t.Errorf("-V=full is not stable")
	}
	writeFile(t, filepath.Join(dir, "internal", "policylint.toml"), "version = 1\n")
	if id() == first {
		t.Errorf("-V=full does not change when a manifest appears in the module")
	}
}
