#include "desktop/parcelhistorywidget.h"

#include "cache/geopackagecache.h"
#include "desktop/localtimetext.h"
#include "edit/assignmentdisplay.h"
#include "edit/auditlog.h"
#include "edit/role.h"
#include "util/error.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zhili {

ParcelHistoryWidget::ParcelHistoryWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ParcelHistoryWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Old"), tr("New"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    reload();
}

void ParcelHistoryWidget::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    m_fid = 0;
    reload();
}

void ParcelHistoryWidget::setParcel(qint64 fid)
{
    m_fid = fid;
    reload();
}

void ParcelHistoryWidget::reload()
{
    m_table->setRowCount(0);
    if (!m_cache || !m_fid) {
        m_title->setText(tr("No parcel chosen."));
        return;
    }
    const std::optional<Parcel> parcel = m_cache->parcelByFid(m_fid);
    if (!parcel) {
        m_title->setText(tr("No parcel chosen."));
        return;
    }
    QList<AuditEntry> entries;
    try {
        AuditLog log(*m_cache);
        entries = log.historyForParcel(parcel->uuid, 1000);
    } catch (const Error &e) {
        m_title->setText(e.message());
        return;
    }
    int refused = 0;
    for (const AuditEntry &e : entries)
        refused += e.accepted ? 0 : 1;
    m_title->setText(entries.isEmpty() ? tr("Parcel %1 has not been edited.").arg(parcel->code)
                                       : tr("History of parcel %1: %2 changes, %3 refused")
                                             .arg(parcel->code)
                                             .arg(entries.size() - refused)
                                             .arg(refused));
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const std::optional<Role> role = roleFromString(e.role);
        const QString who =
            e.role.isEmpty() ? e.user
                             : QStringLiteral("%1 (%2)").arg(e.user, role ? roleDisplayName(*role) : e.role);
        const QStringList cells = {localTimeText(e.at),
                                   who,
                                   AssignmentDisplay::action(e.action),
                                   AssignmentDisplay::fieldLabel(e.field),
                                   AssignmentDisplay::value(e.field, e.oldValue),
                                   AssignmentDisplay::value(e.field, e.newValue),
                                   e.accepted ? tr("applied") : tr("refused: %1").arg(e.message)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (!e.accepted) {
                item->setForeground(QColor(0xc6, 0x28, 0x28));
                item->setToolTip(e.message);
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace zhili
