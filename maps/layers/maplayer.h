#pragma once

#include "interchange/gisstyle.h"
#include "layers/layerstyle.h"
#include "layers/legendmodel.h"
#include "layers/legendscope.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace zhili {

class LayerRenderer;
class MapSettings;
struct SceneData;

/// One map layer: an identity (kind: its key in zhili_styles and on the command line), a style, a legend,
/// and a render snapshot. MapScene keeps the stack and is the only writer of `style`. prepare() runs in the
/// GUI thread and copies what drawing needs into a LayerRenderer that a worker draws without locks on the
/// scene, as QGIS's layers hand out renderers. A new kind of layer is one subclass: everything that differs
/// between kinds (defaults, names, legend wording, how it is cached and saved) is asked of the layer here.
class MapLayer {
public:
    /// `defaults` is the layer's style until a saved one replaces it (and what missing JSON keys fall back
    /// to).
    MapLayer(LayerKind kind, const LayerStyle &defaults) : kind(kind), style(defaults), m_defaults(defaults)
    {
    }
    virtual ~MapLayer();
    Q_DISABLE_COPY(MapLayer)

    const LayerKind kind;
    LayerStyle style;

    QString key() const { return layerKey(kind); }
    /// The name exported GIS files give it in `language` ("zh" or "en").
    QString title(const QString &language) const { return layerTitle(kind, language); }
    const LayerStyle &defaultStyle() const { return m_defaults; }

    /// The name in the user's language (layer panel, legend heading).
    virtual QString displayName() const = 0;
    /// A legend row's text in the user's language; `entry` is a row of legend().
    virtual QString legendLabel(const LegendEntry &entry) const { return entry.label; }
    /// Heading of the legend block on a map sheet (Chinese, as the sheets); empty for layers without one.
    virtual QString sheetLegendHeading() const { return {}; }
    /// Whether legend() explains the map while the layer is visible (parcel fills, indicator overlays).
    virtual bool hasLegend() const { return false; }
    /// Whether the layer panel lists it (a basemap only once it has a raster).
    virtual bool isListed() const { return true; }
    /// Content the application computes and hands over (the indicator overlays): its style is not saved
    /// with the cache's styles.
    virtual bool isTransient() const { return false; }
    /// Whether the renderer applies style.opacity shape by shape (overlapping fills, outlines and text of
    /// the layer each blend with what lies below) instead of the compositor applying it to the layer image.
    virtual bool blendsItself() const { return false; }

    /// Whether it draws parcel fills: then an edited parcel is redrawn in place in its cached image.
    virtual bool isParcelFill() const { return false; }
    /// Whether the scene has anything for it to draw (a hidden or empty layer is skipped).
    virtual bool hasData(const SceneData &data) const = 0;
    /// Legend rows counting the parcels of `scope`; empty for layers without one.
    virtual QList<LegendEntry> legend(const SceneData &data, const LegendScope &scope) const;
    /// GUI thread: the snapshot a worker draws for `settings`.
    virtual std::shared_ptr<LayerRenderer> prepare(const SceneData &data,
                                                   const MapSettings &settings) const = 0;
    /// Whether it draws parcel attributes other than fills (labels): redrawn after every parcel edit.
    virtual bool showsParcelAttributes() const { return false; }
    /// Whether it draws the selected parcels: redrawn when the selection or a selected parcel changes.
    virtual bool showsSelection() const { return false; }
    /// Called after `style` changed from `old`: drops whatever was derived from the old style. May throw
    /// zhili::Error (a basemap that cannot be read).
    virtual void styleChanged(const LayerStyle &old) { Q_UNUSED(old); }
    /// Called after a saved style replaced `style` on load (never throws).
    virtual void styleReplaced() {}

    /// How other GIS draw it from the cache's tables (QGIS styles and projects), labels in `language` ("zh"
    /// or "en"); none for what they cannot show that way (basemap, selection, indicator overlays).
    virtual std::optional<GisStyle> gisStyle(const SceneData &data, const QString &language) const;

    /// The credit its data's licence asks for (a tile service's "© OpenStreetMap contributors"), drawn in
    /// the map's corner on screen and on sheets while the layer is drawn; empty for most layers.
    virtual QString attribution() const { return {}; }

    /// Whether the layer draws at a scale denominator (its min/max scale).
    bool isInScaleRange(double scale) const;

protected:
    /// A GisStyle of `table` with this layer's name, title in `language`, visibility, opacity and scale
    /// range.
    GisStyle gisStyleBase(const QString &table, const QString &language) const;

private:
    LayerStyle m_defaults;
};

} // namespace zhili
