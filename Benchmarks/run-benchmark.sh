#!/usr/bin/env bash
# The whole fetch → parse → store run against N feeds served from 127.0.0.1 with 50 ms added latency
# per response, compared with the latency bound (N × 50 ms / concurrency); then a second run, where
# every feed answers 304. Prints wall times, the ratio to the bound, and peak RSS of each run.
#
#   Benchmarks/run-benchmark.sh [FEEDS]      (default 1000; needs a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
feeds=${1:-1000}
concurrency=8
latency=0.05
binary=.build/release/briefing
[ -x "$binary" ] || swift build -c release --product briefing >/dev/null
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 ../shared/bench/make_corpus.py --feeds "$feeds" --seed 42 --out "$work/corpus" >/dev/null
python3 Tests/BriefingPipelineTests/Fixtures/feedserver.py "$work/corpus" --lifetime 600 --latency "$latency" --no-latency-flag "$work/no-latency" >"$work/port" &
server=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
port=$(head -n 1 "$work/port")
{
    echo "store: bench.sqlite"
    echo "drafts: drafts"
    echo "fetch: {concurrency: $concurrency, per_host: $concurrency, timeout: 30s}"
    echo "feeds:"
    for file in $(cd "$work/corpus" && ls | grep -v "manifest" | sort); do
        echo "  - {name: \"$file\", url: \"http://127.0.0.1:$port/$file\", kind: news}"
    done
} >"$work/feeds.yaml"
bound=$(python3 -c "print($feeds * $latency / $concurrency)")
measure() {
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$binary" fetch --config "$work/feeds.yaml" --quiet || true
    read -r wall rss user sys <"$work/time"
    echo "$wall $rss $(python3 -c "print(round($user + $sys, 2))")"
}
read -r wall1 rss1 cpu1 < <(measure)
read -r wall2 rss2 cpu2 < <(measure)
# The same all-304 run against a server that answers without the added latency: what the tool
# itself costs when nothing changed (with 50 ms per answer the bound alone is N × 50 ms / concurrency).
touch "$work/no-latency"
read -r wall3 rss3 cpu3 < <(measure)
entries=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from entries').fetchone()[0])" "$work/bench.sqlite")
python3 - "$feeds" "$bound" "$wall1" "$rss1" "$wall2" "$rss2" "$entries" "$cpu1" "$cpu2" "$wall3" "$cpu3" <<'PY'
import sys
feeds, bound, wall1, rss1, wall2, rss2, entries, cpu1, cpu2, wall3, cpu3 = sys.argv[1:]
bound, wall1, wall2 = float(bound), float(wall1), float(wall2)
print(f"feeds={feeds} entries stored={entries} latency bound={bound:.2f}s")
print(f"first run (fetch+parse+store): {wall1:.2f}s wall = {wall1 / bound:.2f}x the bound, peak RSS {int(rss1) / 1024:.0f} MB, {cpu1}s CPU")
print(f"second run (all 304):          {wall2:.2f}s wall = {wall2 / bound:.2f}x the bound, peak RSS {int(rss2) / 1024:.0f} MB, {cpu2}s CPU")
print(f"third run (all 304, no latency): {float(wall3):.2f}s wall, {cpu3}s CPU")
PY
