#include "render/layercompositor.h"

#include "render/imagepool.h"
#include "render/pixelspan.h"
#include "render/rendersnapshot.h"

#include <QPainter>
#include <algorithm>
#include <cstring>

namespace zhili {

bool LayerCompositor::renderLayers(RenderSnapshot &snap)
{
    const MapSettings &set = snap.settings;
    const QSize ds = set.deviceSize();
    const QRect full(QPoint(0, 0), ds);
    int activeCount = 0;
    for (const auto &ls : snap.layers)
        activeCount += ls.active ? 1 : 0;
    const LayerRenderContext ctx{set, snap.task};
    int index = 0;
    for (auto &ls : snap.layers) {
        if (!ls.active) {
            ls.outcome = RenderJob::LayerOutcome::Skipped;
            continue;
        }
        if (snap.task.isCanceled())
            return false;
        const int base = 100 * index / std::max(1, activeCount);
        const int span = 100 / std::max(1, activeCount);
        ++index;
        if (!ls.cached.isNull() && ls.dirty.empty()) {
            ls.result = ls.cached;
            ls.outcome = RenderJob::LayerOutcome::Reused;
            continue;
        }
        // Parcel fills patch the edited areas of their cached image; other layers are drawn whole.
        const bool partial = !ls.cached.isNull() && ls.parcelFill;
        QImage img;
        std::vector<QRect> clips;
        if (partial) {
            img = ls.cached.copy();
            const double dpr = set.devicePixelRatio();
            const double pad = ls.renderer->dirtyPaddingPx(set);
            for (const Envelope &e : ls.dirty) {
                const QPointF a = set.toPixel(e.minX, e.maxY), b = set.toPixel(e.maxX, e.minY);
                QRect r =
                    QRectF(a * dpr, b * dpr).normalized().adjusted(-pad, -pad, pad, pad).toAlignedRect() &
                    full;
                if (!r.isEmpty())
                    clips.push_back(r);
            }
            for (const QRect &r : clips)
                fillRect(reinterpret_cast<quint32 *>(img.bits()), img.bytesPerLine() / 4, r, ls.base);
            ls.outcome = RenderJob::LayerOutcome::Partial;
        } else {
            img = ImagePool::image(ds);
            clips.push_back(full);
            ls.outcome = RenderJob::LayerOutcome::Full;
        }
        img.setDevicePixelRatio(set.devicePixelRatio());
        // A full image starts with undefined contents: the renderer clears it (fills band by band).
        if (!ls.renderer->renderRaster(ctx, img, clips, ls.base, !partial, base, span))
            return false;
        if (snap.task.isCanceled())
            return false;
        ls.result = img;
    }
    return !snap.task.isCanceled();
}

QImage LayerCompositor::compose(const RenderSnapshot &snap)
{
    const MapSettings &set = snap.settings;
    std::vector<const LayerSnapshot *> drawn;
    for (const auto &ls : snap.layers)
        if (ls.active && !ls.result.isNull())
            drawn.push_back(&ls);
    // The lowest layer already lies on the background: it is the frame (no fill, no blend).
    const bool onBackground = !drawn.empty() && drawn.front()->base != 0 &&
                              drawn.front()->result.size() == set.deviceSize() &&
                              drawn.front()->result.format() == QImage::Format_ARGB32_Premultiplied;
    if (onBackground && drawn.size() == 1)
        return drawn.front()->result;
    QImage out = ImagePool::image(set.deviceSize());
    if (onBackground)
        std::memcpy(out.bits(), drawn.front()->result.constBits(), size_t(out.sizeInBytes()));
    else
        out.fill(set.background());
    out.setDevicePixelRatio(set.devicePixelRatio());
    QPainter p(&out);
    for (const LayerSnapshot *l : drawn) {
        const LayerSnapshot &ls = *l;
        if (onBackground && l == drawn.front())
            continue;
        p.setOpacity(std::clamp(ls.opacity, 0.0, 1.0));
        p.drawImage(QPointF(0, 0), ls.result);
    }
    return out;
}

void LayerCompositor::renderVector(RenderSnapshot &snap, QPainter *painter)
{
    const MapSettings &set = snap.settings;
    const LayerRenderContext ctx{set, snap.task};
    painter->save();
    painter->setClipRect(QRectF(QPointF(0, 0), QSizeF(set.outputSize())));
    if (set.background().alpha() > 0)
        painter->fillRect(QRectF(QPointF(0, 0), QSizeF(set.outputSize())), set.background());
    for (auto &ls : snap.layers) {
        if (!ls.active || snap.task.isCanceled())
            continue;
        painter->save();
        painter->setOpacity(ls.opacity);
        ls.renderer->renderVector(ctx, *painter);
        painter->restore();
    }
    painter->restore();
}

} // namespace zhili
