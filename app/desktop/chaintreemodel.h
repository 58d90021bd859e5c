#pragma once

#include <QSet>
#include <QStandardItemModel>
#include <QString>
#include <QStringList>

namespace zhili {

class GeoPackageCache;
struct ChainGaps;
struct Ecosystem;

/// The industrial chains of a cache as a tree, ecosystem → chain → link, with the enterprises, parcels and
/// 亩 of each row in the scope (the city or one district) and the gap marks of the links: missing (缺失,
/// 补链: no enterprise) and thin (薄弱, 强链: one). The figures are ChainGapAnalysis's, as in
/// `zhili-cli chain-gaps`; chain rows name their chain leader.
class ChainTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EnterprisesColumn,
        ParcelsColumn,
        MuColumn,
        GapColumn,
        LeaderColumn,
        ColumnCount
    };
    enum class Kind { Ecosystem = 1, Chain, Link };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind as int
        EcosystemRole,               ///< the ecosystem key
        ChainRole,                   ///< the chain's name (chain and link rows)
        LinkRole,                    ///< the link's name (link rows)
        EnterprisesRole,             ///< QStringList: the row's enterprises in the scope
        GapRole,                     ///< link rows: "missing", "thin" or empty
    };

    explicit ChainTreeModel(QObject *parent = nullptr);

    /// Reads the chains of `cache` (null: empty) with the figures of `district` (empty: the city). Throws
    /// zhili::Error with a message for people (an unknown district, an unreadable cache).
    void load(GeoPackageCache *cache, const QString &district);
    const QString &district() const { return m_district; }

    /// The parcels of `enterprises` (in `district` when given) and their 亩 — what a row stands for.
    static QSet<qint64> parcelsOf(GeoPackageCache &cache, const QStringList &enterprises,
                                  const QString &district, double *mu = nullptr);

    /// The row of a chain or link by names (invalid when absent); tests and the map use it.
    QModelIndex find(const QString &chain, const QString &link = QString()) const;

private:
    void setHeaders();
    QList<QStandardItem *> ecosystemRow(GeoPackageCache &cache, const Ecosystem &ecosystem,
                                        const QList<ChainGaps> &gaps);
    QList<QStandardItem *> chainRow(GeoPackageCache &cache, const ChainGaps &gaps);
    QList<QStandardItem *> figuresRow(GeoPackageCache &cache, const QString &name,
                                      const QStringList &enterprises);

    QString m_district;
};

} // namespace zhili
