#pragma once

#include "cache/sqlitedatabase.h"

namespace zhili {

/// Some columns of one parcel by fid, prepared once and reused for many fids. The column sets are named
/// here (so the SQL stays in core/cache); fetch() reads them into out-parameters of the types listed.
class ParcelByFidQuery {
public:
    /// geom (blob), area_mu (double): parcels drawn by an overlay.
    static ParcelByFidQuery geometry(SqliteDatabase &db);
    /// code, district (QString, QString): what permissions are decided on.
    static ParcelByFidQuery identity(SqliteDatabase &db);

    /// False when there is no parcel with that fid, or its first column is NULL (no geometry).
    template <typename... T> bool fetch(qint64 fid, T &...out)
    {
        m_st.reset();
        m_st.bind(1, fid);
        if (!m_st.step() || m_st.isNull(0))
            return false;
        m_st.read(0, out...);
        return true;
    }

private:
    ParcelByFidQuery(SqliteDatabase &db, const char *columns);

    SqliteStatement m_st;
};

} // namespace zhili
