#!/usr/bin/python3
"""QGIS reference for the map-engine benchmark (issue 3): renders a Zhili cache's `parcels` layer with QGIS.

Run with Debian's Python and QGIS (`scripts/install-deps.sh --bench` installs qgis and python3-qgis):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_render_bench.py CACHE.gpkg [--runs 5] [--size 1920x1080]

A categorized renderer on `ecosystem` uses the colours stored in the cache's zhili_ecosystems table (written from
builtinEcosystems() in core/model/ecosystem.cpp); unassigned parcels are #c8c8c8 (unassignedColor()). Measured,
like bench/render_bench does for Zhili:
  - open + first render of the full extent (layer open, renderer set-up and one render; QGIS start-up excluded),
  - warm full-extent render, a 1/16-area zoom and a 1/256-area zoom around the extent centre (median of --runs),
  - peak resident memory of the process (resource.getrusage),
and the CPU time (user + sys, all threads) of each, which a loaded machine disturbs less than wall time.
Prints one Markdown table row per cache under the shared header (or JSON with --json).
"""

import argparse
import json
import os
import re
import resource
import sqlite3
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsMapRendererParallelJob,  # noqa
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle, QgsRendererCategory,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ("| tool | parcels | open + first full (ms) | warm full (ms) | zoom 1/16 (ms) | zoom 1/256 (ms) "
          "| peak RSS (MiB) |\n|---|---:|---:|---:|---:|---:|---:|")


def unassigned_color():
    """unassignedColor() from core/model/ecosystem.cpp when the source is beside us, else its known value."""
    src = os.path.join(os.path.dirname(HERE), "core", "model", "ecosystem.cpp")
    try:
        m = re.search(r'unassignedColor\(\)\s*\{\s*return QStringLiteral\("(#[0-9a-fA-F]{6})"\)', open(src).read())
        if m:
            return m.group(1)
    except OSError:
        pass
    return "#c8c8c8"


def ecosystem_colors(cache):
    con = sqlite3.connect("file:%s?mode=ro" % cache, uri=True)
    try:
        return con.execute("SELECT key, color FROM zhili_ecosystems ORDER BY sort_order").fetchall()
    finally:
        con.close()


def fill(color, outline):
    props = {"color": color, "style": "solid", "outline_style": "solid" if outline else "no",
             "outline_color": "#5a5a5a", "outline_width": "0.1", "outline_width_unit": "MM"}
    return QgsFillSymbol.createSimple(props)


def render(layer, extent, size, parallel, save=None):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(size)
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings) if parallel else QgsMapRendererSequentialJob(settings)
    started, cpu_started = time.perf_counter(), time.process_time()
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    ms = (time.perf_counter() - started) * 1000.0
    cpu_ms = (time.process_time() - cpu_started) * 1000.0
    if save:
        image.save(save)
    return ms, cpu_ms


def zoom(extent, factor):
    """Extent with 1/factor of the area, same centre."""
    c = extent.center()
    s = factor ** 0.5
    w, h = extent.width() / s / 2, extent.height() / s / 2
    return QgsRectangle(c.x() - w, c.y() - h, c.x() + w, c.y() + h)


def bench(cache, args, size):
    started, cpu_started = time.perf_counter(), time.process_time()
    layer = QgsVectorLayer("%s|layername=parcels" % cache, "parcels", "ogr")
    if not layer.isValid():
        raise SystemExit("QGIS could not open the parcels layer of %s" % cache)
    categories = [QgsRendererCategory(key, fill(color, not args.no_outline), key) for key, color in
                  ecosystem_colors(cache)]
    categories.append(QgsRendererCategory(None, fill(unassigned_color(), not args.no_outline), "unassigned"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("ecosystem", categories))
    full = layer.extent()
    save = (lambda name: os.path.join(args.save_dir, "%s_%s.png" % (os.path.basename(cache), name))) \
        if args.save_dir else (lambda name: None)
    render(layer, full, size, args.parallel, save("full"))
    first = (time.perf_counter() - started) * 1000.0
    first_cpu = (time.process_time() - cpu_started) * 1000.0
    results = {"tool": "QGIS %s (%s job)" % (__import__("qgis.core").core.Qgis.version(),
                                             "parallel" if args.parallel else "sequential"),
               "parcels": layer.featureCount(), "open_first_ms": first, "open_first_cpu_ms": first_cpu}
    for key, factor in (("warm_full_ms", 1), ("zoom16_ms", 16), ("zoom256_ms", 256)):
        extent = zoom(full, factor)
        measured = [render(layer, extent, size, args.parallel, save("zoom%d" % factor) if i == 0 else None)
                    for i in range(args.runs)]
        results[key] = statistics.median(m[0] for m in measured)
        results[key + "_runs"] = [m[0] for m in measured]
        results[key.replace("_ms", "_cpu_ms")] = statistics.median(m[1] for m in measured)
    results["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return results


def main():
    ap = argparse.ArgumentParser(description="QGIS render reference for bench/README.md")
    ap.add_argument("caches", nargs="+", help="Zhili cache GeoPackage(s) with a `parcels` layer")
    ap.add_argument("--runs", type=int, default=5, help="renders per measurement, median reported (default 5)")
    ap.add_argument("--size", default="1920x1080", help="output size WxH (default 1920x1080)")
    ap.add_argument("--parallel", action="store_true", help="QgsMapRendererParallelJob instead of sequential")
    ap.add_argument("--no-outline", action="store_true", help="fills without outlines")
    ap.add_argument("--save-dir", help="write the first image of each measurement here (to look at them)")
    ap.add_argument("--json", action="store_true", help="print JSON lines instead of Markdown")
    ap.add_argument("--no-header", action="store_true", help="Markdown rows only")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.lower().split("x"))
    if args.save_dir:
        os.makedirs(args.save_dir, exist_ok=True)

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    if not args.json and not args.no_header:
        print(HEADER)
    # One process per cache gives an honest peak memory; several caches in one call share it.
    for cache in args.caches:
        r = bench(os.path.abspath(cache), args, QSize(w, h))
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
        else:
            print("| %s | %s | %.0f | %.0f | %.1f | %.1f | %.0f |" % (
                r["tool"], format(r["parcels"], ","), r["open_first_ms"], r["warm_full_ms"], r["zoom16_ms"],
                r["zoom256_ms"], r["peak_rss_mib"]))
        sys.stdout.flush()
    app.exitQgis()


if __name__ == "__main__":
    main()
