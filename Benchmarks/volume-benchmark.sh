#!/usr/bin/env bash
# A month at real volume (Benchmarks/volume-month.py: ~100 feeds, ~2,700 entries of June 2025, a random
# sample of labeled dev items as the signal) served from 127.0.0.1; one `briefing run`, then the
# draft's figures: body items, signal recall and body precision, section accuracy, patch/pre-release
# leaks, review marks, wall time and peak RSS. The signal items are left out of the shipped model's
# training (BRIEFING_TRAINING_EXCLUDE), so the figures are on items the model never saw.
#
#   Benchmarks/volume-benchmark.sh [SEED] [SIGNAL]      (defaults 1 and 60; needs a release build)
#   CLASSIFY='{section_cap: 15}' …   sets feeds.yaml's classify: key; VERBOSE=1 lists the body and the misses
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
signal=${2:-60}
binary=$PWD/.build/release/briefing
[ -x "$binary" ] || swift build -c release --product briefing >/dev/null
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
python3 Benchmarks/volume-month.py generate --out "$work/month" --seed "$seed" --signal "$signal" --port 1 >/dev/null
python3 Tests/BriefingPipelineTests/Fixtures/feedserver.py "$work/month/feeds" --lifetime 600 >"$work/port" &
server=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
port=$(head -n 1 "$work/port")
python3 Benchmarks/volume-month.py generate --out "$work/month" --seed "$seed" --signal "$signal" --port "$port" \
    --classify "${CLASSIFY:-}"
export BRIEFING_TRAINING_EXCLUDE="$work/month/holdout.jsonl"
cd "$work/month"
/usr/bin/time -f "%e %M" -o "$work/time" "$binary" run --config feeds.yaml --month 2025-06
read -r wall rss <"$work/time"
"$binary" compose --config feeds.yaml --month 2025-06 --format json --out "$work/draft.json"
"$binary" entries --config feeds.yaml --month 2025-06 --json >"$work/entries.json"
cd - >/dev/null
python3 Benchmarks/volume-month.py score "$work/month" "$work/draft.json" "$work/entries.json" ${VERBOSE:+--verbose}
echo "briefing run: ${wall}s wall, peak RSS $((rss / 1024)) MB"
