#include "cache/parcelassignmentquery.h"

namespace zhili {

ParcelAssignmentQuery::ParcelAssignmentQuery(SqliteDatabase &db)
    : m_st(db.prepare(QStringLiteral(
          "SELECT ecosystem, land_mu, energy_tce, finance_wan, code, enterprise FROM parcels WHERE fid = ?")))
{
}

bool ParcelAssignmentQuery::fetch(qint64 fid, Assignment *out)
{
    m_st.reset();
    m_st.bind(1, fid);
    if (!m_st.step())
        return false;
    out->ecosystem = m_st.text(0);
    out->landMu = m_st.real(1);
    out->energyTce = m_st.real(2);
    out->financeWan = m_st.real(3);
    out->code = m_st.text(4);
    out->enterprise = m_st.text(5);
    return true;
}

} // namespace zhili
