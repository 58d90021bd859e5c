#pragma once

#include "layers/layerstyle.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace zhili {

class ParcelStore;
class RasterReader;

/// Internal: what one layer needs to draw, copied in the GUI thread (no pointers into the scene's mutable
/// state other than the shared, lock-protected ParcelStore).
struct LayerSnapshot {
    MapLayer layer;
    quint64 revision = 0;
    bool active = false; ///< visible and in scale range
    RenderJob::LayerOutcome outcome = RenderJob::LayerOutcome::Skipped;
    QImage cached;               ///< reusable image of the same settings/revision, or null
    std::vector<Envelope> dirty; ///< map areas to redraw in `cached`
    QList<QColor> colors;        ///< parcels: [0]=unassigned, [k]=ecosystem k; themes: classes
    std::vector<double> breaks;  ///< themes
    QImage result;               ///< output (device pixels)
    /// Premultiplied colour the layer image starts from: 0 (transparent), or the opaque map background when
    /// this fill layer is the lowest one drawn — compose() then starts from it instead of blending it over a
    /// background-filled frame (and returns it as is when it is the only layer).
    quint32 base = 0;
};

/// Internal: the whole render input, shared between the GUI thread and the worker.
struct RenderSnapshot {
    MapSettings settings;
    std::shared_ptr<const ParcelStore> parcels;
    QList<DistrictShape> districts;
    std::shared_ptr<RasterReader> basemap;
    std::vector<int> selection; ///< store indices
    std::vector<LayerSnapshot> layers;
    std::atomic<bool> cancelled{false};
    std::function<void(int)> progress;
    quint64 editSerial = 0; ///< MapScene edit counter when the snapshot was taken
    QImage image;           ///< composed result
    double ms = 0;          ///< render wall time
};

/// Internal: draws snapshots. Raster targets use direct scanline writes for parcels; vector targets use
/// paths.
namespace LayerRenderer {
/// Renders every active layer into its `result` (reusing/patching cached images), returns false if cancelled.
bool renderLayers(RenderSnapshot &snap);
/// Composes the layer results over the background.
QImage compose(const RenderSnapshot &snap);
/// Draws the snapshot onto a vector painter (PDF/SVG) in logical pixel coordinates of snap.settings.
void renderVector(RenderSnapshot &snap, QPainter *painter);
} // namespace LayerRenderer

} // namespace zhili
