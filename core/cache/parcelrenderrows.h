#pragma once

#include "cache/sqlitedatabase.h"
#include "geometry/envelope.h"

#include <QByteArrayView>
#include <optional>

namespace zhili {

/// The columns the map engine packs into its parcel store (fid, GeoPackage geometry blob, ecosystem,
/// allocations, area, district, code, enterprise), streamed row by row without copies: blob and text
/// accessors point into SQLite's buffer and are valid until the next next().
class ParcelRenderRows {
public:
    /// Parcels with lo <= fid <= hi.
    static ParcelRenderRows fidRange(SqliteDatabase &db, qint64 lo, qint64 hi);
    /// Parcels whose box meets `region` (through the GeoPackage R-tree).
    static ParcelRenderRows inRegion(SqliteDatabase &db, const Envelope &region);

    struct FidBounds {
        qint64 min = 0, max = 0;
    };
    /// Smallest and largest parcel fid (0, 0 for an empty table): a cheap size hint, unlike count(*).
    static FidBounds fidBounds(SqliteDatabase &db);
    /// A point near the parcels (the centre of gpkg_contents' extent, else of one R-tree entry); none when
    /// there are no parcels.
    static std::optional<std::pair<double, double>> pointNearParcels(SqliteDatabase &db);

    bool next() { return m_st.step(); }
    qint64 fid() const { return m_st.integer(0); }
    const unsigned char *geometry(int *size) const { return m_st.blobData(1, size); }
    QByteArrayView ecosystemUtf8() const { return utf8(2); }
    double landMu() const { return m_st.real(3); }
    double energyTce() const { return m_st.real(4); }
    double financeWan() const { return m_st.real(5); }
    double areaM2() const { return m_st.real(6); }
    QByteArrayView districtUtf8() const { return utf8(7); }
    QByteArrayView codeUtf8() const { return utf8(8); }
    QByteArrayView enterpriseUtf8() const { return utf8(9); }

private:
    explicit ParcelRenderRows(SqliteStatement st) : m_st(std::move(st)) {}
    QByteArrayView utf8(int col) const
    {
        int n = 0;
        const auto *p = reinterpret_cast<const char *>(m_st.blobData(col, &n));
        return QByteArrayView(p, n);
    }

    SqliteStatement m_st;
};

} // namespace zhili
