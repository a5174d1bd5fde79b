#!/usr/bin/env bash
# bench/units.sh: per-package cost of a vet tool under go vet.
#
#   bash bench/units.sh DIR TOOL [GOCACHE [PACKAGE...]]
#
# runs "go vet -vettool=WRAPPER PACKAGE..." (default ./...) in module DIR, where WRAPPER runs
# TOOL (policylint, bench's noop, or $(go env GOTOOLDIR)/vet for plain
# go vet) under GNU time for every unit the go command hands it, and
# prints one line per unit, costliest first: CPU seconds (user+sys), wall
# seconds, peak RSS in MiB, whether the unit was run for facts only
# (VetxOnly: a dependency) and the package. The tool's results must not be
# cached for the units to run: use a GOCACHE whose vet results are cold
# (a copy of one primed with go build ./..., as bench/run.sh's ci phase
# does), or a tool binary the cache has not seen.
set -euo pipefail
dir=$1 tool=$(realpath "$2")
export GOCACHE=${3:-${GOCACHE:-$(go env GOCACHE)}}
shift $(($# < 3 ? $# : 3))
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./...)
log=$(mktemp) wrap=$(mktemp --suffix=.vettool)
cat >"$wrap" <<WRAP
#!/usr/bin/env bash
cfg="\${@: -1}"
case "\$cfg" in
*.cfg) exec /usr/bin/time -a -o "$log" -f "%U %S %e %M \$(grep -o '"VetxOnly": *[a-z]*' "\$cfg" | grep -o '[a-z]*\$') \$(grep -o '"ImportPath": *"[^"]*"' "\$cfg" | cut -d'"' -f4)" "$tool" "\$@" ;;
*) exec "$tool" "\$@" ;;
esac
WRAP
chmod +x "$wrap"
(cd "$dir" && go vet -vettool="$wrap" "${pkgs[@]}" >/dev/null 2>&1) || true
grep -v '^Command' "$log" | awk '{printf "%7.2f %7.2f %6d %-5s %s\n", $1+$2, $3, $4/1024, $5, $6}' | sort -rn
rm -f "$log" "$wrap"
