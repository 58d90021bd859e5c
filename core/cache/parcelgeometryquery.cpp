#include "cache/parcelgeometryquery.h"

namespace zhili {

ParcelGeometryQuery::ParcelGeometryQuery(SqliteDatabase &db)
    : m_st(db.prepare(QStringLiteral("SELECT geom, area_mu FROM parcels WHERE fid = ?")))
{
}

bool ParcelGeometryQuery::fetch(qint64 fid, QByteArray *geometry, double *areaMu)
{
    m_st.reset();
    m_st.bind(1, fid);
    if (!m_st.step() || m_st.isNull(0))
        return false;
    *geometry = m_st.blob(0);
    *areaMu = m_st.real(1);
    return true;
}

} // namespace zhili
