#include "desktop/conflictdialog.h"

#include "cache/geopackagecache.h"
#include "desktop/localtimetext.h"
#include "edit/assignmentdisplay.h"
#include "sync/syncpayload.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zhili {

namespace {

QString fieldLabel(const QString &key)
{
    if (key == QLatin1String("geom")) // a re-imported shape
        return QCoreApplication::translate("ConflictDialog", "Shape");
    if (key == QLatin1String("parcel")) // a parcel a re-import removed
        return QCoreApplication::translate("ConflictDialog", "Parcel removed");
    const std::optional<AssignmentField> field = assignmentFieldFromKey(key);
    return field ? assignmentFieldLabel(*field) : key;
}

} // namespace

ConflictDialog::ConflictDialog(GeoPackageCache &cache, ParcelEditor *editor, const std::optional<User> &user,
                               QWidget *parent)
    : QDialog(parent), m_cache(cache), m_editor(editor), m_user(user)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Sync conflicts"));
    resize(1180, 420);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Parcel"), tr("Field"), tr("Base"), tr("Mine"),
                                        tr("Theirs (kept by the server)"), tr("Why"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

int ConflictDialog::rowCount() const
{
    return m_table->rowCount();
}

QString ConflictDialog::cellText(int row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString ConflictDialog::reasonText(const SyncConflict &c) const
{
    if (c.reason == QLatin1String("deleted"))
        return tr("deleted on the city server meanwhile");
    if (c.reason == QLatin1String("reimported"))
        return tr("re-imported on the city server meanwhile");
    if (c.reason == QLatin1String("refused"))
        return tr("refused by the city server");
    return c.group.isEmpty() ? tr("both changed this field")
                             : tr("both changed the allocations (they go together)");
}

void ConflictDialog::reload()
{
    m_rows = SyncConflictStore(m_cache).open();
    // A read-only cache cannot record a resolution; taking mine also needs someone to edit as.
    const bool canResolve = m_editor != nullptr;
    const bool canTakeMine = canResolve && m_user;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const SyncConflict &c = m_rows.at(row);
        const auto value = [&](const QJsonValue &v) {
            return AssignmentDisplay::value(c.field, SyncPayload::displayText(v));
        };
        const auto side = [&](const QJsonValue &v, const QString &by, const QString &at) {
            return QStringLiteral("%1\n%2, %3").arg(value(v), by, localTimeText(at));
        };
        const QStringList cells = {QStringLiteral("%1\n%2").arg(c.code, c.district),
                                   fieldLabel(c.field),
                                   value(c.base),
                                   side(c.mine, c.mineBy, c.mineAt),
                                   side(c.theirs, c.theirsBy, c.theirsAt),
                                   reasonText(c)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));

        auto *actions = new QWidget(m_table);
        auto *box = new QHBoxLayout(actions);
        box->setContentsMargins(2, 2, 2, 2);
        auto *mine = new QPushButton(tr("Take mine"), actions);
        mine->setObjectName(QStringLiteral("takeMine"));
        mine->setEnabled(canTakeMine);
        mine->setToolTip(canTakeMine ? tr("A new edit setting my value; sent at the next sync")
                                     : tr("Choose a user first (File ▸ Choose user…) to take your values "
                                          "again."));
        auto *theirs = new QPushButton(tr("Take theirs"), actions);
        theirs->setObjectName(QStringLiteral("takeTheirs"));
        theirs->setEnabled(canResolve);
        theirs->setToolTip(tr("Keep the city server's value"));
        box->addWidget(mine);
        box->addWidget(theirs);
        connect(mine, &QPushButton::clicked, this, [this, row] { take(row, ConflictResolver::Take::Mine); });
        connect(theirs, &QPushButton::clicked, this,
                [this, row] { take(row, ConflictResolver::Take::Theirs); });
        m_table->setCellWidget(row, Actions, actions);
    }
    m_table->resizeColumnsToContents();
    // resizeColumnsToContents() does not measure cell widgets: the buttons get their own width.
    int buttonsWidth = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        buttonsWidth = std::max(buttonsWidth, m_table->cellWidget(row, Actions)->sizeHint().width());
    m_table->setColumnWidth(Actions, buttonsWidth);
    m_table->resizeRowsToContents();
    m_summary->setText(m_rows.isEmpty()
                           ? tr("No open conflicts.")
                           : tr("%n field(s) changed both here and on the city server. The server kept "
                                "theirs; take mine to send yours again at the next sync.",
                                nullptr, int(m_rows.size())));
}

bool ConflictDialog::take(int row, ConflictResolver::Take take)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const SyncConflict &c = m_rows.at(row);
    m_lastError.clear();
    try {
        if (!m_editor)
            throw Error(tr("This cache is open read-only: conflicts can be resolved only in a cache you may "
                           "edit."));
        if (take == ConflictResolver::Take::Mine && !m_user)
            throw Error(tr("Choose a user first (File ▸ Choose user…) to take your values again."));
        const QList<SyncConflict> group = SyncConflictStore(m_cache).openFor(c.parcelUuid, c.field);
        const EditRecord edit =
            ConflictResolver(m_cache, *m_editor).resolve(group, take, m_user.value_or(User()));
        if (!edit.isEmpty())
            emit parcelsChanged(edit.fids());
        if (take == ConflictResolver::Take::Mine &&
            (c.field == QLatin1String("geom") || c.field == QLatin1String("parcel")))
            emit parcelsReshaped();
    } catch (const Error &e) {
        m_lastError = e.message();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sync conflicts"),
                                    tr("The conflict on %1 of parcel %2 stays open.\n\n%3")
                                        .arg(fieldLabel(c.field), c.code, m_lastError),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): tests and the dialog stay responsive
        return false;
    }
    reload();
    emit conflictsResolved();
    return true;
}

} // namespace zhili
