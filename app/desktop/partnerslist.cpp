#include "desktop/partnerslist.h"
#include "desktop/sectionrow.h"

#include "cache/geopackagecache.h"
#include "chains/chainmatcher.h"
#include "util/error.h"

#include <QHeaderView>
#include <QLocale>

namespace zhili {

PartnersList::PartnersList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("partnersList"));
    setColumnCount(4);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const qint64 fid = item->data(0, Qt::UserRole).toLongLong();
        if (fid > 0)
            emit zoomToParcelRequested(fid);
    });
    retranslate();
}

void PartnersList::retranslate()
{
    // The distance first: it orders the list, and long enterprise names would push it out of a narrow panel.
    setHeaderLabels({tr("Distance (km)"), tr("Enterprise"), tr("Link"), tr("District")});
    headerItem()->setToolTip(0, tr("Straight line between the centroids of the two nearest parcels"));
}

void PartnersList::showHint(const QString &hint)
{
    m_hint = hint;
    auto *item = new QTreeWidgetItem(this, {hint});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
}

void PartnersList::showEnterprise(GeoPackageCache *cache, const QString &enterprise)
{
    clear();
    m_hint.clear();
    if (!cache || enterprise.trimmed().isEmpty()) {
        showHint(tr("The parcel names no enterprise: no partners along the chains."));
        return;
    }
    try {
        const ChainMatch m = ChainMatcher(*cache).match(enterprise);
        section(tr("Suppliers (upstream, %1)").arg(m.suppliers.size()), m.suppliers);
        section(tr("Customers (downstream, %1)").arg(m.customers.size()), m.customers);
        if (m.suppliers.isEmpty() && m.customers.isEmpty())
            showHint(tr("No enterprise of the cache sits on the links next to %1's.").arg(enterprise));
    } catch (const Error &e) {
        clear();
        showHint(e.message());
    }
}

QTreeWidgetItem *PartnersList::section(const QString &title, const QList<ChainPartner> &partners)
{
    QTreeWidgetItem *top = addSectionRow(this, title);
    for (const ChainPartner &p : partners) {
        const QString km = p.distanceM ? QLocale().toString(*p.distanceM / 1000, 'f', 1) : tr("no parcel");
        auto *item = new QTreeWidgetItem(top, {km, p.enterprise, p.link, p.district});
        item->setData(0, Qt::UserRole, p.parcelFid);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        const QString tip = p.parcelCode.isEmpty()
                                ? tr("%1 · %2: no parcel in the cache").arg(p.chain, p.link)
                                : tr("%1 · parcel %2 (%3); double-click to zoom to it")
                                      .arg(p.chain, p.parcelCode, p.district);
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, tip);
    }
    top->setExpanded(true); // once it has children, or Qt keeps it closed
    return top;
}

} // namespace zhili
