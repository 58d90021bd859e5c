#pragma once

#include "geometry/envelope.h"

#include <QByteArray>

namespace zhili {

/// The bounding box of 2D polygonal WKB (Polygon, MultiPolygon, either byte order), read in one pass without
/// building a geometry: what a GeoPackage blob header needs for rows that arrive as WKB from the server.
/// Throws zhili::Error naming `what` when the bytes are not such WKB.
Envelope wkbEnvelope(const QByteArray &wkb, const QString &what);

/// PostGIS's extended WKB: `wkb` with the SRID flag and value in its header (what a geometry(…, srid)
/// column accepts in COPY), appended to `out` (size + 4 bytes; nothing for fewer than 5 bytes).
void appendEwkb(QByteArray &out, const unsigned char *wkb, int size, int srid);
/// The same as upper-case hex (the text form of a geometry).
QByteArray ewkbHex(const unsigned char *wkb, int size, int srid);

} // namespace zhili
