#!/usr/bin/env bash
# Two builds of briefing-bench, `store 100 200` each, interleaved round by round (so both meet the
# same load on a shared machine); prints each round's CPU µs per entry of the first store (new
# entries) and of the second (the same entries again, unchanged), then the medians and new/old.
#
#   cp .build/release/briefing-bench /tmp/bench-old     # before the change
#   swift build -c release --product briefing-bench     # after it
#   Benchmarks/store-compare.sh /tmp/bench-old .build/release/briefing-bench [ROUNDS]   (default 5)
set -euo pipefail
old=$1 new=$2 rounds=${3:-5}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in $(seq "$rounds"); do
    for side in old new; do
        binary=$old
        [ "$side" = new ] && binary=$new
        output=$("$binary" store 100 200)
        first=$(sed -n 's/^first store: .*CPU \([0-9.]*\) µs per entry.*/\1/p' <<<"$output")
        again=$(sed -n 's/^same entries again: .*CPU \([0-9.]*\) µs per entry.*/\1/p' <<<"$output")
        echo "$first" >>"$work/$side-first"
        echo "$again" >>"$work/$side-again"
        echo "round $round $side: new entries $first µs CPU, unchanged entries $again µs CPU"
    done
done
for kind in first again; do
    o=$(median <"$work/old-$kind") n=$(median <"$work/new-$kind")
    label="new entries"
    [ "$kind" = again ] && label="unchanged entries"
    echo "median $label: old $o µs, new $n µs per entry (new/old $(awk -v n="$n" -v o="$o" 'BEGIN { printf "%.2f", n / o }'))"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
