#pragma once

#include "desktop/retranslating.h"
#include "edit/user.h"

#include <QDockWidget>
#include <QSet>
#include <optional>

class QLabel;
class QTreeView;

namespace zhili {

class ChainActivityPane;
class ChainTreeModel;
class GeoPackageCache;
class RefreshWhenShown;

/// The Chains panel (产业链): the tree ecosystem → chain → link with enterprises, parcels, 亩 and the gap
/// marks of the scope (the city, or the district chosen in the window), and under it the chosen chain's
/// events and blockages. Choosing a link asks for its enterprises' parcels to be selected; choosing a chain
/// or a link tells which chain (chainChosen), for the map's chain layer.
class ChainsDock : public Retranslating<QDockWidget> {
    Q_OBJECT
public:
    explicit ChainsDock(QWidget *parent = nullptr);

    /// The open cache (null: none); reads its chains.
    void setCache(GeoPackageCache *cache);
    void setUser(const std::optional<User> &user);
    /// The figures of one district (empty: the city).
    void setDistrict(const QString &district);
    /// Reads the chains and figures again (after an import, an edit of parcels or enterprises); while the
    /// panel is hidden, once it is shown.
    void refresh();

    QTreeView *tree() const { return m_tree; }
    ChainTreeModel *model() const { return m_model; }
    ChainActivityPane *activity() const { return m_activity; }
    /// Chooses the row (chain, or link of it) as a click would; false when there is none.
    bool choose(const QString &chain, const QString &link = QString());

signals:
    /// A chain (or one of its links) was chosen.
    void chainChosen(const QString &ecosystem, const QString &chain);
    /// Select these parcels (a link's enterprises' parcels in the scope).
    void parcelsRequested(const QSet<qint64> &fids);
    void statusMessage(const QString &message);

private:
    void onCurrentChanged(const QModelIndex &index);
    void selectLinkParcels(const QModelIndex &index);
    void updateScope(const QString &problem = QString());
    void retranslate() override;

    GeoPackageCache *m_cache = nullptr;
    QString m_district;
    RefreshWhenShown *m_whenShown = nullptr; ///< the figures wait for the panel to be shown
    QLabel *m_scope;
    QTreeView *m_tree;
    ChainTreeModel *m_model;
    ChainActivityPane *m_activity;
};

} // namespace zhili
