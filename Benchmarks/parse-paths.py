#!/usr/bin/env python3
"""Both parse figures from one run: the parse benchmark inside one process (briefing-bench
parse, its own interleaved rounds against `xmlbench sax-count`), and the path users run, a
`briefing parse --summary` process reading its files, between two runs of `xmlbench sax-count
CORPUS` in each round, in both forms: given the directory (`briefing parse --summary CORPUS`, as
sax-count is) and given its 1,000 paths (`CORPUS/*.xml`, as a shell glob expands). Ratios are CPU seconds (user + system) of
sax-count over ours, so above 1 would be faster than libxml2 counting alone; the median of
the rounds' ratios is reported, as the machine is shared.

    Benchmarks/parse-paths.py CORPUS [--rounds N] [--old DIR]   (from the repository root,
    after swift build -c release --product briefing --product briefing-bench)

With --old DIR (a directory holding copies of an earlier build's `briefing` and
`briefing-bench`), both builds run in the same rounds, interleaved with sax-count, and both
are reported: old against new measured side by side on the same shared machine.
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


def fixed_costs(work, xmlbench, count, rounds):
    """What the CLI spends apart from parsing, from feeds of one item: process start (one file),
    per file (a directory of `count` files, less one), and taking `count` paths as arguments
    (the paths, less the directory); for `xmlbench sax-count` too where it applies. Medians."""
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            "<item><title>a</title><link>http://example.com/a</link></item></channel></rss>\n")
    many, one = os.path.join(work, "tiny"), os.path.join(work, "one")
    os.mkdir(many)
    os.mkdir(one)
    paths = []
    for index in range(count):
        paths.append(os.path.join(many, f"{index}.xml"))
        with open(paths[-1], "w") as handle:
            handle.write(feed)
    with open(os.path.join(one, "0.xml"), "w") as handle:
        handle.write(feed)
    briefing = [".build/release/briefing", "parse", "--summary"]
    runs = {"ours one": briefing + [one], "ours many": briefing + [many], "ours paths": briefing + paths,
            "sax one": [xmlbench, "sax-count", one], "sax many": [xmlbench, "sax-count", many]}
    cpu = {name: [] for name in runs}
    for _ in range(rounds):
        for name, command in runs.items():
            cpu[name].append(child_cpu(command))
    median = {name: statistics.median(values) for name, values in cpu.items()}
    return {
        "start": (median["ours one"], median["sax one"]),
        "per file": ((median["ours many"] - median["ours one"]) / (count - 1),
                     (median["sax many"] - median["sax one"]) / (count - 1)),
        "arguments": median["ours paths"] - median["ours many"],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--old", help="directory with an earlier build's briefing and briefing-bench")
    parser.add_argument("--cli-only", action="store_true", help="skip the in-process benchmark")
    options = parser.parse_args()
    files = sorted(glob.glob(os.path.join(options.corpus, "*.xml")))
    if not files:
        sys.exit(f"parse-paths: no .xml files in {options.corpus}")
    work = tempfile.mkdtemp()
    xmlbench = os.path.join(work, "xmlbench")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", xmlbench, "../shared/bench/xmlbench.c", *flags], check=True)

    builds = [("", ".build/release")] + ([("old ", options.old)] if options.old else [])
    for label, directory in [] if options.cli_only else builds:
        bench = subprocess.run([os.path.join(directory, "briefing-bench"), "parse", options.corpus, "--rounds",
                                str(options.rounds)], check=True, capture_output=True, text=True).stdout
        in_process = re.search(r"^ratio: ([0-9.]+)", bench, re.M).group(1)
        print(f"{label}in-process (briefing-bench parse, full model + plain text): {in_process}x sax-count")

    forms = [("CORPUS", [options.corpus]), ("CORPUS/*.xml", files)]
    # An earlier build may not take a directory: it runs the paths form only.
    runs = [(label, directory, form, arguments) for label, directory in builds for form, arguments in forms
            if not label or form != "CORPUS"]
    ours = {(label, form): [] for label, _, form, _ in runs}
    baseline = []
    for round_index in range(options.rounds):
        # sax-count runs before and after our runs of the round, which are compared with the mean
        # of the two: load that drifts during a round weighs on both sides alike. Our runs take
        # turns at going first.
        before = child_cpu([xmlbench, "sax-count", options.corpus])
        round_cpu = {}
        shift = round_index % len(runs)
        for label, directory, form, arguments in runs[shift:] + runs[:shift]:
            round_cpu[(label, form)] = child_cpu([os.path.join(directory, "briefing"), "parse", "--summary", *arguments])
        after = child_cpu([xmlbench, "sax-count", options.corpus])
        baseline.append((before + after) / 2)
        for key, cpu in round_cpu.items():
            ours[key].append(cpu)
    print(f"corpus: {len(files)} files, {options.rounds} rounds")
    for label, _, form, _ in runs:
        key = (label, form)
        ratios = [base / cpu for base, cpu in zip(baseline, ours[key])]
        print(f"{label}CLI (briefing parse --summary {form}, one process): {statistics.median(ratios):.2f}x "
              f"sax-count (median CPU {statistics.median(ours[key]):.3f} s vs {statistics.median(baseline):.3f} s; "
              f"rounds {' '.join(f'{r:.2f}' for r in ratios)})")
    fixed = fixed_costs(work, xmlbench, len(files), options.rounds)
    print(f"apart from parsing, from feeds of one item: process start {fixed['start'][0] * 1000:.1f} ms "
          f"(sax-count {fixed['start'][1] * 1000:.1f} ms); per file {fixed['per file'][0] * 1e6:.1f} µs "
          f"(sax-count {fixed['per file'][1] * 1e6:.1f} µs); taking {len(files)} paths as arguments "
          f"instead of their directory {fixed['arguments']:.3f} s")
    if options.old:
        paired = [old / new for old, new in zip(ours[("old ", "CORPUS/*.xml")], ours[("", "CORPUS/*.xml")])]
        print(f"new vs old (CORPUS/*.xml), CPU of the same rounds: {statistics.median(paired):.3f}x as fast "
              f"(rounds {' '.join(f'{r:.2f}' for r in paired)})")

if __name__ == "__main__":
    main()
