#!/usr/bin/python3
"""QGIS 3.22 renders one view of a Zhili cache's `parcels` layer to a PNG and exits: the whole-process reference
for `zhili-cli render` in bench/cli_render_bench.py (start-up + open + render + save, as a user's script would).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_render_once.py CACHE.gpkg OUT.png \
        [--extent x1,y1,x2,y2] [--size 1920x1080]

Same symbology as bench/qgis_render_bench.py (categorized on `ecosystem` with the cache's colours, 0.1 mm grey
outlines, sequential job); without --extent the layer's full extent.
"""

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from qgis.core import QgsApplication, QgsRectangle  # noqa: E402
from qgis.PyQt.QtCore import QSize  # noqa: E402

import qgis_render_bench as ref  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cache")
    ap.add_argument("out")
    ap.add_argument("--extent")
    ap.add_argument("--size", default="1920x1080")
    a = ap.parse_args()
    w, h = (int(v) for v in a.size.lower().split("x"))
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    layer = ref.QgsVectorLayer("%s|layername=parcels" % os.path.abspath(a.cache), "parcels", "ogr")
    if not layer.isValid():
        raise SystemExit("QGIS could not open the parcels layer of %s" % a.cache)
    categories = [ref.QgsRendererCategory(key, ref.fill(color, True), key) for key, color in
                  ref.ecosystem_colors(a.cache)]
    categories.append(ref.QgsRendererCategory(None, ref.fill(ref.unassigned_color(), True), "unassigned"))
    layer.setRenderer(ref.QgsCategorizedSymbolRenderer("ecosystem", categories))
    extent = layer.extent()
    if a.extent:
        x1, y1, x2, y2 = (float(v) for v in a.extent.split(","))
        extent = QgsRectangle(x1, y1, x2, y2)
    ref.render(layer, extent, QSize(w, h), False, a.out)
    # PyQGIS 3.22 often crashes in its own tear-down (exitQgis with live layers): the image is saved, so leave
    # the way QGIS's own command-line tools end, without running Python's and Qt's destructors.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
