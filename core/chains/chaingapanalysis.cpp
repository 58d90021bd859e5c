#include "chains/chaingapanalysis.h"

#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "indicators/indicatorstore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace zhili {

namespace {

QStringList linkNames(const QList<LinkGap> &links, bool (LinkPresence::*test)() const)
{
    QStringList out;
    for (const LinkGap &g : links)
        if ((g.scope.*test)())
            out << g.link.name;
    return out;
}

} // namespace

QStringList ChainGaps::missingLinks() const
{
    return linkNames(links, &LinkPresence::isMissing);
}

QStringList ChainGaps::thinLinks() const
{
    return linkNames(links, &LinkPresence::isThin);
}

QList<ChainGaps> ChainGapAnalysis::run(const QString &ecosystem, const QString &chain,
                                       const QString &district)
{
    const QStringList districts = m_cache.districtNames();
    if (!district.isEmpty() && !districts.contains(district))
        throw Error(QCoreApplication::translate("ChainGapAnalysis", "unknown district %1; the cache has: %2")
                        .arg(district, districts.join(QStringLiteral("、"))));
    QList<IndustrialChain> chains = ChainStore(m_cache).chains(ecosystem);
    if (!chain.isEmpty())
        chains.removeIf([&chain](const IndustrialChain &c) { return c.name != chain; });
    if (chains.isEmpty()) {
        QStringList names;
        for (const IndustrialChain &c : ChainStore(m_cache).chains(ecosystem))
            names << c.name;
        throw Error(
            names.isEmpty()
                ? QCoreApplication::translate("ChainGapAnalysis",
                                              "ecosystem %1 has no industrial chains yet; import them "
                                              "with zhili-cli chains import")
                      .arg(ecosystem)
                : QCoreApplication::translate("ChainGapAnalysis", "no chain %1 in ecosystem %2; it has: %3")
                      .arg(chain, ecosystem, names.join(QStringLiteral("、"))));
    }
    QStringList keyDistricts;
    for (const KeyDistrict &k : IndicatorStore(m_cache).keyDistricts(ecosystem))
        keyDistricts << k.district;
    QList<ChainGaps> out;
    for (const IndustrialChain &c : chains)
        out << analyse(c, district, keyDistricts);
    return out;
}

ChainGaps ChainGapAnalysis::analyse(const IndustrialChain &chain, const QString &district,
                                    const QStringList &keyDistricts)
{
    ChainFactsQuery facts(m_cache.db());
    ChainGaps gaps{chain, district, keyDistricts, {}};
    const QHash<QString, QStringList> onLinks =
        facts.enterprisesOnLinks(*ChainStore(m_cache).chainId(chain.ecosystem, chain.name));
    QStringList all;
    for (const QStringList &names : onLinks)
        all << names;
    all.removeDuplicates();
    QHash<QString, QList<ChainFactsQuery::EnterpriseParcel>> parcelsOf;
    for (const ChainFactsQuery::EnterpriseParcel &p : facts.parcelsOf(all, false))
        parcelsOf[p.enterprise] << p;
    // Candidates go to the key districts; asked for one district, to it if it is one of them.
    const QStringList candidateDistricts =
        district.isEmpty() ? keyDistricts
                           : (keyDistricts.contains(district) ? QStringList{district} : QStringList());
    for (const ChainLink &link : chain.links) {
        LinkGap g{link, {}, {}, {}, {}};
        for (const QString &e : onLinks.value(link.name)) {
            g.city.enterprises << e;
            QSet<QString> inDistricts;
            for (const ChainFactsQuery::EnterpriseParcel &p : parcelsOf.value(e)) {
                ++g.city.parcels;
                g.city.mu += p.areaMu;
                LinkPresence &d = g.districts[p.district];
                ++d.parcels;
                d.mu += p.areaMu;
                if (!inDistricts.contains(p.district)) {
                    inDistricts.insert(p.district);
                    d.enterprises << e;
                }
            }
        }
        // Asked for one district, the other districts are left out; the city's figures stay the city's.
        if (!district.isEmpty())
            g.districts.removeIf([&district](const auto &it) { return it.key() != district; });
        g.scope = district.isEmpty() ? g.city : g.districts.value(district);
        if (g.scope.isMissing())
            g.candidates = facts.openParcels(candidateDistricts, kCandidates);
        gaps.links << g;
    }
    return gaps;
}

} // namespace zhili
