#pragma once

#include "sync/syncparcelrow.h"

#include <QByteArray>

namespace zhili {

/// Publish's `COPY … (ServerParcelRows::copyColumns()) FROM STDIN (FORMAT binary)` stream: the file header,
/// one tuple per parcel in that column order, the trailer. Binary instead of text: the server takes the
/// geometry as EWKB and the numbers and the uuid as they are, where text made it parse hex and decimals
/// (a sixth of the COPY), and the client skips hex and escaping. The same values as the text format: an
/// empty code or district stays an empty string, every other empty text is NULL.
namespace ParcelCopyEncoder {

void appendHeader(QByteArray &out);
/// One tuple from the cache's bytes as they are, geometry as EWKB with `srid`. Throws zhili::Error when the
/// uuid is not hex.
void appendRow(QByteArray &out, const SyncParcelRowView &row, int srid);
void appendTrailer(QByteArray &out);

} // namespace ParcelCopyEncoder

} // namespace zhili
