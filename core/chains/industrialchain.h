#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

/// Where a link sits in its chain (上游 / 中游 / 下游); the diagram draws the stages left to right.
enum class ChainStage { Upstream, Midstream, Downstream };

/// "upstream", "midstream", "downstream" (stored and in CSV/JSON).
QString chainStageKey(ChainStage stage);
/// Accepts the keys, their Chinese names (上游/中游/下游) and the single letters u/m/d, case-insensitive.
std::optional<ChainStage> chainStageFromText(const QString &text);
/// The stage as people say it in the UI language ("上游" or "Upstream").
QString chainStageName(ChainStage stage);

/// One link (环节) of an industrial chain, e.g. 芯片设计.
struct ChainLink {
    QString name;
    ChainStage stage = ChainStage::Upstream;
    QStringList supplies; ///< the links of the same chain this one delivers to
    bool operator==(const ChainLink &) const = default;
};

/// A key industrial chain (产业链) of an ecosystem, its chain leader (链长) and working group (工作专班),
/// and its links in file order; `supplies` makes it a directed acyclic graph.
struct IndustrialChain {
    QString ecosystem; ///< ecosystem key
    QString name;
    QString leader;
    QString team;
    QList<ChainLink> links;

    /// The link named `name`, or nullptr.
    const ChainLink *link(const QString &name) const;
    /// The links that supply `name` (its upstream neighbours), in file order.
    QStringList suppliersOf(const QString &name) const;
    /// A cycle through `supplies` as the link names along it (first repeated at the end), or empty.
    QStringList findCycle() const;
    bool operator==(const IndustrialChain &) const = default;
};

/// The links of one chain an enterprise sits on (an enterprise may sit on several links).
struct ChainLinksOf {
    QString ecosystem;
    QString chain;
    QStringList links;
    bool operator==(const ChainLinksOf &) const = default;
};

} // namespace zhili
