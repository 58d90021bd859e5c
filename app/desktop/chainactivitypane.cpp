#include "desktop/chainactivitypane.h"

#include "cache/chainactivitystore.h"
#include "cache/chainfactsquery.h"
#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "chains/chainactivity.h"
#include "desktop/chaineventdialog.h"
#include "desktop/chainissuedialog.h"
#include "desktop/readonlyreason.h"
#include "edit/permissionpolicy.h"
#include "util/error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zhili {

namespace {
QTreeWidget *makeList(const QString &name)
{
    auto *list = new QTreeWidget;
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}
} // namespace

ChainActivityPane::ChainActivityPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_rights(new QLabel), m_tabs(new QTabWidget),
      m_events(makeList(QStringLiteral("chainEvents"))), m_issues(makeList(QStringLiteral("chainIssues"))),
      m_addEvent(new QPushButton), m_addIssue(new QPushButton), m_closeIssue(new QPushButton)
{
    m_addEvent->setObjectName(QStringLiteral("addChainEvent"));
    m_addIssue->setObjectName(QStringLiteral("addChainIssue"));
    m_closeIssue->setObjectName(QStringLiteral("closeChainIssue"));
    m_rights->setObjectName(QStringLiteral("chainRights"));
    m_rights->setWordWrap(true);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tabs->addTab(page(m_events, {m_addEvent}), QString());
    m_tabs->addTab(page(m_issues, {m_addIssue, m_closeIssue}), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_rights);
    connect(m_addEvent, &QPushButton::clicked, this, &ChainActivityPane::addEvent);
    connect(m_addIssue, &QPushButton::clicked, this, &ChainActivityPane::addIssue);
    connect(m_closeIssue, &QPushButton::clicked, this, &ChainActivityPane::closeIssue);
    connect(m_issues, &QTreeWidget::currentItemChanged, this, &ChainActivityPane::updateButtons);
    retranslate();
    refresh();
}

QWidget *ChainActivityPane::page(QTreeWidget *list, const QList<QPushButton *> &buttons)
{
    auto *w = new QWidget;
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch(1);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(list, 1);
    layout->addLayout(row);
    return w;
}

void ChainActivityPane::retranslate()
{
    m_tabs->setTabText(0, tr("Events"));
    m_tabs->setTabText(1, tr("Blockages"));
    m_addEvent->setText(tr("Add &event…"));
    m_addIssue->setText(tr("Add &blockage…"));
    m_closeIssue->setText(tr("&Close blockage…"));
    m_events->setHeaderLabels({tr("Date"), tr("Title"), tr("District"), tr("Enterprises"), tr("Projects"),
                               tr("Orders (10k CNY)"), tr("Financing (10k CNY)")});
    m_issues->setHeaderLabels(
        {tr("No."), tr("Opened"), tr("Status"), tr("District"), tr("Owner"), tr("Blockage")});
}

void ChainActivityPane::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    m_ecosystem.clear();
    m_chain.clear();
    refresh();
}

void ChainActivityPane::setUser(const std::optional<User> &user)
{
    m_user = user;
    updateButtons();
}

void ChainActivityPane::setChain(const QString &ecosystem, const QString &chain)
{
    if (ecosystem == m_ecosystem && chain == m_chain)
        return;
    m_ecosystem = ecosystem;
    m_chain = chain;
    refresh();
}

void ChainActivityPane::refresh()
{
    m_title->setText(m_chain.isEmpty() ? tr("Choose a chain above to see its events and blockages.")
                                       : tr("Events and blockages of %1").arg(m_chain));
    m_events->clear();
    m_issues->clear();
    if (m_cache && !m_chain.isEmpty()) {
        ChainActivityStore store(*m_cache);
        fillEvents(store.events(m_chain));
        fillIssues(store.issues(m_chain));
    }
    updateButtons();
}

void ChainActivityPane::fillEvents(const QList<ChainEvent> &events)
{
    for (const ChainEvent &e : events) {
        if (e.ecosystem != m_ecosystem)
            continue;
        auto *item = new QTreeWidgetItem(
            m_events, {e.heldOn, e.title, e.district.isEmpty() ? tr("City-wide") : e.district,
                       QString::number(e.enterprises.size()), QString::number(e.projects),
                       number(e.ordersWan, 1), number(e.financingWan, 1)});
        item->setToolTip(1, e.title);
        item->setToolTip(3, e.enterprises.join(QStringLiteral("\n")));
        for (int c = 3; c <= 6; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ChainActivityPane::fillIssues(const QList<ChainIssue> &issues)
{
    for (const ChainIssue &i : issues) {
        if (i.ecosystem != m_ecosystem)
            continue;
        auto *item = new QTreeWidgetItem(m_issues, {QString::number(i.id), i.openedOn,
                                                    i.isOpen() ? tr("Open") : tr("Closed %1").arg(i.closedOn),
                                                    i.district.isEmpty() ? tr("City-wide") : i.district,
                                                    i.owner, i.text});
        item->setData(0, Qt::UserRole, i.id);
        item->setData(2, Qt::UserRole, i.isOpen());
        item->setToolTip(5, i.text);
        if (i.isOpen())
            item->setForeground(2, QColor(198, 40, 40));
    }
}

QString ChainActivityPane::readOnlyReason() const
{
    return zhili::readOnlyReason(
        m_cache, m_user, [](const User &u) { return PermissionPolicy::canEditChains(u).allowed; },
        tr("Open a cache to see its chains."),
        tr("Read only: only city planners and administrators record events and blockages (you are %1)."));
}

void ChainActivityPane::updateButtons()
{
    const QString reason = readOnlyReason();
    m_rights->setText(reason);
    m_rights->setVisible(!reason.isEmpty() && m_cache);
    const QString noChain = tr("Choose a chain in the tree first.");
    const QString why = !reason.isEmpty() ? reason : m_chain.isEmpty() ? noChain : QString();
    for (QPushButton *b : {m_addEvent, m_addIssue}) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
    }
    const QTreeWidgetItem *current = m_issues->currentItem();
    const bool open = current && current->data(2, Qt::UserRole).toBool();
    m_closeIssue->setEnabled(why.isEmpty() && open);
    m_closeIssue->setToolTip(!why.isEmpty() ? why
                             : open         ? QString()
                                            : tr("Choose an open blockage in the list."));
}

QStringList ChainActivityPane::chainEnterprises() const
{
    const std::optional<qint64> id = ChainStore(*m_cache).chainId(m_ecosystem, m_chain);
    QStringList names;
    if (id)
        for (const QStringList &onLink : ChainFactsQuery(m_cache->db()).enterprisesOnLinks(*id))
            names += onLink;
    names.removeDuplicates();
    names.sort();
    return names;
}

QString ChainActivityPane::apply(const std::function<void()> &edit, const QString &done)
{
    try {
        edit();
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    emit recorded(done);
    return QString();
}

void ChainActivityPane::addEvent()
{
    if (!readOnlyReason().isEmpty() || m_chain.isEmpty())
        return;
    ChainEventDialog dialog(m_chain, chainEnterprises(), m_cache->districtNames(), this);
    dialog.setApplier([&] {
        ChainEvent e = dialog.event();
        e.ecosystem = m_ecosystem;
        e.chain = m_chain;
        return apply([&] { ChainActivity(*m_cache).addEvent(*m_user, e); },
                     tr("Recorded the event %1 of %2.").arg(e.title, m_chain));
    });
    dialog.exec();
}

void ChainActivityPane::addIssue()
{
    if (!readOnlyReason().isEmpty() || m_chain.isEmpty())
        return;
    ChainIssueDialog dialog(m_chain, m_cache->districtNames(), this);
    dialog.setApplier([&] {
        ChainIssue i = dialog.issue();
        i.ecosystem = m_ecosystem;
        i.chain = m_chain;
        return apply([&] { ChainActivity(*m_cache).addIssue(*m_user, i); },
                     tr("Recorded a blockage of %1.").arg(m_chain));
    });
    dialog.exec();
    m_tabs->setCurrentIndex(1);
}

void ChainActivityPane::closeIssue()
{
    const QTreeWidgetItem *current = m_issues->currentItem();
    if (!readOnlyReason().isEmpty() || !current || !m_cache)
        return;
    const std::optional<ChainIssue> issue =
        ChainActivityStore(*m_cache).issue(current->data(0, Qt::UserRole).toLongLong());
    if (!issue)
        return;
    ChainIssueDialog dialog(*issue, this);
    dialog.setApplier([&] {
        return apply([&] { ChainActivity(*m_cache).closeIssue(*m_user, issue->id, dialog.closedOn()); },
                     tr("Closed blockage #%1 of %2.").arg(issue->id).arg(m_chain));
    });
    dialog.exec();
}

} // namespace zhili
