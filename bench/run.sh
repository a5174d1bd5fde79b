#!/usr/bin/env bash
# bench/run.sh: policylint against go vet on synthetic modules.
#
#   bash bench/run.sh [SIZE...]      # default: 50 500 2000 shop press notify
#
# A SIZE is a number of packages (a base module: gin, zap and zerolog), or
# the name of a real-shaped module of 37 packages whose dependencies are
# the heavy ones real services use (bench/gen -profile):
#
#   shop     echo, GORM over Postgres (pgx), aws-sdk-go-v2 S3 and SES v2, go-mail, Prometheus
#   press    chi, sqlx over lib/pq, the Google API client (Storage, Gmail), gomail, Prometheus
#   notify   gin, sqlx over MySQL, aws-sdk-go-v2 SNS, SQS and SES v2, go-mail, Prometheus
#
# For each size it generates a module with bench/gen (into bench/out/mSIZE,
# gitignored) and times, with /usr/bin/time:
#
#   noop        go vet -vettool=noop ./...        the floor: loading and type-checking
#   vet         go vet ./...                      the standard vet analyzers
#   vettool     go vet -vettool=policylint ./...
#   standalone  policylint ./...                  (go vet -json -stream underneath)
#
# in three phases:
#
#   cold   a fresh, empty GOCACHE for every run (GOMODCACHE is shared)
#   ci     the build cache warm (go build ./... done) and the vet results
#          cold, as on a CI runner that caches builds (issue 12's figures):
#          a fresh copy of the primed cache for every run
#   warm   everything cached: the same command again
#   incr   warm, after a real edit (a new function) in one leaf package,
#          a fresh edit before every run so that each run re-analyses it
#
# and prints wall time, CPU time (user+sys of the whole process tree), the
# peak RSS of the largest single process, and each time's ratio to the
# noop floor and to plain go vet. Times are medians of the runs; the
# configurations alternate run by run, so that a neighbour's load spreads
# over all of them.
#
# Environment:
#   REPS=3        runs per warm and incremental measurement
#   COLD_REPS=1   runs per cold measurement (each builds everything again)
#   CI_REPS=3     runs per ci measurement
#   FUNCS=4       filler functions per package (bench/gen -funcs)
#   OUT=bench/out where modules, caches and results go
#   KEEP=0        1 keeps the cold caches (they are large)
#   COLD=noop,vet,vettool,standalone   the configurations timed cold
#   CI_CONFIGS=noop,vet,vettool,standalone   the configurations timed in the ci phase
#                 (none skips a phase)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$root/bench/out}
REPS=${REPS:-3}
COLD_REPS=${COLD_REPS:-1}
CI_REPS=${CI_REPS:-3}
FUNCS=${FUNCS:-4}
KEEP=${KEEP:-0}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50 500 2000 shop press notify)

command -v /usr/bin/time >/dev/null || { echo "run.sh: /usr/bin/time (GNU time) is required" >&2; exit 2; }
mkdir -p "$OUT/bin"
export GOFLAGS=-mod=mod
export GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)}
export GOPROXY=${GOPROXY:-$(go env GOPROXY)}

echo "# building policylint and the noop vet tool"
(cd "$root" && go build -o "$OUT/bin/policylint" ./cmd/policylint && go build -o "$OUT/bin/noop" ./bench/noop && go build -o "$OUT/bin/gen" ./bench/gen)
PL=$OUT/bin/policylint
NOOP=$OUT/bin/noop

configs=(noop vet vettool standalone)
cmd_of() {
	case $1 in
	noop) echo "go vet -vettool=$NOOP ./..." ;;
	vet) echo "go vet ./..." ;;
	vettool) echo "go vet -vettool=$PL ./..." ;;
	standalone) echo "$PL ./..." ;;
	esac
}

results=$OUT/results-$(date +%Y%m%d-%H%M%S).tsv
printf 'size\tphase\tconfig\trun\twall_s\tcpu_s\tmaxrss_kb\tstatus\n' >"$results"

# measure SIZE PHASE CONFIG RUN GOCACHE: one timed run, appended to results.
measure() {
	local size=$1 phase=$2 config=$3 run=$4 cache=$5 tf status
	tf=$(mktemp)
	set +e
	(cd "$OUT/m$size" && GOCACHE=$cache /usr/bin/time -f '%e %U %S %M' -o "$tf" $(cmd_of "$config") >"$OUT/last.out" 2>"$OUT/last.err")
	status=$?
	set -e
	# 0: clean; 1: findings (go vet and policylint both exit 1 on them).
	if [ $status -gt 1 ]; then
		echo "run.sh: $config failed on m$size ($phase), exit $status:" >&2
		tail -20 "$OUT/last.err" >&2
		exit 2
	fi
	# GNU time prints "Command exited with non-zero status N" first on failure.
	read -r wall user sys rss < <(grep -v '^Command' "$tf")
	rm -f "$tf"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$phase" "$config" "$run" "$wall" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')" "$rss" "$status" >>"$results"
	printf '  %-6s %-10s run %d: %7.2fs wall %8.2fs cpu %6d MiB\n' "$phase" "$config" "$run" "$wall" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" $((rss / 1024))
}

# touch SIZE N: a real edit in a leaf package (nothing in the module but
# main imports an api package): a new exported function, different each
# time, so the package's export data and every cache key change.
leaf_file() { echo "$OUT/m$1/internal/s0000/api/api.go"; }
touch_leaf() {
	local f
	f=$(leaf_file "$1")
	printf '\n// Touched%d is a benchmark edit.\nfunc Touched%d() string { return "%d" }\n' "$2" "$2" "$2" >>"$f"
}

edit=$(date +%s)
for size in "${sizes[@]}"; do
	mod=$OUT/m$size
	echo "# m$size: generating"
	rm -rf "$mod"
	case $size in
	[0-9]*) "$OUT/bin/gen" -n "$size" -funcs "$FUNCS" -o "$mod" >/dev/null ;;
	*) "$OUT/bin/gen" -profile "$size" -n 36 -funcs "$FUNCS" -o "$mod" >/dev/null ;;
	esac
	cp "$root/testdata/example/go.sum" "$mod/go.sum"
	(cd "$mod" && go mod tidy >/dev/null 2>&1)
	cp "$(leaf_file "$size")" "$OUT/leaf.orig"
	echo "# m$size: $(find "$mod" -name '*.go' | wc -l) files, $(cat $(find "$mod" -name '*.go') | wc -l) lines, $(cd "$mod" && go list ./... | wc -l) packages"

	for run in $(seq "$COLD_REPS"); do
		for config in "${configs[@]}"; do
			case ",${COLD:-noop,vet,vettool,standalone}," in *",$config,"*) ;; *) continue ;; esac
			cache=$OUT/cache-cold
			rm -rf "$cache"
			measure "$size" cold "$config" "$run" "$cache"
			[ "$KEEP" = 1 ] || rm -rf "$cache"
		done
	done

	if [ "${CI_CONFIGS:-all}" != none ]; then
		primed=$OUT/cache-build
		rm -rf "$primed"
		(cd "$mod" && GOCACHE=$primed go build ./... >/dev/null)
		for run in $(seq "$CI_REPS"); do
			for config in "${configs[@]}"; do
				case ",${CI_CONFIGS:-noop,vet,vettool,standalone}," in *",$config,"*) ;; *) continue ;; esac
				rm -rf "$OUT/cache-ci"
				cp -a "$primed" "$OUT/cache-ci"
				measure "$size" ci "$config" "$run" "$OUT/cache-ci"
			done
		done
		rm -rf "$primed" "$OUT/cache-ci"
	fi

	warm=$OUT/cache-warm-$size
	rm -rf "$warm"
	for config in "${configs[@]}"; do
		(cd "$mod" && GOCACHE=$warm $(cmd_of "$config") >/dev/null 2>&1) || true
	done
	for run in $(seq "$REPS"); do
		for config in "${configs[@]}"; do
			measure "$size" warm "$config" "$run" "$warm"
		done
	done
	for run in $(seq "$REPS"); do
		for config in "${configs[@]}"; do
			edit=$((edit + 1))
			touch_leaf "$size" "$edit"
			measure "$size" incr "$config" "$run" "$warm"
		done
	done
	# Which packages one more edit makes policylint re-analyse: each unit
	# the vet tool runs writes a profile named after its package.
	units=$(mktemp -d)
	edit=$((edit + 1))
	touch_leaf "$size" "$edit"
	(cd "$mod" && GOCACHE=$warm POLICYLINT_CPUPROFILE=$units $(cmd_of vettool) >/dev/null 2>&1) || true
	echo "  incr   vettool re-analysed $(ls "$units" | wc -l) package(s) after the edit: $(ls "$units" | sed 's/\.b[0-9]*\.pprof$//' | tr '\n' ' ')"
	rm -rf "$units"
	cp "$OUT/leaf.orig" "$(leaf_file "$size")"
	[ "$KEEP" = 1 ] || rm -rf "$warm"
done

echo
echo "# medians ($(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3))"
sizes_csv=$(IFS=,; echo "${sizes[*]}")
awk -F'\t' -v sizes="$sizes_csv" '
function median(key,   n, i, j, t, a) {
	n = split(vals[key], a, " ")
	for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
	return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
}
NR > 1 {
	if (!(($1) in want)) next
	k = $1 SUBSEP $2 SUBSEP $3
	vals[k "w"] = vals[k "w"] " " $5; vals[k "c"] = vals[k "c"] " " $6; vals[k "r"] = vals[k "r"] " " $7
}
BEGIN {
	ns = split(sizes, S, ","); for (i = 1; i <= ns; i++) want[S[i]] = 1
	np = split("cold ci warm incr", P, " "); nc = split("noop vet vettool standalone", C, " ")
}
END {
	printf "| size | phase | run | wall s | CPU s | peak RSS MiB | wall / noop | CPU / noop | wall / vet | CPU / vet |\n"
	printf "|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n"
	for (s = 1; s <= ns; s++) for (p = 1; p <= np; p++) {
		f = S[s] SUBSEP P[p] SUBSEP "noop"; v = S[s] SUBSEP P[p] SUBSEP "vet"
		if (vals[f "w"] == "") continue
		fw = median(f "w"); fc = median(f "c"); vw = median(v "w"); vc = median(v "c")
		for (c = 1; c <= nc; c++) {
			k = S[s] SUBSEP P[p] SUBSEP C[c]
			if (vals[k "w"] == "") continue
			w = median(k "w"); cp = median(k "c"); r = median(k "r")
			printf "| %s | %s | %s | %.2f | %.2f | %d | %.2f | %.2f | %.2f | %.2f |\n", S[s], P[p], C[c], w, cp, r / 1024, w / fw, cp / fc, w / vw, cp / vc
		}
	}
}' "$results" | tee "$OUT/summary.md"
