// libFuzzer target: the GeoPackage geometry blob header and the WKB polygon reader, i.e. what the cache reads
// back from a .gpkg a user opens (ours or one written by ogr2ogr/QGIS). The bytes are tried as a blob (its
// WKB then goes to fromWkb) and as bare WKB. Whatever parses must be usable: envelope, area, point-in-polygon
// and the label point run on it, and writing it back as WKB and reading that again gives the same bytes.
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "util/error.h"

#include <cstdint>
#include <cstdlib>

using namespace zhili;

namespace {
void exercise(const PolygonGeometry &g)
{
    const Envelope e = g.envelope();
    (void)g.area();
    double x = 0, y = 0;
    g.interiorPoint(&x, &y);
    (void)g.contains(x, y);
    if (!e.isNull())
        (void)g.contains(e.centerX(), e.centerY());
    // Round trip: our own writer's output must read back to the same geometry.
    const QByteArray wkb = g.toWkbMultiPolygon();
    const PolygonGeometry back =
        PolygonGeometry::fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), int(wkb.size()));
    if (back.toWkbMultiPolygon() != wkb || back.pointCount() != g.pointCount() ||
        back.ringCount() != g.ringCount() || back.polygonCount() != g.polygonCount())
        abort();
}

void tryWkb(const unsigned char *data, int size)
{
    PolygonGeometry g;
    try {
        g = PolygonGeometry::fromWkb(data, size);
    } catch (const Error &) {
        return;
    }
    exercise(g);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1 << 20))
        return 0;
    const int n = int(size);
    try {
        const GpkgBlob b = GpkgBlob::parse(data, n);
        if (b.wkb < data || b.wkbSize < 0 || b.wkb + b.wkbSize != data + n)
            abort();
        tryWkb(b.wkb, b.wkbSize);
    } catch (const Error &) {
    }
    tryWkb(data, n);
    return 0;
}
