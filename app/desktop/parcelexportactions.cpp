#include "desktop/parcelexportactions.h"

#include "cache/geopackagecache.h"
#include "desktop/attributetabledock.h"
#include "desktop/cachesession.h"
#include "desktop/exportdialog.h"
#include "desktop/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace zhili {

ParcelExportActions::ParcelExportActions(MainWindow *window) : QObject(window), m_window(window)
{
    CacheSession *session = window->session();
    m_exportAction = new QAction(tr("Export &parcels…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportParcelsAction"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportParcels(false); });
    QMenu *file = window->menu(MainWindow::Menu::File);
    QAction *beforeQuit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(beforeQuit, m_exportAction);
    connect(window->attributeTable(), &AttributeTableDock::exportSelectionRequested, this,
            [this] { exportParcels(true); });
    auto update = [this, session] { m_exportAction->setEnabled(session->cache() != nullptr); };
    connect(session, &CacheSession::opened, this, update);
    connect(session, &CacheSession::closed, this, update);
    update();
}

void ParcelExportActions::exportParcels(bool selectionOnly)
{
    CacheSession *session = m_window->session();
    if (!session->cache())
        return;
    auto *dialog =
        new ExportDialog(session->path(), session->cache()->districtNames(), session->selection(), m_window);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!selectionOnly || session->selection().isEmpty())
        dialog->setScope(ExportDialog::Scope::All);
    connect(dialog, &ExportDialog::exportEnded, this, [this, dialog](bool ok) {
        if (ok && dialog->report())
            m_window->statusBar()->showMessage(
                tr("Exported %n parcel(s) to %1", nullptr, int(dialog->report()->parcels))
                    .arg(dialog->report()->path),
                10000);
    });
    dialog->open();
}

} // namespace zhili
