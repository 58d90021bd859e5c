#!/usr/bin/python3
"""Lists functions longer than a limit (default 80 lines) in the project's C++ sources, longest first.

The sources are clang-formatted, so a function body opens with "{" alone at column 0 and closes with "}"
at column 0; the signature is the non-blank lines just above the "{". Usage:
    scripts/function_lengths.py [--limit N] [DIR ...]      (default DIRs: core maps app)
Exits 1 when a function is over the limit, so it can guard CI.
"""
import argparse
import pathlib
import sys


def functions(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    start = None
    for i, line in enumerate(lines):
        if line == "{":
            start = i
        elif line.startswith("}") and start is not None and not line.startswith("};"):
            sig = i
            j = start - 1
            while j >= 0 and lines[j].strip() and not lines[j].startswith(("//", "#")):
                j -= 1
            signature = " ".join(l.strip() for l in lines[j + 1:start])
            yield signature, start + 1, i - start + 1
            start = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("dirs", nargs="*", default=["core", "maps", "app"])
    args = ap.parse_args()
    found = []
    for d in args.dirs:
        for p in sorted(pathlib.Path(d).rglob("*.cpp")):
            for sig, line, length in functions(p):
                if length > args.limit:
                    found.append((length, f"{p}:{line}", sig[:110]))
    for length, where, sig in sorted(found, reverse=True):
        print(f"{length:5d}  {where}  {sig}")
    print(f"{len(found)} function(s) over {args.limit} lines", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
