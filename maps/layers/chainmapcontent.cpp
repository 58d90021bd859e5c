#include "layers/chainmapcontent.h"

#include "cache/chainfactsquery.h"
#include "cache/geopackagecache.h"
#include "chains/chainmatcher.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

struct ChainMapContent::Data {
    ChainGaps gaps;
    QString enterprise;
    QHash<qint64, ChainStage> stages;
    QList<LegendEntry> stageRows; ///< one per stage: parcels and 亩 in the scope
    QList<ChainFlow> flows;
};

namespace {

constexpr ChainStage kStages[] = {ChainStage::Upstream, ChainStage::Midstream, ChainStage::Downstream};
const QString kStageKey = QStringLiteral("stage:");
const QString kMissingKey = QStringLiteral("missing:");
const QString kSuppliersKey = QStringLiteral("flow:suppliers");
const QString kCustomersKey = QStringLiteral("flow:customers");

// The Chinese word of a stage (legend rows are in the sheets' language; legendLabel() gives the UI's).
QString stageWord(ChainStage stage)
{
    static const char *const words[] = {"上游", "中游", "下游"};
    return QString::fromUtf8(words[int(stage)]);
}

// Each enterprise of the chain in the most upstream stage of its links.
QHash<QString, ChainStage> enterpriseStages(const ChainGaps &gaps)
{
    QHash<QString, ChainStage> out;
    for (const LinkGap &l : gaps.links)
        for (const QString &e : l.city.enterprises)
            if (!out.contains(e) || l.link.stage < out.value(e))
                out.insert(e, l.link.stage);
    return out;
}

// The parcels of the chain's enterprises by stage (the most upstream when several enterprises or links meet
// on one parcel), and the stage rows counting those in `district` (empty: all).
void placeParcels(GeoPackageCache &cache, const ChainGaps &gaps, QHash<qint64, ChainStage> &stages,
                  QList<LegendEntry> &rows)
{
    const QHash<QString, ChainStage> ofEnterprise = enterpriseStages(gaps);
    QHash<qint64, ChainFactsQuery::EnterpriseParcel> parcels;
    for (const ChainFactsQuery::EnterpriseParcel &p :
         ChainFactsQuery(cache.db()).parcelsOf(ofEnterprise.keys(), false)) {
        const ChainStage stage = ofEnterprise.value(p.enterprise);
        if (!stages.contains(p.fid) || stage < stages.value(p.fid))
            stages.insert(p.fid, stage);
        parcels.insert(p.fid, p);
    }
    for (ChainStage s : kStages)
        rows << LegendEntry{stageWord(s), ChainMapContent::stageColor(s), 0, 0, kStageKey + chainStageKey(s)};
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        const ChainFactsQuery::EnterpriseParcel &p = parcels.value(it.key());
        if (!gaps.district.isEmpty() && p.district != gaps.district)
            continue;
        LegendEntry &row = rows[int(it.value())];
        ++row.count;
        row.areaMu += p.areaMu;
    }
}

// The enterprise's nearest suppliers and customers on this chain that have a parcel, as lines between the
// two parcels.
QList<ChainFlow> flowsOf(GeoPackageCache &cache, const IndustrialChain &chain, const QString &enterprise)
{
    const ChainMatch match = ChainMatcher(cache).match(enterprise);
    const bool onChain = std::any_of(match.links.cbegin(), match.links.cend(), [&](const ChainLinksOf &l) {
        return l.ecosystem == chain.ecosystem && l.chain == chain.name;
    });
    if (!onChain)
        throw Error(QCoreApplication::translate("ChainMapContent", "%1 sits on no link of the chain %2")
                        .arg(enterprise, chain.name));
    QList<ChainFlow> out;
    for (const bool suppliers : {true, false}) {
        int taken = 0;
        QStringList drawn; // a partner on several links is one line
        for (const ChainPartner &p : suppliers ? match.suppliers : match.customers) {
            if (p.ecosystem != chain.ecosystem || p.chain != chain.name || !p.distanceM ||
                drawn.contains(p.enterprise))
                continue;
            drawn << p.enterprise;
            if (taken++ == ChainMapContent::kFlowsPerSide)
                break;
            out << (suppliers ? ChainFlow{p.centroid, p.ownCentroid, true, p.enterprise, *p.distanceM}
                              : ChainFlow{p.ownCentroid, p.centroid, false, p.enterprise, *p.distanceM});
        }
    }
    return out;
}

} // namespace

ChainMapContent ChainMapContent::build(GeoPackageCache &cache, const QString &ecosystem, const QString &chain,
                                       const QString &district, const QString &enterprise)
{
    if (chain.isEmpty())
        throw Error(
            QCoreApplication::translate("ChainMapContent", "no chain given for ecosystem %1").arg(ecosystem));
    auto d = std::make_shared<Data>();
    d->gaps = ChainGapAnalysis(cache).run(ecosystem, chain, district).first();
    d->enterprise = enterprise;
    placeParcels(cache, d->gaps, d->stages, d->stageRows);
    if (!enterprise.isEmpty())
        d->flows = flowsOf(cache, d->gaps.chain, enterprise);
    ChainMapContent c;
    c.m_data = std::move(d);
    return c;
}

const ChainGaps &ChainMapContent::gaps() const
{
    static const ChainGaps none;
    return m_data ? m_data->gaps : none;
}

QString ChainMapContent::enterprise() const
{
    return m_data ? m_data->enterprise : QString();
}

const QHash<qint64, ChainStage> &ChainMapContent::stages() const
{
    static const QHash<qint64, ChainStage> none;
    return m_data ? m_data->stages : none;
}

const QList<ChainFlow> &ChainMapContent::flows() const
{
    static const QList<ChainFlow> none;
    return m_data ? m_data->flows : none;
}

QList<LegendEntry> ChainMapContent::legend() const
{
    if (!m_data)
        return {};
    QList<LegendEntry> out = m_data->stageRows;
    for (const QString &link : m_data->gaps.missingLinks())
        out << LegendEntry{QStringLiteral("缺失：%1").arg(link), QColor(Qt::white), -1, 0,
                           kMissingKey + link}; // no parcels to count: the row shows no figures
    for (const bool suppliers : {true, false}) {
        const qint64 n =
            std::count_if(m_data->flows.cbegin(), m_data->flows.cend(),
                          [suppliers](const ChainFlow &f) { return f.fromSupplier == suppliers; });
        if (n > 0) {
            LegendEntry row{
                QString::fromUtf8(suppliers ? "供应商 → %1" : "%1 → 客户").arg(m_data->enterprise),
                flowColor(suppliers), n, 0, suppliers ? kSuppliersKey : kCustomersKey};
            row.countsEnterprises = true;
            out << row;
        }
    }
    return out;
}

QString ChainMapContent::legendLabel(const LegendEntry &entry) const
{
    if (entry.key.startsWith(kStageKey)) {
        const auto stage = chainStageFromText(entry.key.mid(kStageKey.size()));
        return stage ? chainStageName(*stage) : entry.label;
    }
    if (entry.key.startsWith(kMissingKey))
        return QCoreApplication::translate("ChainMapContent", "Missing: %1")
            .arg(entry.key.mid(kMissingKey.size()));
    if (entry.key == kSuppliersKey)
        return QCoreApplication::translate("ChainMapContent", "Suppliers → %1").arg(enterprise());
    if (entry.key == kCustomersKey)
        return QCoreApplication::translate("ChainMapContent", "%1 → customers").arg(enterprise());
    return entry.label;
}

QColor ChainMapContent::stageColor(ChainStage stage)
{
    // Qualitative and distinct in print: blue, green, orange (ColorBrewer Paired, dark members).
    static const QColor colors[] = {QColor(31, 120, 180), QColor(51, 160, 44), QColor(255, 127, 0)};
    return colors[int(stage)];
}

QColor ChainMapContent::flowColor(bool fromSupplier)
{
    // Purple and red: apart from the three stage colours the lines cross.
    return fromSupplier ? QColor(106, 61, 154) : QColor(227, 26, 28);
}

} // namespace zhili
