#!/usr/bin/env bash
# Instruction counts of the parse benchmark and of the libxml2 baseline under valgrind's
# callgrind: unlike CPU seconds they repeat exactly on a shared machine, so they show what a
# change to the parser costs or saves. Prints the totals of the baseline, of the parse benchmark
# in one process, and of the path users run (a `briefing parse --summary CORPUS` process, start
# included), with their ratios.
#
#   Benchmarks/parse-instructions.sh CORPUS      (needs valgrind and a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: Benchmarks/parse-instructions.sh CORPUS}
[ -x .build/release/briefing-bench ] || swift build -c release --product briefing-bench >/dev/null
[ -x .build/release/briefing ] || swift build -c release --product briefing >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the DWARF of Swift binaries: count a copy without it (symbols stay).
cp .build/release/briefing-bench "$work/bench"
strip --strip-debug "$work/bench"
cp .build/release/briefing "$work/briefing"
strip --strip-debug "$work/briefing"
cc -O2 -o "$work/xmlbench" ../shared/bench/xmlbench.c $(pkg-config --cflags --libs libxml-2.0)
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/out" "$@" >/dev/null 2>"$work/log"
    grep -o 'Collected : [0-9]*' "$work/log" | grep -o '[0-9]*$'
}
baseline=$(count "$work/xmlbench" sax-count "$corpus")
parse=$(count "$work/bench" parse "$corpus" --rounds 1 --no-baseline)
# The CLI runs without threads (see Briefing.main), which valgrind needs: it dies on the threaded process.
cli=$(count "$work/briefing" parse --summary "$corpus")
python3 -c "
b, p, c = $baseline, $parse, $cli
print(f'libxml2 SAX2 sax-count (C): {b / 1e9:.2f} G instructions')
print(f'briefing parse (full model, plain text, one process): {p / 1e9:.2f} G instructions, ratio {b / p:.2f}')
print(f'briefing parse --summary CORPUS (the CLI, process start included): {c / 1e9:.2f} G instructions, ratio {b / c:.2f}')
"
