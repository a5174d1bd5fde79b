#!/usr/bin/env bash
# End-to-end test of the golangci-lint module plugin (package golangci/).
#
# It installs golangci-lint, builds a custom binary with the plugin from this
# checkout (`golangci-lint custom`), runs it on testdata/example and checks
# that:
#   1. its findings (file:line, rule) are the standalone command's, with the
#      embedded default policy and with testdata/manifests/acme.toml;
#   2. //nolint:policylint and //policylint:ignore piilog REASON suppress;
#   3. a misspelt setting, an unknown rule and a bad manifest stop the run
#      with a message that names the setting, the rule or file:line:col.
#
# Works offline except for the Go module proxy: `golangci-lint custom` clones
# https://github.com/golangci/golangci-lint.git, so the script makes a git
# repository from the golangci-lint module in the module cache and points
# git at it. golangci-lint drops GIT_* variables such as GIT_CONFIG_GLOBAL
# from the environment of that clone but keeps GIT_CONFIG_COUNT /
# GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n, which is what is used here.
#
# Environment:
#   GOLANGCI_LINT_VERSION  golangci-lint version (default v2.15.0)
#   GOLANGCI_E2E_GOBIN     reuse this directory for the golangci-lint install
#                          (default: a temporary one)
#   GOLANGCI_E2E_COLD=1    build the custom binary with an empty GOCACHE, to
#                          measure a cold build
#   GOLANGCI_E2E_KEEP=1    keep the temporary directory
#
# Exit status: 0 when every check passes, 1 when one fails, 2 when the set-up
# fails. Temporary files stay outside the repository.
set -euo pipefail

export LC_ALL=C
VERSION=${GOLANGCI_LINT_VERSION:-v2.15.0}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/policylint-gcl-e2e.XXXXXX")
cleanup() {
	if [[ -n ${GOLANGCI_E2E_KEEP:-} ]]; then
		echo "kept $TMP"
	else
		chmod -R u+w "$TMP" 2>/dev/null || true
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT

fails=0
step() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; fails=$((fails + 1)); }
die() { printf 'e2e set-up failed: %s\n' "$*" >&2; exit 2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fs", b - a }'; }

# Keep golangci-lint's analysis cache to this run, so that results never come
# from an earlier build of the plugin.
export GOLANGCI_LINT_CACHE="$TMP/gcl-cache"

# ---------------------------------------------------------------- install
step "install golangci-lint $VERSION"
GCL_GOBIN=${GOLANGCI_E2E_GOBIN:-$TMP/gobin}
mkdir -p "$GCL_GOBIN"
GCL="$GCL_GOBIN/golangci-lint"
if [[ ! -x $GCL ]] || ! "$GCL" version 2>/dev/null | grep -q "version ${VERSION#v} "; then
	t0=$(now)
	GOBIN="$GCL_GOBIN" go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$VERSION" || die "go install golangci-lint@$VERSION"
	echo "installed in $(elapsed "$t0" "$(now)")"
fi
"$GCL" version

# ---------------------------------------------------------------- offline clone source
step "git repository for 'golangci-lint custom' from the module cache"
src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
[[ -n $src && -d $src ]] || die "go mod download github.com/golangci/golangci-lint/v2@$VERSION gave no directory"
mirror="$TMP/golangci-lint.git"
cp -R "$src" "$mirror"
chmod -R u+w "$mirror"
(
	cd "$mirror"
	git init -q
	git add -A
	git -c user.name=policylint-e2e -c user.email=e2e@invalid -c commit.gpgsign=false \
		commit -q -m "golangci-lint $VERSION from the Go module cache"
	git tag "$VERSION"
) || die "git repository in $mirror"
export GIT_CONFIG_COUNT=1
export GIT_CONFIG_KEY_0="url.file://$mirror.insteadOf"
export GIT_CONFIG_VALUE_0="https://github.com/golangci/golangci-lint.git"
echo "https://github.com/golangci/golangci-lint.git -> file://$mirror"

# ---------------------------------------------------------------- custom build
step "golangci-lint custom (plugin from $REPO)"
build="$TMP/build"
mkdir -p "$build"
cat >"$build/.custom-gcl.yml" <<EOF
version: $VERSION
name: golangci-lint-policylint
destination: $TMP/bin
plugins:
  - module: github.com/policylint/policylint
    import: github.com/policylint/policylint/golangci
    path: $REPO
EOF
cold=""
if [[ -n ${GOLANGCI_E2E_COLD:-} ]]; then
	cold="GOCACHE=$TMP/gocache"
	echo "cold build: empty GOCACHE"
fi
t0=$(now)
(cd "$build" && env $cold "$GCL" custom -v) >"$TMP/custom.log" 2>&1 || {
	cat "$TMP/custom.log"
	die "golangci-lint custom"
}
build_time=$(elapsed "$t0" "$(now)")
CUSTOM="$TMP/bin/golangci-lint-policylint"
echo "built $CUSTOM in $build_time${cold:+ (cold)}"
"$CUSTOM" version

# ---------------------------------------------------------------- helpers
# A tiny reader of both JSON formats, printing "file:line rule" per finding.
mkdir -p "$TMP/findings"
cat >"$TMP/findings/go.mod" <<'EOF'
module findings

go 1.22
EOF
cat >"$TMP/findings/main.go" <<'EOF'
// Command findings prints "file:line rule" for each finding in a
// golangci-lint (-gcl) or policylint (-pl) JSON report, sorted.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: findings -gcl|-pl FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var out []string
	switch os.Args[1] {
	case "-gcl":
		var r struct {
			Issues []struct {
				FromLinter string
				Text       string
				Pos        struct {
					Filename string
					Line     int
				}
			}
		}
		if err := json.Unmarshal(data, &r); err != nil {
			fmt.Fprintln(os.Stderr, "golangci-lint JSON:", err)
			os.Exit(2)
		}
		for _, is := range r.Issues {
			rule, _, ok := strings.Cut(is.Text, ": ")
			if is.FromLinter != "policylint" || !ok {
				rule = is.FromLinter + "?"
			}
			out = append(out, fmt.Sprintf("%s:%d %s", is.Pos.Filename, is.Pos.Line, rule))
		}
	case "-pl":
		var r struct {
			Findings []struct {
				Rule string
				Pos  struct {
					File string
					Line int
				}
			}
		}
		if err := json.Unmarshal(data, &r); err != nil {
			fmt.Fprintln(os.Stderr, "policylint JSON:", err)
			os.Exit(2)
		}
		for _, f := range r.Findings {
			out = append(out, fmt.Sprintf("%s:%d %s", f.Pos.File, f.Pos.Line, f.Rule))
		}
	}
	sort.Strings(out)
	for _, l := range out {
		fmt.Println(l)
	}
}
EOF
(cd "$TMP/findings" && go build -o "$TMP/bin/findings" .) || die "build the findings reader"
FINDINGS="$TMP/bin/findings"

# gcl_config DIR SETTINGS_YAML writes DIR/.golangci.yml enabling only
# policylint, with every issue shown (no per-linter, same-text or per-line
# caps) so that the sets can be compared.
gcl_config() {
	cat >"$1/.golangci.yml" <<EOF
version: "2"
linters:
  default: none
  enable:
    - policylint
  settings:
    custom:
      policylint:
        type: module
        description: checks code against the privacy policy manifest
        settings:
$2
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
EOF
}

# run_gcl DIR NAME: runs the custom binary in DIR; text report on stdout is
# kept in $TMP/NAME.txt, JSON in $TMP/NAME.json, stderr in $TMP/NAME.err;
# sets rc.
run_gcl() {
	rc=0
	(cd "$1" && "$CUSTOM" run --output.text.path=stdout --output.json.path="$TMP/$2.json" ./...) \
		>"$TMP/$2.txt" 2>"$TMP/$2.err" || rc=$?
}

# ---------------------------------------------------------------- standalone reference
step "standalone policylint on testdata/example"
(cd "$REPO" && go build -o "$TMP/bin/policylint" ./cmd/policylint) || die "go build ./cmd/policylint"
work="$TMP/work"
mkdir -p "$work"
cp -R "$REPO/testdata/example" "$work/example"
cp -R "$REPO/testdata/manifests" "$work/manifests"
ex="$work/example"
(cd "$ex" && go mod download) || die "go mod download in testdata/example"

standalone() { # NAME [flags...]
	local name=$1
	shift
	local src=0
	(cd "$ex" && "$TMP/bin/policylint" -format json "$@" ./...) >"$TMP/$name.pl.json" 2>"$TMP/$name.pl.err" || src=$?
	if ((src > 1)); then
		cat "$TMP/$name.pl.err"
		die "standalone policylint $* exited $src"
	fi
	"$FINDINGS" -pl "$TMP/$name.pl.json" >"$TMP/$name.pl.set"
}
standalone default
standalone acme -policy ../manifests/acme.toml
echo "default policy: $(wc -l <"$TMP/default.pl.set") findings; acme.toml: $(wc -l <"$TMP/acme.pl.set") findings"

# ---------------------------------------------------------------- same findings
# Lines marked `// policylint(standalone): expect RULE` hold findings that
# need every package of the run (an exported function no package calls,
# docs/emailconsent.md): golangci-lint, like go vet, sees one package at a
# time and does not report them.
standalone_only() {
	(cd "$ex" && grep -rnE --include='*.go' "// policylint\(standalone\): expect [a-z]+" .) |
		sed -E 's|^\./||; s|^([^:]*:[0-9]*):.*// policylint\(standalone\): expect ([a-z]+).*|\1 \2|' | sort || true
}
compare() { # NAME SETTINGS_YAML
	local name=$1
	gcl_config "$ex" "$2"
	run_gcl "$ex" "$name"
	if ((rc != 1)); then
		cat "$TMP/$name.err"
		fail "$name: golangci-lint exited $rc, want 1 (issues found)"
		return
	fi
	"$FINDINGS" -gcl "$TMP/$name.json" >"$TMP/$name.gcl.set"
	grep -vxF -f <(standalone_only) "$TMP/$name.pl.set" >"$TMP/$name.pl.cmp" || true
	if diff -u "$TMP/$name.pl.cmp" "$TMP/$name.gcl.set" >"$TMP/$name.diff"; then
		pass "$name: golangci-lint and policylint report the same $(wc -l <"$TMP/$name.gcl.set") findings (file:line rule)"
	else
		fail "$name: findings differ (- policylint, + golangci-lint):"
		cat "$TMP/$name.diff"
	fi
	if grep -v ' (policylint)$' "$TMP/$name.txt" | grep -q '^[^ ].*:[0-9]*:[0-9]*: '; then
		fail "$name: an issue in the text report does not come from policylint"
	fi
}

step "same findings as the standalone command"
compare default "          {}"
compare acme "          policy: ../manifests/acme.toml"
echo "--- golangci-lint text report, default policy (first 3 issues):"
grep -A2 '^[^ ].*:[0-9]*:[0-9]*: ' "$TMP/default.txt" | head -9 || true
tail -n 3 "$TMP/default.txt"

# The example marks each expected finding with `// policylint: expect RULE`
# (both policies), `// policylint(default): expect RULE` or
# `// policylint(acme): expect RULE`. The standalone command is the
# reference; a difference from the markers is only shown.
markers() { # POLICY
	(cd "$ex" && grep -rnE --include='*.go' "// policylint(\(${1}\))?: expect [a-z]+" .) |
		sed -E 's|^\./||; s|^([^:]*:[0-9]*):.*// policylint(\([a-z]+\))?: expect ([a-z]+).*|\1 \3|' | sort
}
# A marker stands for one or more findings of its rule on its line.
for policy in default acme; do
	if [[ $(markers "$policy") == "$(sort -u "$TMP/$policy.gcl.set")" ]]; then
		pass "$policy: the findings are on exactly the lines marked '// policylint: expect RULE'"
	else
		echo "note: $policy: the findings differ from the example's markers (< markers, > golangci-lint):"
		diff <(markers "$policy") <(sort -u "$TMP/$policy.gcl.set") | grep '^[<>]' || true
	fi
done

# ---------------------------------------------------------------- cache
step "an edited manifest is not hidden by golangci-lint's cache"
# .golangci.yml still names ../manifests/acme.toml; change its clause only.
sed -i 's|^clause   = "We do not use IP addresses to identify visitors."|clause   = "No full IP addresses in logs."|' "$work/manifests/acme.toml"
grep -q '"No full IP addresses in logs."' "$work/manifests/acme.toml" || die "editing acme.toml"
run_gcl "$ex" acme-edited
if grep -q '(piilog: "No full IP addresses in logs.")' "$TMP/acme-edited.txt"; then
	pass "cache: the findings quote the edited clause"
else
	fail "cache: the findings still quote the old clause (stale golangci-lint cache)"
	head -3 "$TMP/acme-edited.txt"
fi

# ---------------------------------------------------------------- suppression
step "suppression: //nolint:policylint and //policylint:ignore"
sup="$work/suppressed"
cp -R "$ex" "$sup"
gcl_config "$sup" "          {}"
marked=()
while read -r loc rule; do
	if [[ $rule == piilog ]] && sed -n "${loc#*:}p" "$sup/${loc%%:*}" | grep -q '// policylint: expect piilog'; then
		marked+=("$loc")
	fi
done <"$TMP/default.gcl.set"
if ((${#marked[@]} < 2)); then
	fail "suppression: need two marked findings to edit, found ${#marked[@]}"
else
	nolint=${marked[0]}
	ignore=${marked[1]}
	sed -i "${nolint#*:}s|// policylint: expect piilog|//nolint:policylint // accepted in the e2e test|" "$sup/${nolint%%:*}"
	sed -i "${ignore#*:}s|// policylint: expect piilog|//policylint:ignore piilog accepted in the e2e test|" "$sup/${ignore%%:*}"
	echo "//nolint:policylint on $nolint; //policylint:ignore piilog on $ignore"
	run_gcl "$sup" suppressed
	"$FINDINGS" -gcl "$TMP/suppressed.json" >"$TMP/suppressed.gcl.set"
	grep -v -x -e "$nolint piilog" -e "$ignore piilog" "$TMP/default.gcl.set" >"$TMP/suppressed.want" || true
	if diff -u "$TMP/suppressed.want" "$TMP/suppressed.gcl.set"; then
		pass "suppression: both findings gone, the other $(wc -l <"$TMP/suppressed.want") stay, no complaint about the directives"
	else
		fail "suppression: unexpected findings (- want, + got)"
	fi
fi

# ---------------------------------------------------------------- errors
step "bad settings stop the run with a clear message"
bad="$work/bad"
cp -R "$ex" "$bad"
expect_error() { # NAME SETTINGS_YAML PATTERN
	gcl_config "$bad" "$2"
	run_gcl "$bad" "$1"
	if ((rc == 0 || rc == 1)); then
		fail "$1: golangci-lint exited $rc, want a failure"
	elif grep -q -e "$3" "$TMP/$1.err" "$TMP/$1.txt"; then
		pass "$1: exit $rc, $(grep -h -o -e "$3" "$TMP/$1.err" "$TMP/$1.txt" | head -1)"
	else
		fail "$1: exit $rc but no message matching $3:"
		cat "$TMP/$1.err"
	fi
	grep -h 'policylint settings' "$TMP/$1.err" "$TMP/$1.txt" | head -2 | sed 's/^/    /' || true
}
expect_error misspelt "          polcy: ../manifests/acme.toml" 'unknown setting "polcy" (did you mean "policy"?)'
expect_error unknown-rule "          rules: [piilg]" 'unknown rule "piilg" (did you mean "piilog"?)'
expect_error bad-manifest "          policy: ../manifests/bad/unknown_key.toml" 'manifests/bad/unknown_key.toml:[0-9]*:[0-9]*: '
expect_error missing-manifest "          policy: nowhere.toml" 'nowhere.toml does not exist'

# ---------------------------------------------------------------- summary
step "summary"
echo "custom build: $build_time${cold:+ (cold)}"
if ((fails > 0)); then
	echo "$fails check(s) failed"
	exit 1
fi
echo "all golangci-lint e2e checks passed"
