#!/usr/bin/python3
"""Combines the JSON lines of render_bench and qgis_render_bench.py into one Markdown table (used by run.sh).

    /usr/bin/python3 bench/render_table.py RESULTS.jsonl SIZE RUNS
"""
import datetime
import json
import os
import sys

KEYS = ["open_first_ms", "warm_full_ms", "zoom16_ms", "zoom256_ms"]


def main():
    path, size, runs = sys.argv[1], sys.argv[2], sys.argv[3]
    rows = [json.loads(line) for line in open(path) if line.strip().startswith("{")]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               "?")
    print("Render benchmark, %s UTC, %s, %d cores, load average %s, %s, 96 DPI, median of %s renders" % (
        datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), cpu, os.cpu_count(),
        " ".join(open("/proc/loadavg").read().split()[:3]), size, runs))
    for title, suffix in (("Wall time", "_ms"), ("CPU time (user + sys, all threads)", "_cpu_ms")):
        keys = [k.replace("_ms", suffix) for k in KEYS]
        have = [r for r in rows if all(k in r for k in keys)]
        if not have:
            continue
        print()
        print("%s:" % title)
        print()
        print("| tool | parcels | open + first full (ms) | warm full (ms) | zoom 1/16 (ms) | zoom 1/256 (ms) "
              "| peak RSS (MiB) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        by_count = {}
        for r in have:
            by_count.setdefault(int(r["parcels"]), []).append(r)
            print("| %s | %s | %s | %.0f |" % (r["tool"], format(int(r["parcels"]), ","),
                                               " | ".join("%.1f" % r[k] for k in keys), r["peak_rss_mib"]))
        for n, rs in sorted(by_count.items()):
            z = [r for r in rs if not r["tool"].startswith("QGIS")]
            q = [r for r in rs if r["tool"].startswith("QGIS")]
            if z and q:
                print("| **QGIS / Zhili** | %s | %s | **%.1f×** |" % (format(n, ","), " | ".join(
                    "**%.1f×**" % (q[0][k] / z[0][k]) if z[0][k] > 0 else "–" for k in keys),
                    q[0]["peak_rss_mib"] / z[0]["peak_rss_mib"]))


if __name__ == "__main__":
    main()
