#pragma once

#include <QImage>

class QPainter;

namespace zhili {

struct RenderSnapshot;

/// Internal: runs a render snapshot's layer renderers and composes their images; the worker side of
/// RenderJob.
class LayerCompositor {
public:
    /// Renders every active layer into its `result` (reusing/patching cached images), false if cancelled.
    static bool renderLayers(RenderSnapshot &snap);
    /// Composes the layer results over the background.
    static QImage compose(const RenderSnapshot &snap);
    /// Draws the snapshot onto a vector painter (PDF/SVG) in logical pixel coordinates of snap.settings.
    static void renderVector(RenderSnapshot &snap, QPainter *painter);
};

} // namespace zhili
