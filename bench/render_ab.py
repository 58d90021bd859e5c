#!/usr/bin/python3
"""A/B of two render_bench binaries on one cache: a regression check for refactors.

    /usr/bin/python3 bench/render_ab.py CACHE.gpkg --before OLD/render_bench --after build/bench/render_bench
        [--pairs 6] [--runs 5] [--size 1920x1080]

Runs the two alternately (before, after, after, before, ...) so that neither always meets a colder or busier
machine, each in its own process, and prints the median of each measure per binary, the ratio after/before
and the spread (min-max of the run medians). The cache should be prepared once (render_bench --prepare).
"""
import argparse
import json
import statistics
import subprocess

MEASURES = [("open_first_ms", "open + first full-extent render, wall (ms)"),
            ("open_first_cpu_ms", "open + first full-extent render, CPU (ms)"),
            ("warm_full_ms", "warm full extent, wall (ms)"), ("warm_full_cpu_ms", "warm full extent, CPU (ms)"),
            ("zoom16_ms", "1/16-area zoom, wall (ms)"), ("zoom16_cpu_ms", "1/16-area zoom, CPU (ms)"),
            ("zoom256_ms", "1/256-area zoom, wall (ms)"), ("zoom256_cpu_ms", "1/256-area zoom, CPU (ms)"),
            ("peak_rss_mib", "peak RSS (MiB)")]


def run(binary, cache, runs, size):
    out = subprocess.run([binary, cache, "--runs", str(runs), "--size", size, "--json"], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cache")
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", default="build/bench/render_bench")
    ap.add_argument("--pairs", type=int, default=6)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", default="1920x1080")
    a = ap.parse_args()
    results = {"before": [], "after": []}
    for i in range(a.pairs):
        order = ("before", "after") if i % 2 == 0 else ("after", "before")
        for which in order:
            results[which].append(run(getattr(a, which), a.cache, a.runs, a.size))
    print(f"\n{a.pairs} alternated runs of each binary, --runs {a.runs}, {a.size}, cache {a.cache}\n")
    print("| measure | before: median (spread) | after: median (spread) | after / before |")
    print("|---|---:|---:|---:|")
    for key, label in MEASURES:
        b = [r[key] for r in results["before"] if key in r]
        f = [r[key] for r in results["after"] if key in r]
        if not b or not f:
            continue
        mb, mf = statistics.median(b), statistics.median(f)
        print(f"| {label} | {mb:.1f} ({min(b):.1f}–{max(b):.1f}) | {mf:.1f} ({min(f):.1f}–{max(f):.1f}) | "
              f"{mf / mb:.2f} |")


if __name__ == "__main__":
    main()
