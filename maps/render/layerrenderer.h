#pragma once

#include "render/mapsettings.h"
#include "util/taskprogress.h"

#include <QImage>
#include <QRect>
#include <atomic>
#include <functional>
#include <vector>

class QPainter;

namespace zhili {

/// What a worker hands every layer renderer of one job.
struct LayerRenderContext {
    const MapSettings &settings;
    const TaskProgress &task; ///< the job's: canceled by the GUI thread, told the job's percent done
    bool isCancelled() const { return task.isCanceled(); }
    void progress(int percent) const { task.report(percent, 100); }
};

/// One layer's render snapshot, made by MapLayer::prepare() in the GUI thread from copies (or shared,
/// lock-protected data) and drawn on a worker thread: nothing in it points into the scene's mutable state.
class LayerRenderer {
public:
    virtual ~LayerRenderer();

    /// Draws into `image` (device pixels, devicePixelRatio set) within `clips` (device pixels). With
    /// `clearFirst` the image's contents are undefined and the renderer sets the clips to `base` itself
    /// (fill layers do it band by band, in parallel) before drawing. `progressBase`/`progressSpan` are the
    /// share of the job's progress this layer reports. Returns false when cancelled.
    virtual bool renderRaster(const LayerRenderContext &ctx, QImage &image, const std::vector<QRect> &clips,
                              quint32 base, bool clearFirst, int progressBase, int progressSpan) = 0;
    /// Draws onto a vector painter (PDF/SVG) in logical pixels of ctx.settings.
    virtual void renderVector(const LayerRenderContext &ctx, QPainter &painter) = 0;
    /// Whether everything it draws is opaque (the lowest such layer is drawn straight onto the background).
    virtual bool drawsOpaque() const { return false; }
    /// Device pixels to add around an edited parcel's box when only that area is redrawn.
    virtual double dirtyPaddingPx(const MapSettings &) const { return 3; }
};

/// A renderer that draws with a QPainter, the same way on raster and vector devices.
class PainterLayerRenderer : public LayerRenderer {
public:
    bool renderRaster(const LayerRenderContext &ctx, QImage &image, const std::vector<QRect> &clips,
                      quint32 base, bool clearFirst, int progressBase, int progressSpan) override;
    void renderVector(const LayerRenderContext &ctx, QPainter &painter) override { paint(ctx, painter); }

protected:
    /// Draws in logical pixels of ctx.settings.
    virtual void paint(const LayerRenderContext &ctx, QPainter &painter) = 0;
};

} // namespace zhili
