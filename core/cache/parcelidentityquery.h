#pragma once

#include "cache/sqlitedatabase.h"

#include <QString>

namespace zhili {

/// A parcel's code and district by fid (what permissions are decided on); prepared once for many fids.
class ParcelIdentityQuery {
public:
    explicit ParcelIdentityQuery(SqliteDatabase &db);
    /// False when there is no parcel with that fid.
    bool fetch(qint64 fid, QString *code, QString *district);

private:
    SqliteStatement m_st;
};

} // namespace zhili
