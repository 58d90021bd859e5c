#include "render/layerrenderer.h"

#include <QPainter>

namespace zhili {

LayerRenderer::~LayerRenderer() = default;

bool PainterLayerRenderer::renderRaster(const LayerRenderContext &ctx, QImage &image,
                                        const std::vector<QRect> &clips, quint32 base, bool clearFirst,
                                        int progressBase, int progressSpan)
{
    if (clearFirst)
        image.fill(base);
    QPainter p(&image);
    if (clips.size() == 1 && clips.front() == image.rect()) {
        paint(ctx, p);
    } else {
        const double dpr = image.devicePixelRatio();
        for (const QRect &r : clips) {
            p.save();
            p.setClipRect(QRectF(r.x() / dpr, r.y() / dpr, r.width() / dpr, r.height() / dpr));
            paint(ctx, p);
            p.restore();
        }
    }
    p.end();
    ctx.progress(progressBase + progressSpan);
    return !ctx.isCancelled();
}

} // namespace zhili
