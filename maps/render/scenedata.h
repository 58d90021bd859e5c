#pragma once

#include "render/districtshape.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>

namespace zhili {

class GeoPackageCache;
class ParcelStore;

/// What the layers of a MapScene draw from; owned by the scene, read by MapLayer in the GUI thread.
struct SceneData {
    GeoPackageCache *cache = nullptr; ///< not owned; null before load()
    std::shared_ptr<ParcelStore> parcels;
    QList<DistrictShape> districts;
    QList<QColor> ecosystemColors; ///< [k] = colour of ecosystem index k + 1 of the parcel store
    QStringList ecosystemNames;
    QSet<qint64> selection; ///< fids
    qint64 identified = 0;  ///< the parcel Identify shows, outlined on the map (0 = none)
};

} // namespace zhili
