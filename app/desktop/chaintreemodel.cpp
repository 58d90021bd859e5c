#include "desktop/chaintreemodel.h"

#include "cache/chainfactsquery.h"
#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "chains/chaingapanalysis.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"

#include <QLocale>
#include <QPixmap>

namespace zhili {

namespace {

QStandardItem *textItem(const QString &text, const QString &tip = QString())
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QStandardItem *numberItem(double value, int decimals)
{
    QStandardItem *item = textItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The enterprises of several rows, each once, in the order met.
QStringList unionOf(const QList<QStringList> &lists)
{
    QStringList all;
    for (const QStringList &l : lists)
        all += l;
    all.removeDuplicates();
    return all;
}

void setIdentity(const QList<QStandardItem *> &row, ChainTreeModel::Kind kind, const QString &ecosystem,
                 const QString &chain, const QString &link, const QStringList &enterprises)
{
    QStandardItem *name = row[ChainTreeModel::NameColumn];
    name->setData(int(kind), ChainTreeModel::KindRole);
    name->setData(ecosystem, ChainTreeModel::EcosystemRole);
    name->setData(chain, ChainTreeModel::ChainRole);
    name->setData(link, ChainTreeModel::LinkRole);
    name->setData(enterprises, ChainTreeModel::EnterprisesRole);
}

} // namespace

ChainTreeModel::ChainTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHeaders();
}

void ChainTreeModel::setHeaders()
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Chain / link"), tr("Firms"), tr("Parcels"), tr("Mu"), tr("Gap"), tr("Leader / stage")});
    horizontalHeaderItem(EnterprisesColumn)->setToolTip(tr("Enterprises on the link in the scope"));
    horizontalHeaderItem(ParcelsColumn)->setToolTip(tr("Their parcels in the scope"));
    horizontalHeaderItem(MuColumn)->setToolTip(tr("Area of those parcels, mu"));
    horizontalHeaderItem(GapColumn)->setToolTip(
        tr("Missing: no enterprise on the link (fill the chain); thin: only one (strengthen it)"));
}

void ChainTreeModel::load(GeoPackageCache *cache, const QString &district)
{
    clear();
    setHeaders();
    m_district = district;
    if (!cache)
        return;
    for (const Ecosystem &e : builtinEcosystems()) {
        if (ChainStore(*cache).chains(e.key).isEmpty())
            continue;
        const QList<ChainGaps> gaps = ChainGapAnalysis(*cache).run(e.key, QString(), district);
        appendRow(ecosystemRow(*cache, e, gaps));
    }
}

QSet<qint64> ChainTreeModel::parcelsOf(GeoPackageCache &cache, const QStringList &enterprises,
                                       const QString &district, double *mu)
{
    QSet<qint64> fids;
    double total = 0;
    for (const ChainFactsQuery::EnterpriseParcel &p :
         ChainFactsQuery(cache.db()).parcelsOf(enterprises, false))
        if ((district.isEmpty() || p.district == district) && !fids.contains(p.fid)) {
            fids.insert(p.fid);
            total += p.areaMu;
        }
    if (mu)
        *mu = total;
    return fids;
}

QList<QStandardItem *> ChainTreeModel::figuresRow(GeoPackageCache &cache, const QString &name,
                                                  const QStringList &enterprises)
{
    double mu = 0;
    const qsizetype parcels = parcelsOf(cache, enterprises, m_district, &mu).size();
    return {textItem(name),
            numberItem(double(enterprises.size()), 0),
            numberItem(double(parcels), 0),
            numberItem(mu, 1),
            textItem(QString()),
            textItem(QString())};
}

QList<QStandardItem *> ChainTreeModel::ecosystemRow(GeoPackageCache &cache, const Ecosystem &ecosystem,
                                                    const QList<ChainGaps> &gaps)
{
    QList<QStringList> lists;
    int missing = 0;
    for (const ChainGaps &g : gaps) {
        for (const LinkGap &l : g.links)
            lists << l.scope.enterprises;
        missing += int(g.missingLinks().size());
    }
    QList<QStandardItem *> row = figuresRow(cache, DisplayNames::of(ecosystem), unionOf(lists));
    QPixmap swatch(12, 12);
    swatch.fill(QColor(ecosystem.color));
    row[NameColumn]->setIcon(QIcon(swatch));
    if (missing > 0)
        row[GapColumn]->setText(tr("%n missing", nullptr, missing));
    setIdentity(row, Kind::Ecosystem, ecosystem.key, QString(), QString(), unionOf(lists));
    for (const ChainGaps &g : gaps)
        row[NameColumn]->appendRow(chainRow(cache, g));
    return row;
}

QList<QStandardItem *> ChainTreeModel::chainRow(GeoPackageCache &cache, const ChainGaps &gaps)
{
    const IndustrialChain &chain = gaps.chain;
    QList<QStringList> lists;
    for (const LinkGap &l : gaps.links)
        lists << l.scope.enterprises;
    const QStringList enterprises = unionOf(lists);
    QList<QStandardItem *> row = figuresRow(cache, chain.name, enterprises);
    const qsizetype covered = gaps.links.size() - gaps.missingLinks().size();
    row[GapColumn]->setText(tr("%1/%2 links").arg(covered).arg(gaps.links.size()));
    row[GapColumn]->setToolTip(tr("Links with at least one enterprise, of all links of the chain"));
    row[LeaderColumn]->setText(chain.leader);
    row[LeaderColumn]->setToolTip(
        chain.team.isEmpty() ? chain.leader : tr("%1; working group: %2").arg(chain.leader, chain.team));
    setIdentity(row, Kind::Chain, chain.ecosystem, chain.name, QString(), enterprises);
    for (const LinkGap &l : gaps.links) {
        QList<QStandardItem *> link = {textItem(l.link.name),
                                       numberItem(double(l.scope.enterprises.size()), 0),
                                       numberItem(l.scope.parcels, 0),
                                       numberItem(l.scope.mu, 1),
                                       textItem(QString()),
                                       textItem(chainStageName(l.link.stage))};
        link[NameColumn]->setToolTip(l.link.supplies.isEmpty()
                                         ? chainStageName(l.link.stage)
                                         : tr("%1 → %2").arg(chainStageName(l.link.stage),
                                                             l.link.supplies.join(QStringLiteral("、"))));
        const QString gap = l.scope.isMissing() ? QStringLiteral("missing")
                            : l.scope.isThin()  ? QStringLiteral("thin")
                                                : QString();
        if (!gap.isEmpty()) {
            link[GapColumn]->setText(l.scope.isMissing() ? tr("Missing") : tr("Thin"));
            link[GapColumn]->setForeground(l.scope.isMissing() ? QColor(198, 40, 40) : QColor(176, 96, 0));
        }
        link[NameColumn]->setData(gap, GapRole);
        setIdentity(link, Kind::Link, chain.ecosystem, chain.name, l.link.name, l.scope.enterprises);
        row[NameColumn]->appendRow(link);
    }
    return row;
}

QModelIndex ChainTreeModel::find(const QString &chain, const QString &link) const
{
    for (int e = 0; e < rowCount(); ++e) {
        const QModelIndex eco = index(e, 0);
        for (int c = 0; c < rowCount(eco); ++c) {
            const QModelIndex ch = index(c, 0, eco);
            if (ch.data(ChainRole).toString() != chain)
                continue;
            if (link.isEmpty())
                return ch;
            for (int l = 0; l < rowCount(ch); ++l)
                if (index(l, 0, ch).data(LinkRole).toString() == link)
                    return index(l, 0, ch);
        }
    }
    return {};
}

} // namespace zhili
