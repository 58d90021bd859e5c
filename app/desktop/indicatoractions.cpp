#include "desktop/indicatoractions.h"

#include "cache/cachefacts.h"
#include "cache/geopackagecache.h"
#include "desktop/cachesession.h"
#include "desktop/dashboarddock.h"
#include "desktop/identifypanel.h"
#include "desktop/indicatoroverlays.h"
#include "desktop/layerpanel.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/parceleditordock.h"
#include "desktop/targetsdock.h"
#include "render/mapscene.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace zhili {

IndicatorActions::IndicatorActions(MainWindow *window, DashboardDock *dashboard)
    : QObject(window), m_window(window), m_dashboard(dashboard)
{
    CacheSession *session = window->session();

    m_targets = new TargetsDock(window);
    window->addDock(m_targets, Qt::RightDockWidgetArea);
    // A tab beside the parcel editor, under Identify.
    window->tabifyDockWidget(window->parcelEditor(), m_targets);
    m_targets->hide();                // opened from Indicators ▸ Targets and key districts…
    window->identifyPanel()->raise(); // tabifying made the new tab current; Identify stays the visible one

    m_overlays = new IndicatorOverlays(this);
    window->layerPanel()->setOverlays(m_overlays);

    m_menu = new QMenu(tr("&Indicators"), window);
    m_menu->setObjectName(QStringLiteral("indicatorsMenu"));
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Help)->menuAction(), m_menu);
    m_targetsAction =
        m_menu->addAction(tr("&Targets and key districts…"), this, &IndicatorActions::editTargets);
    m_targetsAction->setObjectName(QStringLiteral("editTargetsAction"));
    m_targetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    if (m_dashboard)
        m_menu->addAction(m_dashboard->toggleViewAction());
    m_menu->addSeparator();
    m_achievementAction = m_menu->addAction(tr("Show target &achievement on the map"));
    m_classesAction = m_menu->addAction(tr("Show per-mu &classes on the map"));
    for (auto [action, kind] : {std::pair{m_achievementAction, IndicatorOverlay::Kind::Achievement},
                                std::pair{m_classesAction, IndicatorOverlay::Kind::Classes}}) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, m_overlays,
                [this, kind = kind](bool on) { m_overlays->setVisible(kind, on); });
    }
    connect(m_overlays, &IndicatorOverlays::changed, this, [this] {
        const QSignalBlocker a(m_achievementAction), c(m_classesAction);
        m_achievementAction->setChecked(m_overlays->isVisible(IndicatorOverlay::Kind::Achievement));
        m_classesAction->setChecked(m_overlays->isVisible(IndicatorOverlay::Kind::Classes));
    });

    connect(session, &CacheSession::opened, this, &IndicatorActions::onOpened);
    connect(session, &CacheSession::aboutToClose, this, [this] {
        m_targets->setContext(nullptr, nullptr);
        m_overlays->setSource(QString(), nullptr);
    });
    connect(session, &CacheSession::closed, this, &IndicatorActions::updateActions);
    connect(session, &CacheSession::userChanged, this,
            [this, session] { m_targets->setUser(session->user()); });
    connect(session, &CacheSession::parcelsChanged, m_overlays, &IndicatorOverlays::refresh);
    connect(m_targets, &TargetsDock::targetsChanged, this, &IndicatorActions::onTargetsChanged);
    updateActions();
}

void IndicatorActions::onOpened()
{
    CacheSession *session = m_window->session();
    GeoPackageCache *cache = session->cache();
    // Start on the latest year that has targets: that is what people open the editor and the map for.
    if (const std::optional<int> latest = CacheFacts::latestTargetYear(cache->db())) {
        m_targets->setYear(*latest);
        m_overlays->setYear(*latest);
        if (m_dashboard)
            m_dashboard->setYear(*latest);
    }
    m_targets->setContext(cache, session->undoStack());
    m_targets->setUser(session->user());
    m_overlays->setSource(cache->path(), session->scene());
    updateActions();
}

void IndicatorActions::onTargetsChanged()
{
    if (m_dashboard)
        m_dashboard->refresh();
    m_overlays->refresh();
}

void IndicatorActions::updateActions()
{
    const bool open = m_window->session()->cache() != nullptr;
    m_targetsAction->setEnabled(open);
    m_achievementAction->setEnabled(open);
    m_classesAction->setEnabled(open);
}

void IndicatorActions::editTargets()
{
    m_targets->show();
    m_targets->raise();
}

} // namespace zhili
