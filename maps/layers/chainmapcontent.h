#pragma once

#include "chains/chaingapanalysis.h"
#include "chains/industrialchain.h"
#include "layers/legendmodel.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <memory>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// One flow line of an enterprise's matchmaking: from a supplier's parcel to a customer's parcel (area
/// centroids in the cache CRS). One end is always the enterprise's own parcel.
struct ChainFlow {
    QPointF from;
    QPointF to;
    bool fromSupplier = true; ///< the partner is a supplier of the enterprise (else one of its customers)
    QString partner;
    double distanceM = 0;
};

/// What the chain layer and the chain diagram draw for one chain: the gap analysis (links, their
/// enterprises, missing links in the scope), the stage each parcel of the chain's enterprises is drawn in,
/// and optionally one enterprise's flow lines to its nearest suppliers and customers. Built from core's
/// ChainGapAnalysis, ChainFactsQuery and ChainMatcher by the application (`zhili-cli chain-map`, the
/// window's Chains panel) and handed to the scene's ChainLayer with MapScene::setChainMap().
///
/// A parcel whose enterprises sit on links of several stages is drawn in the most upstream one (the
/// stage whose land the chain leader usually looks for first; the legend counts it there only).
///
/// A value type holding a shared, immutable copy: build it on any thread with that thread's connection.
class ChainMapContent {
public:
    /// Flow lines drawn per side (suppliers, customers): the nearest ones.
    static constexpr int kFlowsPerSide = 5;

    ChainMapContent() = default;
    /// Analyses `chain` of `ecosystem` (a key) in `district` (empty: the city) and, when `enterprise` is
    /// given, its nearest partners on that chain. Throws zhili::Error naming an unknown chain, district or
    /// an enterprise that does not sit on the chain.
    static ChainMapContent build(GeoPackageCache &cache, const QString &ecosystem, const QString &chain,
                                 const QString &district = QString(), const QString &enterprise = QString());

    bool isNull() const { return !m_data; }
    const ChainGaps &gaps() const;
    const IndustrialChain &chain() const { return gaps().chain; }
    QString district() const { return gaps().district; }
    QString enterprise() const;
    /// fid → the stage the parcel is drawn in.
    const QHash<qint64, ChainStage> &stages() const;
    const QList<ChainFlow> &flows() const;

    /// Legend rows (labels in Chinese, as on sheets): the three stages with their parcels in the scope
    /// (key "stage:<key>"), then one row per missing link (key "missing:<link>", no colour), then the two
    /// flow colours when there are flows (keys "flow:suppliers", "flow:customers").
    QList<LegendEntry> legend() const;
    /// A legend row's text in the UI language.
    QString legendLabel(const LegendEntry &entry) const;

    static QColor stageColor(ChainStage stage);
    static QColor flowColor(bool fromSupplier);

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace zhili
