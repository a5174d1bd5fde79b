#!/usr/bin/env bash
# Counts each rule's analyzer fixtures: positive cases (diagnostics a
# fixture expects, `// want "..."` that are not fact expectations) and
# negative look-alikes (fixture functions that expect no diagnostic).
# Stub packages of third-party libraries (testdata/src/<host>/...) are not
# fixtures. Usage: bash scripts/fixture-counts.sh [REPO_DIR]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
printf '%-13s %9s %9s\n' rule positive negative
for rule in piilog emailconsent piiegress; do
	find "analyzers/$rule/testdata/src" -name '*.go' | grep -Ev "testdata/src/[^/]*\.[^/]*/" | sort |
		xargs awk '
			function flush() { if (infunc) { if (wants) pos_funcs++; else neg++ } infunc = 0; wants = 0 }
			FNR == 1 { flush() }
			/^func / { flush(); infunc = 1 }
			/\/\/ want [`"]/ && !/\/\/ want [A-Za-z_]+:/ {
				rest = substr($0, index($0, "// want ") + 8)
				wants++
				pos += gsub(/`[^`]*`|"([^"\\]|\\.)*"/, "", rest)
			}
			END { flush(); printf "%d %d\n", pos, neg }
		' | { read -r pos neg; printf '%-13s %9d %9d\n' "$rule" "$pos" "$neg"; }
done
