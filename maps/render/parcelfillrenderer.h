#pragma once

#include "layers/layerstyle.h"
#include "render/layerrenderer.h"

#include <QColor>
#include <QList>
#include <memory>
#include <vector>

namespace zhili {

class ParcelStore;

/// Draws parcels filled by a per-parcel colour: scan-converted straight into the image's scanlines in
/// parallel bands (shared edges neither gap nor overlap), outlines by on-screen size; paths on vector
/// devices. The render snapshot of the ecosystem and allocation-theme layers.
class ParcelFillRenderer : public LayerRenderer {
public:
    /// What a parcel's colour depends on.
    enum class Value { Ecosystem, LandMu, EnergyTce, FinanceWan };

    /// Ecosystem: `colors` are [0] unassigned, [k] ecosystem index k. Allocations: `colors` are the classes
    /// cut at `breaks` (upper bounds); parcels without a value > 0 get style.noDataColor.
    ParcelFillRenderer(std::shared_ptr<const ParcelStore> parcels, Value value, const QList<QColor> &colors,
                       std::vector<double> breaks, const LayerStyle &style);

    bool renderRaster(const LayerRenderContext &ctx, QImage &image, const std::vector<QRect> &clips,
                      quint32 base, bool clearFirst, int progressBase, int progressSpan) override;
    void renderVector(const LayerRenderContext &ctx, QPainter &painter) override;
    bool drawsOpaque() const override { return m_opaque; }
    double dirtyPaddingPx(const MapSettings &settings) const override;

    /// Colour table: Ecosystem: by ecosystem index; allocations: [0] no data, [1 + c] class c.
    struct Colors {
        Value value = Value::Ecosystem;
        std::vector<quint32> table; ///< premultiplied
        std::vector<double> breaks;
        quint32 outline = 0;
        /// Premultiplied colour of parcel i, 0 = not drawn.
        quint32 colorOf(const ParcelStore &s, int i) const;
    };

private:
    class ClipPass; // the steps of renderClip()
    bool renderClip(const LayerRenderContext &ctx, QImage &img, const QRect &clip, quint32 base,
                    int progressBase, int progressSpan, bool clearFirst) const;

    std::shared_ptr<const ParcelStore> m_parcels;
    Colors m_colors;
    QColor m_outlineColor;
    double m_outlineWidthMm = 0;
    bool m_opaque = false;
};

} // namespace zhili
