#include "desktop/chainactions.h"

#include "desktop/cachesession.h"
#include "desktop/chainsdock.h"
#include "desktop/districtchooser.h"
#include "desktop/layerpanel.h"
#include "desktop/mainwindow.h"
#include "desktop/readonlycachejob.h"
#include "layers/chainmapcontent.h"
#include "render/mapscene.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace zhili {

namespace {
constexpr int kPreferredWidth = 540;
}

ChainActions::ChainActions(MainWindow *window)
    : QObject(window), m_window(window), m_dock(new ChainsDock(window))
{
    CacheSession *session = window->session();
    // A tab beside the layers: the tree wants the whole height of the left side.
    window->addDock(m_dock, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(window->layerPanel(), m_dock);
    m_dock->hide(); // opened from View ▸ Panels or Ctrl+Shift+L; the saved layout may show it
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("chainsPanelAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(toggle, &QAction::triggered, m_dock, [this, window](bool on) {
        if (!on)
            return;
        m_dock->raise();
        // Wide enough for the counts and the leader beside the names.
        window->resizeDocks({m_dock}, {std::max(m_dock->width(), kPreferredWidth)}, Qt::Horizontal);
    });

    connect(session, &CacheSession::opened, this, [this, session] {
        m_dock->setUser(session->user());
        m_dock->setCache(session->cache());
    });
    connect(session, &CacheSession::aboutToClose, this, [this] { m_dock->setCache(nullptr); });
    connect(session, &CacheSession::userChanged, this, [this, session] { m_dock->setUser(session->user()); });
    // Parcels edited (an enterprise or status changed) move the figures; a batch or an undo run of edits
    // reads them once, after the last.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(300);
    connect(later, &QTimer::timeout, m_dock, &ChainsDock::refresh);
    connect(session, &CacheSession::parcelsChanged, later, qOverload<>(&QTimer::start));
    connect(m_dock, &ChainsDock::parcelsRequested, session,
            [session](const QSet<qint64> &fids) { session->setSelection(fids); });
    connect(m_dock, &ChainsDock::statusMessage, this,
            [this](const QString &m) { m_window->statusBar()->showMessage(m, 8000); });
    // The district chooser sets the scope: the figures of that district, or the city at its prompt.
    QComboBox *district = window->districtChooser()->comboBox();
    connect(district, &QComboBox::currentIndexChanged, this, [this, window] {
        m_dock->setDistrict(window->districtChooser()->current());
        showChain(m_ecosystem, m_chain);
    });
    // The chain chosen in the panel is drawn on the map by stage, its missing links in the legend.
    connect(m_dock, &ChainsDock::chainChosen, this, [this](const QString &ecosystem, const QString &chain) {
        if (ecosystem != m_ecosystem || chain != m_chain) // moving between links of one chain redraws nothing
            showChain(ecosystem, chain);
    });
    connect(session, &CacheSession::aboutToClose, this, [this] { showChain(QString(), QString()); });
}

void ChainActions::showChain(const QString &ecosystem, const QString &chain)
{
    m_ecosystem = ecosystem;
    m_chain = chain;
    const quint64 generation = ++m_generation; // whatever still runs is for another chain or scope
    CacheSession *session = m_window->session();
    MapScene *scene = session->scene();
    if (!scene)
        return;
    if (chain.isEmpty() || !session->cache()) {
        scene->setChainMap(ChainMapContent());
        return;
    }
    ++m_running;
    auto *watcher = new QFutureWatcher<ReadOnlyCacheResult<ChainMapContent>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation)
            return;
        const ReadOnlyCacheResult<ChainMapContent> r = watcher->result();
        if (MapScene *scene = m_window->session()->scene())
            scene->setChainMap(r.value); // a null content on error hides the layer
        if (!r.error.isEmpty())
            m_window->statusBar()->showMessage(r.error, 8000);
        emit chainShown();
    });
    watcher->setFuture(runOnReadOnlyCache<ChainMapContent>(
        session->cache()->path(),
        [ecosystem, chain, district = m_window->districtChooser()->current()](GeoPackageCache &cache) {
            return ChainMapContent::build(cache, ecosystem, chain, district);
        }));
}

} // namespace zhili
