#include "desktop/workflowactions.h"

#include "cache/geopackagecache.h"
#include "desktop/batchassigndialog.h"
#include "desktop/cachesession.h"
#include "desktop/dashboarddock.h"
#include "desktop/districtimportdialog.h"
#include "desktop/importdialog.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/snapshotdialog.h"
#include "desktop/userchooserdialog.h"
#include "io/importreport.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace zhili {

WorkflowActions::WorkflowActions(MainWindow *window) : QObject(window), m_window(window)
{
    CacheSession *session = window->session();

    m_importAction = new QAction(tr("&Import parcels…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &WorkflowActions::importParcels);
    m_districtsAction = new QAction(tr("Import &district boundaries…"), this);
    m_districtsAction->setObjectName(QStringLiteral("importDistrictsAction"));
    connect(m_districtsAction, &QAction::triggered, this, &WorkflowActions::importDistricts);
    m_userAction = new QAction(tr("Choose &user…"), this);
    connect(m_userAction, &QAction::triggered, this, &WorkflowActions::chooseUser);
    m_snapshotAction = new QAction(tr("&Export map snapshot…"), this);
    m_snapshotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_snapshotAction, &QAction::triggered, this, &WorkflowActions::exportSnapshot);
    m_batchAction = new QAction(tr("&Batch assign from CSV…"), this);
    m_batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_batchAction, &QAction::triggered, this, &WorkflowActions::batchAssign);

    QMenu *file = window->menu(MainWindow::Menu::File);
    QAction *beforeQuit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(beforeQuit, m_importAction);
    file->insertAction(beforeQuit, m_districtsAction);
    file->insertAction(beforeQuit, m_snapshotAction);
    file->insertAction(beforeQuit, m_userAction);
    file->insertSeparator(beforeQuit);
    window->menu(MainWindow::Menu::Edit)->addAction(m_batchAction);

    m_dashboard = new DashboardDock(window);
    m_dashboard->setObjectName(QStringLiteral("dashboardDock"));
    window->addDock(m_dashboard, Qt::BottomDockWidgetArea);
    m_dashboard->hide(); // opened from View ▸ Panels; computing it on a big cache takes a moment
    m_dashboard->setComputeOnlyWhenVisible(true);
    connect(m_dashboard, &DashboardDock::parcelsRequested, session, [session](const QList<qint64> &fids) {
        session->setSelection(QSet<qint64>(fids.begin(), fids.end()));
    });
    connect(session, &CacheSession::opened, this, [this, session] {
        m_dashboard->setCache(session->cache());
        updateActions();
    });
    connect(session, &CacheSession::aboutToClose, this, [this] { m_dashboard->setCache(nullptr); });
    connect(session, &CacheSession::closed, this, &WorkflowActions::updateActions);
    connect(session, &CacheSession::userChanged, this, &WorkflowActions::updateActions);
    connect(session, &CacheSession::parcelsChanged, m_dashboard, &DashboardDock::refresh);
    updateActions();
}

void WorkflowActions::updateActions()
{
    CacheSession *session = m_window->session();
    const bool open = session->cache() != nullptr;
    m_userAction->setEnabled(open);
    m_snapshotAction->setEnabled(open);
    m_districtsAction->setEnabled(open && !session->cache()->isReadOnly());
    m_batchAction->setEnabled(open && session->user().has_value() && !session->cache()->isReadOnly());
}

void WorkflowActions::importParcels()
{
    CacheSession *session = m_window->session();
    QString cachePath = session->cache() ? session->path() : QString();
    if (cachePath.isEmpty()) {
        cachePath = QFileDialog::getSaveFileName(m_window, tr("New cache for the import"), QString(),
                                                 tr("GeoPackage cache (*.gpkg)"));
        if (cachePath.isEmpty())
            return;
    }
    const QString userName = session->user() ? session->user()->name : QString();
    auto *dialog = new ImportDialog(cachePath, userName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (session->cache())
        dialog->setDistrictNames(session->cache()->districtNames());
    connect(dialog, &ImportDialog::importFinished, this, [this, cachePath](const ImportReport &report) {
        // The import wrote through its own connection: reopen so map, table and districts show it.
        m_window->openCacheWithDialog(cachePath);
        m_window->statusBar()->showMessage(
            tr("Imported: %1 new, %2 updated parcels").arg(report.inserted).arg(report.updated), 10000);
    });
    dialog->open();
}

void WorkflowActions::importDistricts()
{
    CacheSession *session = m_window->session();
    if (!session->cache() || session->cache()->isReadOnly())
        return;
    const QString cachePath = session->path();
    auto *dialog =
        new DistrictImportDialog(cachePath, session->user() ? session->user()->name : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DistrictImportDialog::importFinished, this,
            [this, cachePath](const ImportReport &report) {
                // The import wrote through its own connection: reopen so the map and the district chooser
                // show the new outlines.
                m_window->openCacheWithDialog(cachePath);
                m_window->statusBar()->showMessage(tr("District boundaries imported: %1 new, %2 replaced")
                                                       .arg(report.inserted)
                                                       .arg(report.updated),
                                                   10000);
            });
    dialog->open();
}

void WorkflowActions::chooseUser()
{
    CacheSession *session = m_window->session();
    if (!session->cache())
        return;
    UserChooserDialog dialog(*session->cache(), session->user(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto user = dialog.chosenUser())
            session->setUser(*user);
    }
}

void WorkflowActions::batchAssign()
{
    CacheSession *session = m_window->session();
    if (!session->cache() || !session->editor() || !session->user())
        return;
    const QString csv = QFileDialog::getOpenFileName(m_window, tr("Batch assignment CSV"), QString(),
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (csv.isEmpty())
        return;
    BatchAssignDialog dialog(*session->cache(), *session->editor(), session->undoStack(), *session->user(),
                             m_window);
    // The session outlives the dialog, so undo/redo after closing still redraws the parcels.
    dialog.setChangedHandler([session](const QList<qint64> &fids) { session->notifyParcelsChanged(fids); });
    if (dialog.loadCsv(csv))
        dialog.exec();
}

void WorkflowActions::exportSnapshot()
{
    CacheSession *session = m_window->session();
    if (!session->cache())
        return;
    SnapshotDialog dialog(session->path(), m_window->canvas()->extent(), m_window);
    dialog.exec();
}

} // namespace zhili
