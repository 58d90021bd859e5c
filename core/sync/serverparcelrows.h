#pragma once

#include "sync/syncparcelrow.h"

#include <QByteArray>
#include <QString>

namespace zhili {

class PgResult;

/// How parcel and district rows are read from and written to the city server's tables: one column list
/// for clone, pull and refresh, and the COPY column list of publish.
namespace ServerParcelRows {

/// `SELECT <columns>` of zhili.parcels, with the geometry as WKB last when `withGeometry`.
QString selectColumns(bool withGeometry);
SyncParcelRow read(const PgResult &result, int row, bool withGeometry);
/// The column list of publish's `COPY zhili.parcels (…) FROM STDIN` (ParcelCopyEncoder writes its rows).
QString copyColumns();

/// Reads one message of `COPY (SELECT selectColumns(…)) TO STDOUT (FORMAT binary)` into `row`; the first
/// message's file header is skipped. False for the trailer (no row). Throws zhili::Error on damaged data.
bool readBinary(const char *data, int size, bool withGeometry, SyncParcelRow &row);
/// The same for a row with its geometry, as views into `data` (clone writes them as they are).
bool readBinaryView(const char *data, int size, SyncParcelRowView &row);

QString selectDistrictColumns(bool withGeometry);
SyncDistrictRow readDistrict(const PgResult &result, int row, bool withGeometry);

} // namespace ServerParcelRows

} // namespace zhili
