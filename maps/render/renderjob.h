#pragma once

#include "layers/layerstyle.h"
#include "render/mapsettings.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QPainter;

namespace zhili {

class MapScene;
struct RenderSnapshot;

/// Renders a MapScene off the GUI thread. The constructor (GUI thread) takes a snapshot of what every
/// layer needs; start() renders it with QtConcurrent; `finished` arrives in the GUI thread with image().
/// Layer images are cached in the scene: unchanged layers are reused, edited parcels redrawn in place.
class RenderJob : public QObject {
    Q_OBJECT
public:
    /// How each layer was produced, for tests and the status bar.
    enum class LayerOutcome { Skipped, Reused, Partial, Full };

    RenderJob(MapScene &scene, const MapSettings &settings, QObject *parent = nullptr);
    ~RenderJob() override; ///< cancels and waits

    void start();
    /// Asks the worker to stop; it returns within a few milliseconds; `finished` still comes (isCancelled()).
    void cancel();
    void waitForFinished();
    bool isRunning() const;
    bool isCancelled() const;
    const MapSettings &settings() const { return m_settings; }
    /// The composed image (device pixels, devicePixelRatio set); null until finished or when cancelled.
    QImage image() const { return m_image; }
    /// Wall time of the render in milliseconds.
    double renderTimeMs() const { return m_ms; }
    LayerOutcome outcome(LayerKind kind) const;

    /// Blocking render into an image of settings.deviceSize() (same pipeline, same cache).
    static QImage renderImage(MapScene &scene, const MapSettings &settings);
    /// Blocking render onto any painter (PDF, SVG, printer, image) at settings' DPI into `target`
    /// (logical units of the painter; the default is (0,0)-outputSize). Vector output for vector devices.
    static void render(const MapScene &scene, const MapSettings &settings, QPainter *painter,
                       const QRectF &target = QRectF());

signals:
    void progress(int percent);
    void finished();

private:
    void run();
    void onDone();

    QPointer<MapScene> m_scene;
    MapSettings m_settings;
    std::shared_ptr<RenderSnapshot> m_snapshot;
    QFuture<void> m_future;
    QImage m_image;
    double m_ms = 0;
    bool m_running = false;
};

} // namespace zhili
