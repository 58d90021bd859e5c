#include "render/renderjob.h"

#include "render/attributionlabel.h"
#include "render/layercompositor.h"
#include "render/mapscene.h"
#include "render/rendersnapshot.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPaintEngine>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace zhili {

namespace {

// Render jobs get threads of their own: on the global pool a map waited behind long background work (the
// indicator dashboard of a 1M-parcel cache kept both threads of a 2-core machine busy for ~10 s after
// opening). Two threads, so a cancelled job that is still winding down does not delay the next one.
QThreadPool &renderPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

void renderSnapshot(RenderSnapshot &snap)
{
    QElapsedTimer timer;
    timer.start();
    if (LayerCompositor::renderLayers(snap) && !snap.task.isCanceled()) {
        snap.image = LayerCompositor::compose(snap);
        if (!snap.attribution.isEmpty() && !snap.image.isNull()) {
            QPainter p(&snap.image); // detaches from a cached layer image the frame may share
            p.setRenderHint(QPainter::Antialiasing);
            AttributionLabel::draw(p, QRectF(QPointF(0, 0), QSizeF(snap.settings.outputSize())),
                                   snap.attribution, snap.settings);
        }
    }
    snap.ms = timer.nsecsElapsed() / 1e6;
}

} // namespace

RenderJob::RenderJob(MapScene &scene, const MapSettings &settings, QObject *parent)
    : QObject(parent), m_scene(&scene), m_settings(settings), m_snapshot(scene.snapshot(settings))
{
    std::weak_ptr<RenderSnapshot> weak = m_snapshot;
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    m_snapshot->task = TaskProgress([this, lastPercent](qint64 done, qint64, const QString &) {
        // Throttle: one queued signal per percent step.
        const int percent = int(done);
        if (lastPercent->exchange(percent) != percent)
            QMetaObject::invokeMethod(
                this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
        return true;
    });
}

RenderJob::~RenderJob()
{
    if (m_running) {
        m_snapshot->task.cancel();
        m_future.waitForFinished();
    }
}

void RenderJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto snap = m_snapshot;
    m_future = QtConcurrent::run(&renderPool(), [snap] { renderSnapshot(*snap); });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onDone();
    });
    watcher->setFuture(m_future);
}

void RenderJob::cancel()
{
    m_snapshot->task.cancel();
}

void RenderJob::waitForFinished()
{
    if (!m_running)
        return;
    m_future.waitForFinished();
    onDone();
}

bool RenderJob::isRunning() const
{
    return m_running;
}

bool RenderJob::isCancelled() const
{
    return m_snapshot->task.isCanceled();
}

RenderJob::LayerOutcome RenderJob::outcome(LayerKind kind) const
{
    for (const auto &ls : m_snapshot->layers)
        if (ls.kind == kind)
            return ls.outcome;
    return LayerOutcome::Skipped;
}

void RenderJob::onDone()
{
    if (!m_running)
        return;
    m_running = false;
    m_ms = m_snapshot->ms;
    if (!m_snapshot->task.isCanceled()) {
        m_image = m_snapshot->image;
        if (m_scene)
            m_scene->storeLayerImages(*m_snapshot);
    }
    // Drop the per-layer copies now: the scene holds what it caches.
    for (auto &ls : m_snapshot->layers) {
        ls.cached = QImage();
        ls.result = QImage();
    }
    emit finished();
}

QImage RenderJob::renderImage(MapScene &scene, const MapSettings &settings)
{
    auto snap = scene.snapshot(settings);
    renderSnapshot(*snap);
    scene.storeLayerImages(*snap);
    return snap->image;
}

void RenderJob::render(const MapScene &scene, const MapSettings &settings, QPainter *painter,
                       const QRectF &target)
{
    const QRectF out = target.isNull() ? QRectF(QPointF(0, 0), QSizeF(settings.outputSize())) : target;
    auto snap = scene.snapshot(settings);
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    if (raster) {
        renderSnapshot(*snap);
        painter->drawImage(out, snap->image);
        return;
    }
    painter->save();
    painter->translate(out.topLeft());
    painter->scale(out.width() / settings.outputSize().width(),
                   out.height() / settings.outputSize().height());
    LayerCompositor::renderVector(*snap, painter);
    AttributionLabel::draw(*painter, QRectF(QPointF(0, 0), QSizeF(settings.outputSize())), snap->attribution,
                           settings);
    painter->restore();
}

} // namespace zhili
