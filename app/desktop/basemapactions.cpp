#include "desktop/basemapactions.h"

#include "cache/geopackagecache.h"
#include "desktop/appsettings.h"
#include "desktop/basemapdialog.h"
#include "desktop/cachesession.h"
#include "desktop/mainwindow.h"
#include "io/basemapsource.h"
#include "io/gcj02warning.h"
#include "render/mapscene.h"
#include "util/error.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace zhili {

namespace {

BasemapSource basemapOf(const MapScene &scene)
{
    const LayerStyle &st = scene.layer(LayerKind::Basemap).style;
    return BasemapSource{st.rasterPath, st.attribution, st.gcj02};
}

} // namespace

BasemapActions::BasemapActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_addAction = new QAction(tr("Add &basemap…"), this);
    m_addAction->setObjectName(QStringLiteral("addBasemapAction"));
    m_removeAction = new QAction(tr("Remove basemap"), this);
    m_removeAction->setObjectName(QStringLiteral("removeBasemapAction"));
    connect(m_addAction, &QAction::triggered, this, &BasemapActions::addBasemap);
    connect(m_removeAction, &QAction::triggered, this, &BasemapActions::removeBasemap);
    QMenu *file = window->menu(MainWindow::Menu::File);
    QAction *beforeQuit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertActions(beforeQuit, {m_addAction, m_removeAction});
    CacheSession *session = window->session();
    connect(session, &CacheSession::opened, this, [this] {
        updateActions();
        warnIfGcj02();
    });
    connect(session, &CacheSession::closed, this, &BasemapActions::updateActions);
    updateActions();
}

void BasemapActions::addBasemap()
{
    MapScene *scene = m_window->session()->scene();
    BasemapSource initial = basemapOf(*scene);
    if (initial.location.isEmpty())
        initial = AppSettings().lastBasemap();
    auto *dialog = new BasemapDialog(initial, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { apply(dialog->source()); });
    dialog->open();
}

bool BasemapActions::apply(const BasemapSource &source)
{
    CacheSession *session = m_window->session();
    if (!session->cache())
        return false;
    try {
        session->scene()->setBasemap(source.location, source.attribution, source.gcj02);
    } catch (const Error &e) {
        QMessageBox::warning(m_window, tr("Add basemap"), e.message());
        return false;
    }
    AppSettings settings;
    settings.setLastBasemap(source);
    saveStyles();
    updateActions();
    warnIfGcj02();
    return true;
}

void BasemapActions::removeBasemap()
{
    m_window->session()->scene()->setBasemap(QString());
    saveStyles();
    updateActions();
}

void BasemapActions::saveStyles()
{
    try {
        m_window->session()->scene()->saveStyles();
    } catch (const Error &e) {
        // A read-only cache still shows the basemap for this session.
        m_window->statusBar()->showMessage(tr("The basemap is not saved with the cache: %1").arg(e.message()),
                                           10000);
    }
}

void BasemapActions::warnIfGcj02()
{
    CacheSession *session = m_window->session();
    if (!session->cache())
        return;
    const BasemapSource source = basemapOf(*session->scene());
    if (source.location.isEmpty())
        return;
    const QString message = Gcj02Warning::message(source, session->cache()->srsId());
    if (message.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Basemap in GCJ-02"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("gcj02Warning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BasemapActions::updateActions()
{
    CacheSession *session = m_window->session();
    const bool open = session->cache() != nullptr;
    m_addAction->setEnabled(open);
    m_removeAction->setEnabled(open && !basemapOf(*session->scene()).location.isEmpty());
}

} // namespace zhili
