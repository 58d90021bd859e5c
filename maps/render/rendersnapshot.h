#pragma once

#include "layers/layerstyle.h"
#include "render/layerrenderer.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"
#include "util/taskprogress.h"

#include <QImage>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace zhili {

class ParcelStore;

/// Internal: one layer of a render job, taken in the GUI thread: its renderer (a snapshot, see MapLayer::
/// prepare()), what to reuse from the layer image cache, and the result.
struct LayerSnapshot {
    LayerKind kind = LayerKind::Parcels;
    double opacity = 1.0;
    bool parcelFill = false; ///< MapLayer::isParcelFill(): dirty areas are patched in the cached image
    quint64 revision = 0;
    bool active = false;                     ///< visible, in scale range and with data
    std::shared_ptr<LayerRenderer> renderer; ///< set when active
    RenderJob::LayerOutcome outcome = RenderJob::LayerOutcome::Skipped;
    QImage cached;               ///< reusable image of the same settings/revision, or null
    std::vector<Envelope> dirty; ///< map areas to redraw in `cached`
    QImage result;               ///< output (device pixels)
    /// Premultiplied colour the layer image starts from: 0 (transparent), or the opaque map background when
    /// this fill layer is the lowest one drawn — compose() then starts from it instead of blending it over a
    /// background-filled frame (and returns it as is when it is the only layer).
    quint32 base = 0;
};

/// Internal: the whole render input, shared between the GUI thread and the worker.
struct RenderSnapshot {
    MapSettings settings;
    std::shared_ptr<const ParcelStore> parcels; ///< the scene's store when taken (the image cache checks it)
    std::vector<LayerSnapshot> layers;
    /// Canceled from the GUI thread (RenderJob::cancel()); told (percent, 100) by the workers.
    TaskProgress task;
    quint64 editSerial = 0; ///< edit counter of the layer image cache when the snapshot was taken
    QString attribution;    ///< credits of the drawn layers (MapLayer::attribution), drawn over the frame
    QImage image;           ///< composed result
    double ms = 0;          ///< render wall time
};

} // namespace zhili
