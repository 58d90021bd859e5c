#pragma once

#include "geometry/envelope.h"
#include "layers/layerstyle.h"
#include "render/mapsettings.h"

#include <QHash>
#include <QImage>
#include <utility>
#include <vector>

namespace zhili {

struct LayerSnapshot;
struct RenderSnapshot;

/// The per-layer image cache of a MapScene: a layer's last image is reused while its settings and revision
/// match; an edited parcel marks its box dirty in the parcel-fill images, whose next render redraws only
/// that area. Revisions change whenever a layer must be drawn anew (style, data).
class LayerImageCache {
public:
    /// A new revision for the layer: its cached image is dropped.
    void bump(LayerKind kind);
    quint64 revision(LayerKind kind) const { return m_revisions.value(int(kind)); }
    /// A parcel in `area` was edited: parcel-fill images (`fillKinds`) redraw that area before reuse, and
    /// images of jobs already running are stored with it dirty.
    void markEdited(const Envelope &area, const QList<LayerKind> &fillKinds);
    /// Counter of markEdited() calls (a render snapshot remembers it).
    quint64 editSerial() const { return m_editSerial; }
    /// Fills ls.cached and ls.dirty when an image of the same settings, revision and base is cached.
    void reuseInto(LayerSnapshot &ls, const MapSettings &settings) const;
    /// Keeps the images of a finished job whose revisions are still current.
    void store(const RenderSnapshot &done);

private:
    struct CachedLayer {
        MapSettings settings;
        quint64 revision = 0;
        QImage image;
        quint32 base = 0;            // LayerSnapshot::base the image was drawn on
        std::vector<Envelope> dirty; // map areas to redraw before reuse
    };
    QHash<int, quint64> m_revisions;
    QHash<int, CachedLayer> m_images;
    quint64 m_nextRevision = 1;
    quint64 m_editSerial = 0;
    std::vector<std::pair<quint64, Envelope>> m_edits; // recent parcel edits (serial, area)
};

} // namespace zhili
