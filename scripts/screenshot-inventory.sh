#!/usr/bin/env bash
# scripts/screenshot-inventory.sh: the data map of testdata/example, with the
# shop's manifest (testdata/manifests/acme.toml), as an HTML page (not kept)
# and its screenshot, docs/inventory.png, taken with headless Chromium from
# Debian's packages.
#
#   bash scripts/screenshot-inventory.sh [OUT.png]
#
# Run it as root (it installs chromium with apt-get when it is missing).
# Chromium runs with no network access of its own: no sandbox (root), no
# GPU, no background networking, component updates, sync or QUIC, and a
# fresh profile; the page loads nothing either.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/inventory.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null; then
	[ "$(id -u)" -eq 0 ] || { echo "screenshot-inventory.sh: chromium is missing; run as root to install it" >&2; exit 2; }
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

(cd "$root" && go build -o "$work/policylint" ./cmd/policylint)
# Drift lines go to stderr; the page is written whatever they say.
"$work/policylint" inventory -C "$root/testdata/example" -policy ../manifests/acme.toml -format html -o "$work/inventory.html" 2>/dev/null || true
[ -s "$work/inventory.html" ] || { echo "screenshot-inventory.sh: no page written" >&2; exit 2; }

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$work/profile" --hide-scrollbars --force-device-scale-factor=1 \
	--window-size=1240,1500 --screenshot="$out" "file://$work/inventory.html" 2>/dev/null
echo "wrote $out"
