#include "layers/maplayer.h"

namespace zhili {

MapLayer::~MapLayer() = default;

QList<LegendEntry> MapLayer::legend(const SceneData &, const LegendScope &) const
{
    return {};
}

std::optional<GisStyle> MapLayer::gisStyle(const SceneData &, const QString &) const
{
    return std::nullopt;
}

GisStyle MapLayer::gisStyleBase(const QString &table, const QString &language) const
{
    GisStyle g;
    g.table = table;
    g.name = QStringLiteral("zhili-") + key();
    g.title = title(language);
    g.visible = style.visible;
    g.opacity = style.opacity;
    g.minScaleDenominator = style.minScale;
    g.maxScaleDenominator = style.maxScale;
    return g;
}

bool MapLayer::isInScaleRange(double scale) const
{
    return (style.minScale <= 0 || scale >= style.minScale) &&
           (style.maxScale <= 0 || scale <= style.maxScale);
}

} // namespace zhili
