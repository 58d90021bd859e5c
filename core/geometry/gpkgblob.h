#pragma once

#include "geometry/envelope.h"

#include <QByteArray>

namespace zhili {

/// GeoPackage geometry blob (spec §2.1.3): "GP" header, srs id, optional envelope, then WKB.
struct GpkgBlob {
    int srsId = 0;
    bool empty = false;
    bool hasEnvelope = false;
    Envelope envelope;
    const unsigned char *wkb = nullptr; ///< points into the parsed buffer
    int wkbSize = 0;

    /// Parses the header in place; throws zhili::Error when the bytes are not a GeoPackage blob.
    static GpkgBlob parse(const unsigned char *data, int size);
    /// Little-endian header with an XY envelope, followed by wkb.
    static QByteArray encode(int srsId, const Envelope &envelope, const QByteArray &wkb);
};

} // namespace zhili
