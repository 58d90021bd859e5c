#!/usr/bin/python3
"""Whole-process `zhili-cli snapshot` benchmark (issue #13: 13 district sheets of 1M parcels ≤ 3 s).

    /usr/bin/python3 bench/snapshot_bench.py --cache C [--cli build/app/zhili-cli] [--reference OTHER-CLI]
        [--runs 3] [--dpi 300]

Times, on an existing cache (e.g. the one bench/cli_render_bench.py imports), `snapshot --each-district
--out DIR/ --format png` (one A4 sheet per district) and `snapshot --district D --out F.png` for the first
district. With --reference, the two binaries alternate (A B A B …) so a loaded machine slows both alike: quote
the ratio with the load average it prints. Prints the median wall time with min–max and the peak RSS.
"""

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import import_bench  # noqa: E402


def first_district(cache):
    con = sqlite3.connect("file:%s?mode=ro" % cache, uri=True)
    try:
        return con.execute("SELECT min(district) FROM zhili_parcel_totals").fetchone()[0]
    finally:
        con.close()


def cell(samples):
    walls = [s[0] for s in samples]
    return "%.2f s (%.2f–%.2f), %.0f MiB" % (statistics.median(walls), min(walls), max(walls),
                                            max(s[1] for s in samples))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", required=True)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "zhili-cli"))
    ap.add_argument("--reference", help="another zhili-cli to alternate with")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dpi", default="300")
    args = ap.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    clis = [("this", args.cli)] + ([("reference", args.reference)] if args.reference else [])
    district = first_district(args.cache)
    work = tempfile.mkdtemp(prefix="zhili-snapshot-bench-")
    cases = {
        "each district (PNG folder)": lambda out: ["--each-district", "--format", "png", "--out", out + "/"],
        "one district (PNG)": lambda out: ["--district", district, "--out", out + ".png"],
    }
    samples = {(case, name): [] for case in cases for name, _ in clis}
    try:
        for run in range(args.runs):
            for case, extra in cases.items():
                for name, cli in (clis if run % 2 == 0 else clis[::-1]):
                    out = os.path.join(work, "%s-%d" % (name, run))
                    cmd = [cli, "snapshot", "--cache", args.cache, "--dpi", args.dpi] + extra(out)
                    samples[(case, name)].append(import_bench.timed(cmd, []))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("load average %.2f %.2f %.2f, %d runs, --dpi %s" % (os.getloadavg() + (args.runs, args.dpi)))
    print()
    print("| sheets | " + " | ".join(name for name, _ in clis) + (" | ratio |" if args.reference else " |"))
    print("|---|" + "---|" * len(clis) + ("---:|" if args.reference else ""))
    for case in cases:
        row = [cell(samples[(case, name)]) for name, _ in clis]
        if args.reference:
            this = statistics.median(s[0] for s in samples[(case, "this")])
            ref = statistics.median(s[0] for s in samples[(case, "reference")])
            row.append("%.2f×" % (this / ref))
        print("| %s | %s |" % (case, " | ".join(row)))


if __name__ == "__main__":
    main()
