#!/usr/bin/env python3
"""Both parse figures from one run: the parse benchmark inside one process (briefing-bench
parse, its own interleaved rounds against `xmlbench sax-count`), and the path users run,
`briefing parse --summary CORPUS/*.xml` as a process reading its files, interleaved with
`xmlbench sax-count CORPUS` round by round. Ratios are CPU seconds (user + system) of
sax-count over ours, so above 1 would be faster than libxml2 counting alone; the median of
the rounds' ratios is reported, as the machine is shared.

    Benchmarks/parse-paths.py CORPUS [--rounds N]   (from the repository root, after
    swift build -c release --product briefing --product briefing-bench)
"""
import argparse
import glob
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile


def child_cpu(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--rounds", type=int, default=11)
    options = parser.parse_args()
    files = sorted(glob.glob(os.path.join(options.corpus, "*.xml")))
    if not files:
        sys.exit(f"parse-paths: no .xml files in {options.corpus}")
    work = tempfile.mkdtemp()
    xmlbench = os.path.join(work, "xmlbench")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", xmlbench, "../shared/bench/xmlbench.c", *flags], check=True)

    bench = subprocess.run([".build/release/briefing-bench", "parse", options.corpus, "--rounds",
                            str(options.rounds)], check=True, capture_output=True, text=True).stdout
    in_process = re.search(r"^ratio: ([0-9.]+)", bench, re.M).group(1)

    ratios, ours, baseline = [], [], []
    for _ in range(options.rounds):
        baseline.append(child_cpu([xmlbench, "sax-count", options.corpus]))
        ours.append(child_cpu([".build/release/briefing", "parse", "--summary", *files]))
        ratios.append(baseline[-1] / ours[-1])
    print(f"corpus: {len(files)} files, {options.rounds} rounds")
    print(f"in-process (briefing-bench parse, full model + plain text): {in_process}x sax-count")
    print(f"CLI (briefing parse --summary, one process): {statistics.median(ratios):.2f}x sax-count "
          f"(median CPU {statistics.median(ours):.2f} s vs {statistics.median(baseline):.2f} s; "
          f"rounds {' '.join(f'{r:.2f}' for r in ratios)})")


if __name__ == "__main__":
    main()
