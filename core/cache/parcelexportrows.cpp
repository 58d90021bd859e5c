#include "cache/parcelexportrows.h"

#include "cache/geopackagecache.h"

namespace zhili {

namespace {
// parcelColumns() are columns 0–18; the geometry follows them.
constexpr int kGeometryColumn = 19;
constexpr int kSourceAttrsColumn = 16;
} // namespace

ParcelExportRows::ParcelExportRows(GeoPackageCache &cache, const ParcelFilter &filter,
                                   const std::optional<QSet<qint64>> &fids)
    : m_cache(cache), m_filter(filter), m_fids(fids)
{
}

qint64 ParcelExportRows::count()
{
    if (!m_fids)
        return m_filter.count(m_cache);
    return m_filter.fids(m_cache).intersect(*m_fids).size();
}

void ParcelExportRows::rewind()
{
    m_st.reset();
    m_st.emplace(m_cache.db().prepare(QStringLiteral("SELECT %1, geom FROM parcels WHERE %2 ORDER BY fid")
                                          .arg(GeoPackageCache::parcelColumns(), m_filter.whereClause())));
    m_filter.bind(*m_st);
}

bool ParcelExportRows::next()
{
    if (!m_st)
        rewind();
    while (m_st->step()) {
        if (!m_fids || m_fids->contains(m_st->integer(0)))
            return true;
    }
    return false;
}

Parcel ParcelExportRows::parcel() const
{
    return GeoPackageCache::readParcel(*m_st);
}

QByteArray ParcelExportRows::geometryBlob() const
{
    return m_st->isNull(kGeometryColumn) ? QByteArray() : m_st->blob(kGeometryColumn);
}

QString ParcelExportRows::sourceAttributesJson() const
{
    return m_st->text(kSourceAttrsColumn);
}

} // namespace zhili
