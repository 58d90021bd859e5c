#include "cache/chainfactsquery.h"

#include "cache/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace zhili {

QHash<QString, QStringList> ChainFactsQuery::enterprisesOnLinks(qint64 chainId)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT l.name, el.enterprise FROM zhili_enterprise_links el JOIN zhili_chain_links l ON l.id = "
        "el.link_id WHERE l.chain_id = ? ORDER BY l.sort_order, el.enterprise"));
    st.bind(1, chainId);
    QHash<QString, QStringList> out;
    while (st.step())
        out[st.text(0)] << st.text(1);
    return out;
}

QList<ChainFactsQuery::EnterpriseParcel> ChainFactsQuery::parcelsOf(const QStringList &enterprises,
                                                                    bool withGeometry)
{
    // The names go in as one JSON array (bound, never spliced), read back by json_each.
    const QString names = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(enterprises)).toJson(QJsonDocument::Compact));
    auto st = m_db.prepare(
        QStringLiteral(
            "WITH wanted(name) AS (SELECT value FROM json_each(?1)), "
            "owned(enterprise, uuid) AS ("
            " SELECT e.name, ep.parcel_uuid FROM zhili_enterprises e JOIN zhili_enterprise_parcels ep"
            " ON ep.enterprise_id = e.id WHERE e.name IN (SELECT name FROM wanted)"
            " UNION SELECT p.enterprise, p.uuid FROM parcels p WHERE p.enterprise IN (SELECT name FROM "
            "wanted)) "
            "SELECT o.enterprise, p.fid, p.code, p.district, p.area_mu, %1 FROM owned o JOIN parcels p "
            "ON p.uuid = o.uuid ORDER BY o.enterprise, p.fid")
            .arg(withGeometry ? QStringLiteral("p.geom") : QStringLiteral("NULL")));
    st.bind(1, names);
    QList<EnterpriseParcel> out;
    while (st.step()) {
        EnterpriseParcel p;
        st.read(0, p.enterprise, p.fid, p.code, p.district, p.areaMu);
        if (withGeometry)
            p.geometry = st.blob(5);
        out << p;
    }
    return out;
}

QList<ChainFactsQuery::OpenParcel> ChainFactsQuery::openParcels(const QStringList &districts, int limit)
{
    QList<OpenParcel> out;
    auto st = m_db.prepare(QStringLiteral(
        "SELECT fid, code, district, area_mu, ifnull(status, ''), ifnull(ecosystem, '') = '' FROM parcels "
        "WHERE district = ? AND (ifnull(ecosystem, '') = '' OR status = 'idle') ORDER BY area_mu DESC, code "
        "LIMIT ?"));
    for (const QString &d : districts) {
        st.bindAll(1, d, limit);
        while (st.step()) {
            OpenParcel p;
            st.read(0, p.fid, p.code, p.district, p.areaMu, p.status, p.unassigned);
            out << p;
        }
        st.reset();
    }
    std::sort(out.begin(), out.end(), [](const OpenParcel &a, const OpenParcel &b) {
        return a.areaMu != b.areaMu ? a.areaMu > b.areaMu : a.code < b.code;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<ChainFactsQuery::LinkSeat> ChainFactsQuery::seats()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT c.ecosystem, c.name, l.name, el.enterprise FROM zhili_enterprise_links el JOIN "
        "zhili_chain_links "
        "l ON l.id = el.link_id JOIN zhili_chains c ON c.id = l.chain_id ORDER BY c.id, l.sort_order, "
        "el.enterprise"));
    QList<LinkSeat> out;
    while (st.step()) {
        LinkSeat s;
        st.read(0, s.ecosystem, s.chain, s.link, s.enterprise);
        out << s;
    }
    return out;
}

} // namespace zhili
