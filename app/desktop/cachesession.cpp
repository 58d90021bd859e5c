#include "desktop/cachesession.h"

#include "cache/cacheschema.h"
#include "cache/geopackagecache.h"
#include "edit/parceleditor.h"
#include "interchange/qgisstyleexport.h"
#include "render/mapscene.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace zhili {

CacheSession::CacheSession(QObject *parent)
    : QObject(parent), m_scene(new MapScene(this)), m_undo(new QUndoStack(this))
{
}

CacheSession::~CacheSession()
{
    // The scene keeps a pointer to the cache; commands reference it too. Nobody is told about this last
    // clear: listeners (the sync panel, actions) may belong to a window that is being destroyed.
    m_undo->blockSignals(true);
    m_undo->clear();
    m_editor.reset();
    delete m_scene;
    m_scene = nullptr;
}

QString CacheSession::path() const
{
    return m_cache ? m_cache->path() : QString();
}

void CacheSession::open(const QString &path, const TaskProgress &progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(
            tr("The cache file %1 does not exist. Choose another file or import parcels into a new cache "
               "first (zhili-cli import FILE --cache %1).")
                .arg(QDir::toNativeSeparators(path)));
    const QString reason = readOnlyReasonFor(path);
    auto cache = GeoPackageCache::open(path, !reason.isEmpty());
    // crs() is resolved lazily (the CLI saves PROJ's start-up); the window needs it anyway, and a CRS PROJ
    // does not know must refuse the file here, before the cache that is open now is closed.
    cache->crs();
    auto scene = std::make_unique<MapScene>();
    // A big city's first map comes from the overview pages (a fraction of the store), without the codes and
    // enterprise names only labels show; the detail that hit tests, labels and zoomed views need follows in
    // the background.
    const bool overviewFirst = cache->parcelCount() >= kOverviewFirstParcels &&
                               scene->loadOverview(*cache, RenderPageCodec::Texts::Skip);
    if (!overviewFirst)
        scene->load(*cache, progress);

    close();
    m_readOnlyReason = reason;
    m_cache = std::move(cache);
    if (!m_cache->isReadOnly())
        m_editor = std::make_unique<ParcelEditor>(*m_cache);
    // Views dropped their references in aboutToClose(); a queued delete lets pending signals drain.
    m_scene->deleteLater();
    m_scene = scene.release();
    m_scene->setParent(this);
    m_detailLoading = m_detailWaiting = overviewFirst;
    emit opened();
    if (overviewFirst) {
        const quint64 serial = m_openSerial;
        QTimer::singleShot(kDetailDelayMs, this, [this, serial] {
            if (serial == m_openSerial)
                startDetailLoad();
        });
    }
}

void CacheSession::startDetailLoad()
{
    if (!m_detailWaiting)
        return;
    m_detailWaiting = false;
    loadDetail();
    emit firstMapShown(); // after the worker started: what waited runs beside it
}

void CacheSession::loadDetail()
{
    // The worker reads on a connection of its own and touches nothing of the session: a cache closed or
    // replaced meanwhile just drops its result (compared by serial).
    const QString path = m_cache->path();
    const quint64 serial = ++m_openSerial;
    m_detailLoading = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<ParcelStore>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_openSerial)
            return;
        m_detailLoading = false;
        if (const std::shared_ptr<ParcelStore> detail = watcher->result())
            m_scene->setDetail(detail);
        emit detailLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path]() -> std::shared_ptr<ParcelStore> {
        try {
            auto cache = GeoPackageCache::open(path, true);
            if (auto store = ParcelStoreCache::read(*cache))
                return store;
            return ParcelStore::load(*cache);
        } catch (const Error &e) {
            qWarning("detail of %s not loaded: %s", qPrintable(path), qPrintable(e.message()));
            return {};
        }
    }));
}

QString CacheSession::readOnlyReasonFor(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return tr("%1 cannot be written by you (file permissions), so it is open read-only: you can look and "
                  "export, but not edit.")
            .arg(info.fileName());
    // A newer program may have changed what the tables mean: read it, but write nothing.
    const int version = CacheSchema::version(GeoPackageCache::open(path, true)->db());
    if (version > CacheSchema::kCurrentVersion)
        return tr("%1 was written by a newer Zhili (cache version %2; this program knows up to %3), so it is "
                  "open read-only: update Zhili to edit it.")
            .arg(info.fileName())
            .arg(version)
            .arg(CacheSchema::kCurrentVersion);
    return QString();
}

void CacheSession::close()
{
    if (!m_cache)
        return;
    ++m_openSerial; // a detail still loading belongs to this cache
    m_detailLoading = m_detailWaiting = false;
    emit aboutToClose();
    m_undo->clear();
    m_editor.reset();
    m_selection.clear();
    // A fresh empty scene: the old one points at the cache that is going away.
    m_scene->deleteLater();
    m_scene = new MapScene(this);
    m_cache.reset();
    emit selectionChanged();
    emit closed();
}

void CacheSession::setUser(const User &user)
{
    m_user = user;
    emit userChanged();
}

void CacheSession::setSelection(const QSet<qint64> &fids, SelectMode mode)
{
    QSet<qint64> next;
    switch (mode) {
    case SelectMode::Replace:
        next = fids;
        break;
    case SelectMode::Add:
        next = m_selection | fids;
        break;
    case SelectMode::Remove:
        next = m_selection - fids;
        break;
    case SelectMode::Toggle:
        next = m_selection;
        for (qint64 f : fids) {
            if (next.contains(f))
                next.remove(f);
            else
                next.insert(f);
        }
        break;
    }
    if (!assignIfChanged(m_selection, std::move(next)))
        return;
    m_scene->setSelection(m_selection);
    emit selectionChanged();
}

Envelope CacheSession::selectionExtent() const
{
    Envelope e;
    const auto store = m_scene->parcelStore();
    if (!store)
        return e;
    for (qint64 fid : m_selection) {
        const int i = store->indexOf(fid);
        if (i >= 0)
            e.include(store->envelope(i));
    }
    return e;
}

void CacheSession::notifyParcelsChanged(const QList<qint64> &fids)
{
    if (fids.isEmpty())
        return;
    const auto breaks = [this] {
        std::vector<std::vector<double>> b;
        for (LayerKind theme : {LayerKind::LandTheme, LayerKind::EnergyTheme, LayerKind::FinanceTheme})
            b.push_back(m_scene->classBreaks(theme));
        return b;
    };
    const auto before = breaks();
    m_scene->invalidateParcels(fids);
    if (breaks() != before)
        writeGisStyles();
    emit parcelsChanged(fids);
}

void CacheSession::writeGisStyles()
{
    // The edit moved a theme's classes: the styles QGIS reads from the cache (layer_styles) follow, from the
    // scene already loaded here, so a colleague opening the file in QGIS sees the classes of this legend.
    if (!m_cache || m_cache->isReadOnly())
        return;
    try {
        QgisStyleExport::write(*m_cache, *m_scene,
                               QLocale().language() == QLocale::Chinese ? QStringLiteral("zh")
                                                                        : QStringLiteral("en"));
    } catch (const Error &) {
        // Not the edit's business: the edit is committed; `zhili-cli export-styles` rewrites the styles.
    }
}

} // namespace zhili
