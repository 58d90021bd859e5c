#include "render/scenedata.h"

#include "render/mapsettings.h"

namespace zhili {

std::shared_ptr<ParcelStore> SceneData::parcelsToDraw(const MapSettings &settings) const
{
    if (!overview || !(overviewTolerance > 0))
        return parcels;
    const double devicePixel = settings.mapUnitsPerPixel() / settings.devicePixelRatio();
    return devicePixel >= kOverviewPixelRatio * overviewTolerance ? overview : parcels;
}

} // namespace zhili
