#include "cache/parcelidentityquery.h"

namespace zhili {

ParcelIdentityQuery::ParcelIdentityQuery(SqliteDatabase &db)
    : m_st(db.prepare(QStringLiteral("SELECT code, district FROM parcels WHERE fid = ?")))
{
}

bool ParcelIdentityQuery::fetch(qint64 fid, QString *code, QString *district)
{
    m_st.reset();
    m_st.bind(1, fid);
    if (!m_st.step())
        return false;
    *code = m_st.text(0);
    *district = m_st.text(1);
    return true;
}

} // namespace zhili
