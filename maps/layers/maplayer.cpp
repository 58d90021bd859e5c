#include "layers/maplayer.h"

namespace zhili {

MapLayer::~MapLayer() = default;

QList<LegendEntry> MapLayer::legend(const SceneData &, const LegendScope &) const
{
    return {};
}

bool MapLayer::isInScaleRange(double scale) const
{
    return (style.minScale <= 0 || scale >= style.minScale) &&
           (style.maxScale <= 0 || scale <= style.maxScale);
}

} // namespace zhili
