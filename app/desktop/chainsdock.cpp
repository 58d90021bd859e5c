#include "desktop/chainsdock.h"
#include "desktop/refreshwhenshown.h"

#include "desktop/chainactivitypane.h"
#include "desktop/chaintreemodel.h"
#include "util/error.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace zhili {

ChainsDock::ChainsDock(QWidget *parent)
    : Retranslating(parent), m_scope(new QLabel), m_tree(new QTreeView), m_model(new ChainTreeModel(this)),
      m_activity(new ChainActivityPane)
{
    setObjectName(QStringLiteral("chainsDock"));
    m_whenShown = new RefreshWhenShown(this, [this] { refresh(); });
    m_scope->setObjectName(QStringLiteral("chainsScope"));
    m_scope->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("chainsTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_activity);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 210}); // the tree first: it is what the panel is for
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_scope);
    layout->addWidget(split, 1);
    setWidget(w);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChainsDock::onCurrentChanged);
    // Moving through the tree shows a chain; a click (or Enter) on a link selects its parcels, again when
    // clicked again (the selection may have changed since).
    connect(m_tree, &QTreeView::clicked, this, &ChainsDock::selectLinkParcels);
    connect(m_tree, &QTreeView::activated, this, &ChainsDock::selectLinkParcels);
    connect(m_activity, &ChainActivityPane::recorded, this, &ChainsDock::statusMessage);
    retranslate();
}

void ChainsDock::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    m_activity->setCache(cache);
    refresh();
}

void ChainsDock::setUser(const std::optional<User> &user)
{
    m_activity->setUser(user);
}

void ChainsDock::setDistrict(const QString &district)
{
    if (district == m_district)
        return;
    m_district = district;
    refresh();
}

void ChainsDock::refresh()
{
    // Hidden, it only notes that its figures are old: the analysis reads every chain's parcels.
    if (m_whenShown->postpone(m_cache != nullptr))
        return;
    QString problem;
    try {
        m_model->load(m_cache, m_district);
    } catch (const Error &e) {
        problem = e.message();
        m_model->load(nullptr, QString());
    }
    m_tree->expandToDepth(0);
    m_activity->refresh();
    updateScope(problem);
}

void ChainsDock::updateScope(const QString &problem)
{
    QString text;
    if (!m_cache)
        text = tr("Open a cache to see its industrial chains.");
    else if (!problem.isEmpty())
        text = tr("Cannot read the chains: %1").arg(problem);
    else if (m_model->rowCount() == 0)
        text = tr("No industrial chains yet: import them with zhili-cli chains import.");
    else if (m_district.isEmpty())
        text = tr("Figures of the whole city. Click a link to select its enterprises' parcels.");
    else
        text = tr("Figures of %1. Click a link to select its enterprises' parcels there.").arg(m_district);
    m_scope->setText(text);
}

bool ChainsDock::choose(const QString &chain, const QString &link)
{
    const QModelIndex index = m_model->find(chain, link);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    selectLinkParcels(index);
    return true;
}

void ChainsDock::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex index = current.siblingAtColumn(ChainTreeModel::NameColumn);
    const auto kind = ChainTreeModel::Kind(index.data(ChainTreeModel::KindRole).toInt());
    const QString ecosystem = index.data(ChainTreeModel::EcosystemRole).toString();
    const QString chain = index.data(ChainTreeModel::ChainRole).toString();
    m_activity->setChain(ecosystem, chain);
    if (kind != ChainTreeModel::Kind::Ecosystem && !chain.isEmpty())
        emit chainChosen(ecosystem, chain);
}

void ChainsDock::selectLinkParcels(const QModelIndex &clicked)
{
    const QModelIndex index = clicked.siblingAtColumn(ChainTreeModel::NameColumn);
    if (ChainTreeModel::Kind(index.data(ChainTreeModel::KindRole).toInt()) != ChainTreeModel::Kind::Link ||
        !m_cache)
        return;
    const QString chain = index.data(ChainTreeModel::ChainRole).toString();
    const QStringList enterprises = index.data(ChainTreeModel::EnterprisesRole).toStringList();
    const QSet<qint64> fids = ChainTreeModel::parcelsOf(*m_cache, enterprises, m_district);
    emit parcelsRequested(fids);
    emit statusMessage(
        enterprises.isEmpty()
            ? tr("%1 · %2 is missing: no enterprise on this link.")
                  .arg(chain, index.data(ChainTreeModel::LinkRole).toString())
            : tr("%1 · %2: %n parcel(s) of its enterprises selected.", nullptr, int(fids.size()))
                  .arg(chain, index.data(ChainTreeModel::LinkRole).toString()));
}

void ChainsDock::retranslate()
{
    setWindowTitle(tr("Industrial chains"));
    m_activity->retranslate();
    refresh();
}

} // namespace zhili
