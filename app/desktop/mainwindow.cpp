#include "desktop/mainwindow.h"

#include "cache/cachedisplayname.h"
#include "cache/geopackagecache.h"
#include "desktop/attributetabledock.h"
#include "desktop/basemapactions.h"
#include "desktop/cachesession.h"
#include "desktop/chainactions.h"
#include "desktop/democache.h"
#include "desktop/districtchooser.h"
#include "desktop/identifypanel.h"
#include "desktop/identifytool.h"
#include "desktop/indicatoractions.h"
#include "desktop/layerpanel.h"
#include "desktop/mapcanvas.h"
#include "desktop/mapstatuswidget.h"
#include "desktop/newcachedialog.h"
#include "desktop/pantool.h"
#include "desktop/parceleditordock.h"
#include "desktop/parcelexportactions.h"
#include "desktop/selectbyfilterdialog.h"
#include "desktop/selecttool.h"
#include "desktop/syncactions.h"
#include "desktop/translations.h"
#include "desktop/undoshortcutrouter.h"
#include "desktop/userchooserdialog.h"
#include "desktop/userguidewindow.h"
#include "desktop/welcomepanel.h"
#include "desktop/workflowactions.h"
#include "edit/userdirectory.h"
#include "render/mapscene.h"
#include "render/parcelstore.h"
#include "util/error.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <algorithm>

// Resources of a static library must be initialised explicitly, from the global namespace.
static void initZhiliResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace zhili {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/zhili/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new CacheSession(this)), m_canvas(new MapCanvas(this))
{
    initZhiliResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Zhili — Industrial Land Layout"));
    setWindowIcon(icon("zhili"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    resize(1440, 900);

    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_canvas);
    setCentralWidget(m_centre);
    m_panTool = new PanTool(m_canvas);
    m_identifyTool = new IdentifyTool(m_canvas);
    m_selectTool = new SelectTool(m_canvas, m_session);

    createActions();
    m_welcome = new WelcomePanel({m_openAction, m_newAction, m_demoAction}, m_centre);
    m_centre->addWidget(m_welcome);
    connect(m_welcome, &WelcomePanel::recentChosen, this,
            [this](const QString &path) { openCacheWithDialog(path); });
    createMenus();
    createToolBars();
    createDocks();
    auto *workflows = new WorkflowActions(this);
    new IndicatorActions(this, workflows->dashboard());
    new SyncActions(this);
    new ParcelExportActions(this);
    new BasemapActions(this);
    new ChainActions(this);
    // Targets and sync are tabs beside the editor, under Identify, which stays in view; the editor is the
    // tab shown first.
    m_parcelEditor->raise();
    createStatusBar();
    connectSession();
    m_panAction->trigger();
    updateActions();
    updateRecentMenu();
    showCanvasOrWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *iconName, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (iconName)
            a->setIcon(icon(iconName));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = make(tr("&Open cache…"), "open", QKeySequence::Open, [this] { openCacheDialog(); });
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setToolTip(tr("Open a cache (.gpkg) made by Zhili"));
    m_newAction = make(tr("&New cache…"), "new", QKeySequence::New, [this] { newCacheDialog(); });
    m_newAction->setObjectName(QStringLiteral("newCacheAction"));
    m_newAction->setToolTip(tr("Make an empty cache, then import district boundaries and parcels into it"));
    m_demoAction = make(tr("Open the &demo"), "zhili", QKeySequence(),
                        [this] { openCacheWithDialog(DemoCache::path()); });
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_demoAction->setToolTip(tr("The bundled demo: synthetic parcels of Hangzhou's districts"));
    m_demoAction->setEnabled(!DemoCache::path().isEmpty()); // so the slot always has one to open
    m_closeAction = make(tr("&Close cache"), nullptr, QKeySequence::Close, [this] {
        onCacheClosing();
        m_session->close();
    });
    m_quitAction = make(tr("&Quit"), "quit", QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setIcon(icon("undo"));
    m_redoAction->setIcon(icon("redo"));
    qApp->installEventFilter(new UndoShortcutRouter(m_undoAction, m_redoAction, this));

    m_toolGroup = new QActionGroup(this);
    auto tool = [this, &make](const QString &text, const char *iconName, Qt::Key key, MapTool *t) {
        QAction *a = make(text, iconName, QKeySequence(key), [this, t] { m_canvas->setTool(t); });
        a->setCheckable(true);
        m_toolGroup->addAction(a);
        return a;
    };
    m_panAction = tool(tr("&Pan"), "pan", Qt::Key_P, m_panTool);
    m_panAction->setToolTip(tr("Pan: drag the map (P)"));
    m_identifyAction = tool(tr("&Identify"), "identify", Qt::Key_I, m_identifyTool);
    m_identifyAction->setToolTip(tr("Identify: click a parcel to see its details (I)"));
    m_selectAction = tool(tr("&Select"), "select-rect", Qt::Key_S, m_selectTool);
    m_selectAction->setToolTip(
        tr("Select: click a parcel, Shift+click to add or remove, drag a rectangle (S)"));

    m_zoomInAction = make(tr("Zoom &in"), "zoom-in", QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); });
    m_zoomOutAction =
        make(tr("Zoom &out"), "zoom-out", QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); });
    m_zoomFullAction = make(tr("Zoom to &full extent"), "zoom-full", QKeySequence(Qt::CTRL | Qt::Key_0),
                            [this] { m_canvas->zoomToFull(); });
    m_zoomSelectionAction = make(tr("Zoom to &selection"), "zoom-selection",
                                 QKeySequence(Qt::CTRL | Qt::Key_J), [this] { zoomToSelection(); });
    m_previousExtentAction =
        make(tr("&Previous extent"), "extent-previous", QKeySequence(Qt::ALT | Qt::Key_Left),
             [this] { m_canvas->previousExtent(); });
    m_nextExtentAction = make(tr("&Next extent"), "extent-next", QKeySequence(Qt::ALT | Qt::Key_Right),
                              [this] { m_canvas->nextExtent(); });
    m_refreshAction =
        make(tr("&Redraw map"), nullptr, QKeySequence::Refresh, [this] { m_canvas->refresh(); });

    m_selectByFilterAction = make(tr("Select by &filter…"), "select-filter",
                                  QKeySequence(Qt::CTRL | Qt::Key_F), [this] { selectByFilter(); });
    m_clearSelectionAction =
        make(tr("&Clear selection"), "clear-selection", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
             [this] { m_session->clearSelection(); });
    m_aboutAction = make(tr("&About Zhili"), "zhili", QKeySequence(), [this] { about(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_userGuideAction =
        make(tr("&User guide"), nullptr, QKeySequence::HelpContents, [this] { showUserGuide(); });
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
}

QMenu *MainWindow::addMainMenu(Menu which, const QString &title)
{
    QMenu *m = menuBar()->addMenu(title);
    m_menus[std::size_t(which)] = m;
    return m;
}

QToolBar *MainWindow::addMainToolBar(ToolBar which, const QString &title, const QString &objectName)
{
    QToolBar *tb = addToolBar(title);
    tb->setObjectName(objectName);
    m_toolBars[std::size_t(which)] = tb;
    return tb;
}

void MainWindow::createMenus()
{
    QMenu *file = addMainMenu(Menu::File, tr("&File"));
    file->addActions({m_newAction, m_openAction});
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(m_demoAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = addMainMenu(Menu::Edit, tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();

    QMenu *view = addMainMenu(Menu::View, tr("&View"));
    view->addActions({m_panAction, m_identifyAction});
    view->addSeparator();
    view->addActions({m_zoomInAction, m_zoomOutAction, m_zoomFullAction});
    m_districtMenu = view->addMenu(icon("zoom-district"), tr("Zoom to &district"));
    view->addActions({m_zoomSelectionAction, m_previousExtentAction, m_nextExtentAction, m_refreshAction});
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    m_toolBarsMenu = view->addMenu(tr("&Tool bars"));
    createLanguageMenu(view->addMenu(tr("&Language")));

    addMainMenu(Menu::Selection, tr("Se&lection"))
        ->addActions({m_selectAction, m_selectByFilterAction, m_clearSelectionAction, m_zoomSelectionAction});
    addMainMenu(Menu::Help, tr("&Help"))->addActions({m_userGuideAction, m_aboutAction});
}

void MainWindow::createLanguageMenu(QMenu *language)
{
    auto *langGroup = new QActionGroup(language);
    const QString current = m_settings.language();
    for (const auto &[label, key] : {std::pair{tr("Follow the system"), QString()},
                                     std::pair{QStringLiteral("中文"), QStringLiteral("zh")},
                                     std::pair{QStringLiteral("English"), QStringLiteral("en")}}) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(current == key);
        langGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, key = key] { setLanguage(key); });
    }
}

void MainWindow::createToolBars()
{
    QToolBar *file = addMainToolBar(ToolBar::File, tr("File"), QStringLiteral("fileToolBar"));
    file->addActions({m_newAction, m_openAction});
    file->addSeparator();
    file->addActions({m_undoAction, m_redoAction});

    addMainToolBar(ToolBar::Tools, tr("Map tools"), QStringLiteral("toolsToolBar"))
        ->addActions(
            {m_panAction, m_identifyAction, m_selectAction, m_selectByFilterAction, m_clearSelectionAction});

    QToolBar *nav =
        addMainToolBar(ToolBar::Navigation, tr("Navigation"), QStringLiteral("navigationToolBar"));
    nav->addActions({m_zoomInAction, m_zoomOutAction, m_zoomFullAction, m_zoomSelectionAction,
                     m_previousExtentAction, m_nextExtentAction});
    m_districtChooser = new DistrictChooser(m_canvas, m_districtMenu, nav, this);

    for (ToolBar tb : {ToolBar::File, ToolBar::Tools, ToolBar::Navigation})
        m_toolBarsMenu->addAction(toolBar(tb)->toggleViewAction());
}

void MainWindow::createDocks()
{
    m_layerPanel = new LayerPanel(this);
    addDock(m_layerPanel, Qt::LeftDockWidgetArea);
    m_identifyPanel = new IdentifyPanel(m_session, this);
    addDock(m_identifyPanel, Qt::RightDockWidgetArea);
    connect(m_identifyTool, &IdentifyTool::parcelIdentified, this, &MainWindow::identifyParcel);
    connect(m_identifyTool, &IdentifyTool::districtIdentified, m_districtChooser, &DistrictChooser::follow);

    // The attribute table and parcel editor, linked through the session.
    m_parcelEditor = new ParcelEditorDock(this);
    addDock(m_parcelEditor, Qt::RightDockWidgetArea);
    m_attributeTable = new AttributeTableDock(this);
    addDock(m_attributeTable, Qt::BottomDockWidgetArea);
    connect(m_session, &CacheSession::selectionChanged, this, [this] {
        m_attributeTable->setSelectedFids(m_session->selection());
        m_parcelEditor->setSelectedFids(m_session->selection());
    });
    connect(m_attributeTable, &AttributeTableDock::selectionChangedInTable, this,
            [this](const QSet<qint64> &fids) { m_session->setSelection(fids); });
    // A row clicked in the table is identified as a click on the map would: panel, editor, outline.
    connect(m_attributeTable, &AttributeTableDock::currentParcelChanged, this, [this](qint64 fid) {
        if (fid > 0)
            identifyParcel(fid);
    });
    connect(m_attributeTable, &AttributeTableDock::identifyRequested, this, &MainWindow::identifyParcel);
    connect(m_attributeTable, &AttributeTableDock::editRequested, this, [this](qint64 fid) {
        identifyParcel(fid);
        m_parcelEditor->show();
        m_parcelEditor->raise();
    });
    connect(m_attributeTable, &AttributeTableDock::zoomToParcelRequested, this, &MainWindow::zoomToParcel);
    connect(m_identifyPanel, &IdentifyPanel::zoomToParcelRequested, this, &MainWindow::zoomToParcel);
    connect(m_parcelEditor, &ParcelEditorDock::parcelsChanged, m_session,
            &CacheSession::notifyParcelsChanged);
    connect(m_parcelEditor, &ParcelEditorDock::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_session, &CacheSession::parcelsChanged, m_attributeTable, &AttributeTableDock::parcelsChanged);
    connect(m_session, &CacheSession::parcelsChanged, m_parcelEditor, &ParcelEditorDock::onParcelsChanged);
    connect(m_session, &CacheSession::userChanged, this,
            [this] { m_parcelEditor->setUser(m_session->user()); });
    // A big cache's table (a million rows for the header to lay out) and legend counts wait until its
    // first map is drawn, and painted: queued behind the canvas's update.
    connect(
        m_session, &CacheSession::firstMapShown, this,
        [this] {
            m_layerPanel->setLegendHeld(false);
            m_attributeTable->setCache(m_session->cache());
            if (!m_session->selection().isEmpty()) // chosen before the table had rows
                m_attributeTable->setSelectedFids(m_session->selection());
        },
        Qt::QueuedConnection);
    connect(m_session, &CacheSession::opened, this, [this] {
        if (!m_session->isWaitingForFirstMap())
            m_attributeTable->setCache(m_session->cache());
        m_parcelEditor->setContext(m_session->cache(), m_session->editor(), m_session->undoStack());
        m_parcelEditor->setUser(m_session->user());
    });
    connect(m_session, &CacheSession::aboutToClose, this, [this] {
        m_attributeTable->setCache(nullptr);
        m_parcelEditor->setContext(nullptr, nullptr, nullptr);
    });
    // One above the other, not two tabs: an officer reads the parcel while editing it.
    splitDockWidget(m_identifyPanel, m_parcelEditor, Qt::Vertical);
}

void MainWindow::identifyParcel(qint64 fid)
{
    m_identifyPanel->showParcel(fid);
    m_identifyPanel->show();
    m_identifyPanel->raise();
    m_parcelEditor->setCurrentParcel(fid > 0 ? fid : 0);
    if (MapScene *scene = m_session->scene())
        scene->setIdentified(fid > 0 ? fid : 0);
}

void MainWindow::createStatusBar()
{
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_statusWidget = new MapStatusWidget(this);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_statusWidget);

    connect(m_canvas, &MapCanvas::extentChanged, this,
            [this] { m_statusWidget->showScale(m_canvas->scaleDenominator()); });
    connect(m_canvas, &MapCanvas::cursorMoved, m_statusWidget, &MapStatusWidget::showCursor);
    connect(m_canvas, &MapCanvas::cursorLeft, m_statusWidget, &MapStatusWidget::clearCursor);
    connect(m_canvas, &MapCanvas::renderStarted, m_statusWidget, &MapStatusWidget::renderStarted);
    connect(m_canvas, &MapCanvas::renderProgress, m_statusWidget, &MapStatusWidget::renderProgress);
    connect(m_canvas, &MapCanvas::renderFinished, m_statusWidget, &MapStatusWidget::renderStopped);
    connect(m_canvas, &MapCanvas::renderCancelled, m_statusWidget, &MapStatusWidget::renderStopped);
    connect(m_canvas, &MapCanvas::historyChanged, this, &MainWindow::updateActions);
    connect(m_statusWidget, &MapStatusWidget::cancelRequested, m_canvas, &MapCanvas::cancelRender);
    updateSelectionStatus();
    updateUserStatus();
}

void MainWindow::connectSession()
{
    connect(m_session, &CacheSession::opened, this, &MainWindow::onCacheOpened);
    connect(m_session, &CacheSession::aboutToClose, this, [this] {
        m_canvas->setScene(nullptr);
        m_layerPanel->setScene(nullptr);
    });
    connect(m_session, &CacheSession::closed, this, [this] {
        m_canvas->setScene(m_session->scene());
        m_layerPanel->setScene(m_session->scene());
        m_statusWidget->setCrs(Crs());
        setWindowTitle(tr("Zhili — Industrial Land Layout"));
        m_districtChooser->update();
        updateActions();
        showCanvasOrWelcome();
    });
    connect(m_session, &CacheSession::selectionChanged, this, [this] {
        updateSelectionStatus();
        updateActions();
    });
    connect(m_session, &CacheSession::parcelsChanged, m_layerPanel, &LayerPanel::refreshLegend);
    connect(m_session, &CacheSession::userChanged, this, &MainWindow::updateUserStatus);
    // A big cache's detail is read once the overview's first map is on screen (a render superseded while
    // the window settles is no first map: the session's own delay covers renders that never finish).
    connect(m_canvas, &MapCanvas::renderFinished, m_session, &CacheSession::startDetailLoad);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT_X(!dock->objectName().isEmpty(), "MainWindow::addDock", "docks need an objectName");
    addDockWidget(area, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
}

QMenu *MainWindow::menu(Menu which) const
{
    return m_menus[std::size_t(which)];
}

QToolBar *MainWindow::toolBar(ToolBar which) const
{
    return m_toolBars[std::size_t(which)];
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::openCache(const QString &path)
{
    onCacheClosing();
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_statusWidget->renderStarted();
    // Loading reads every parcel once; keep the window painting (but not taking input) meanwhile.
    const TaskProgress progress([this](qint64 done, qint64 total, const QString &) {
        m_statusWidget->renderProgress(int(done * 100 / std::max<qint64>(1, total)));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    });
    try {
        m_session->open(path, progress);
    } catch (...) {
        m_statusWidget->renderStopped();
        statusBar()->clearMessage();
        throw;
    }
    m_statusWidget->renderStopped();
    statusBar()->clearMessage();
    if (!m_session->readOnlyReason().isEmpty())
        statusBar()->showMessage(m_session->readOnlyReason(), 15000);
}

bool MainWindow::openCacheWithDialog(const QString &path)
{
    try {
        openCache(path);
        return true;
    } catch (const Error &e) {
        QMessageBox::critical(
            this, tr("Cannot open the cache"),
            tr("The cache %1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    }
}

QString MainWindow::resolveUser(const QString &name, bool interactive)
{
    if (!m_session->isOpen())
        return tr("No cache is open.");
    try {
        User user = UserDirectory(*m_session->cache()).resolve(name);
        if (user.hasPassword) {
            // Never signed in by name alone: the chooser asks for the password (or another user).
            if (!interactive)
                return tr("%1 has a password: choose the user in File ▸ Choose user.").arg(user.name);
            UserChooserDialog dialog(*m_session->cache(), std::nullopt, this);
            dialog.selectUser(user.name);
            if (dialog.exec() != QDialog::Accepted || !dialog.chosenUser())
                return tr("No user chosen: choose who you are (File ▸ Choose user) to edit.");
            user = *dialog.chosenUser();
        }
        m_session->setUser(user);
        m_settings.setLastUser(user.name);
        return QString();
    } catch (const Error &e) {
        if (interactive)
            QMessageBox::warning(this, tr("User"), e.message());
        return e.message();
    }
}

void MainWindow::openCacheDialog()
{
    const QString start =
        m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open cache"), start,
                                                      tr("Zhili caches (*.gpkg);;All files (*)"));
    if (!path.isEmpty())
        openCacheWithDialog(path);
}

void MainWindow::newCacheDialog()
{
    NewCacheDialog dialog(this);
    dialog.setOpenCachePath(m_session->path());
    if (m_session->isOpen())
        dialog.setFolder(QFileInfo(m_session->path()).absolutePath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (openCacheWithDialog(dialog.path()))
        statusBar()->showMessage(
            tr("New cache %1 made: import district boundaries and parcels into it from the File menu.")
                .arg(QFileInfo(dialog.path()).fileName()),
            15000);
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(
            Translations::isChinese() ? QStringLiteral("zh") : QStringLiteral("en"), this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::onCacheOpened()
{
    GeoPackageCache *cache = m_session->cache();
    MapScene *scene = m_session->scene();
    showCanvasOrWelcome(); // before the extent is set: it fits the canvas's size
    m_statusWidget->setCrs(cache->crs());
    m_layerPanel->setLegendHeld(m_session->isWaitingForFirstMap()); // a big cache counts after its first map
    m_layerPanel->setScene(scene);
    m_canvas->setScene(scene);
    const Envelope full = scene->fullExtent();
    const Envelope last = m_settings.lastExtent(cache->path());
    if (!last.isNull() && !full.isNull() && last.intersects(full))
        m_canvas->setExtent(last);
    else
        m_canvas->setExtent(full, true);
    m_settings.addRecentCache(cache->path());
    m_settings.setLastCache(cache->path());
    const QString file = QFileInfo(cache->path()).fileName();
    const QString name = CacheDisplayName::read(*cache);
    setWindowTitle(tr("Zhili — %1%2")
                       .arg(name.isEmpty() ? file : tr("%1 (%2)").arg(name, file),
                            cache->isReadOnly() ? tr(" (read-only)") : QString()));
    m_identifyPanel->clear();
    scene->setIdentified(0);
    // The table shows the selection in the map's colour (the cache's style may choose another).
    auto showSelectionColor = [this, scene] {
        m_attributeTable->setSelectionColor(scene->layer(LayerKind::Selection).style.selectionColor);
    };
    showSelectionColor();
    connect(scene, &MapScene::layersChanged, m_attributeTable, showSelectionColor);
    updateRecentMenu();
    m_districtChooser->update();
    updateSelectionStatus();
    updateActions();
    statusBar()->showMessage(
        tr("%n parcel(s) loaded.", nullptr, int(std::min<qint64>(scene->parcelCount(), INT_MAX))), 5000);
}

void MainWindow::onCacheClosing()
{
    if (m_session->isOpen())
        m_settings.setLastExtent(m_session->path(), m_canvas->extent());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentCaches();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openCacheWithDialog(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_welcome->setRecentCaches(recent);
}

void MainWindow::showCanvasOrWelcome()
{
    if (m_session->isOpen())
        m_centre->setCurrentWidget(m_canvas);
    else
        m_centre->setCurrentWidget(m_welcome);
}

void MainWindow::updateSelectionStatus()
{
    const qsizetype n = m_session->selection().size();
    m_selectionLabel->setText(n == 0 ? tr("No selection") : tr("%n parcel(s) selected", nullptr, int(n)));
}

void MainWindow::updateUserStatus()
{
    const auto &user = m_session->user();
    m_userLabel->setText(user ? UserChooserDialog::userLabel(*user) : QString());
    m_userLabel->setVisible(bool(user));
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    for (QAction *a : {m_closeAction, m_zoomInAction, m_zoomOutAction, m_zoomFullAction, m_refreshAction,
                       m_selectByFilterAction})
        a->setEnabled(open);
    m_districtMenu->setEnabled(open);
    const bool hasSelection = !m_session->selection().isEmpty();
    m_zoomSelectionAction->setEnabled(open && hasSelection);
    m_clearSelectionAction->setEnabled(hasSelection);
    m_previousExtentAction->setEnabled(m_canvas->canGoBack());
    m_nextExtentAction->setEnabled(m_canvas->canGoForward());
}

void MainWindow::selectByFilter()
{
    if (!m_session->isOpen())
        return;
    try {
        SelectByFilterDialog dialog(*m_session->cache(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ParcelFilter filter = dialog.filter();
        m_session->setSelection(filter.fids(*m_session->cache()), dialog.mode());
        statusBar()->showMessage(tr("Selected by filter: %1").arg(filter.describe()), 8000);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Select by filter"),
                             tr("The selection failed.\n\n%1").arg(e.message()));
    }
}

void MainWindow::zoomToSelection()
{
    m_canvas->zoomToFeatures(m_session->selectionExtent());
}

void MainWindow::zoomToParcel(qint64 fid)
{
    const auto store = m_session->scene()->parcelStore();
    const int i = store ? store->indexOf(fid) : -1;
    if (i >= 0)
        m_canvas->zoomToFeatures(store->envelope(i));
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language takes effect when Zhili starts again."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Zhili"),
                       tr("<h3>Zhili %1</h3><p>Industrial land layout of the city and its districts: five "
                          "industrial ecosystems, their parcels, and the land, energy and finance support "
                          "assigned to them.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    onCacheClosing();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace zhili
