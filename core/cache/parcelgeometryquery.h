#pragma once

#include "cache/sqlitedatabase.h"

#include <QByteArray>

namespace zhili {

/// One parcel's geometry blob and area in 亩, by fid (prepared once, reused for many fids).
class ParcelGeometryQuery {
public:
    explicit ParcelGeometryQuery(SqliteDatabase &db);
    /// False when the parcel is missing or has no geometry.
    bool fetch(qint64 fid, QByteArray *geometry, double *areaMu);

private:
    SqliteStatement m_st;
};

} // namespace zhili
