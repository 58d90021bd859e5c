#pragma once

#include "render/districtshape.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>

namespace zhili {

class GeoPackageCache;
class MapSettings;
class ParcelStore;

/// What the layers of a MapScene draw from; owned by the scene, read by MapLayer in the GUI thread.
struct SceneData {
    GeoPackageCache *cache = nullptr; ///< not owned; null before load()
    std::shared_ptr<ParcelStore> parcels;
    /// Optional generalised copy of `parcels` (ParcelStoreGeneraliser) with rings moved by at most
    /// `overviewTolerance` map units; only the parcel fills draw from it, and only at coarse scales
    /// (parcelsToDraw()). Hit tests, identify, selection, labels and legends use `parcels`.
    std::shared_ptr<ParcelStore> overview;
    double overviewTolerance = 0;
    QList<DistrictShape> districts;
    QList<QColor> ecosystemColors; ///< [k] = colour of ecosystem index k + 1 of the parcel store
    QStringList ecosystemNames;
    QSet<qint64> selection; ///< fids
    qint64 identified = 0;  ///< the parcel Identify shows, outlined on the map (0 = none)

    /// A device pixel must be at least this many overview tolerances wide for the overview to be drawn: its
    /// rings are then off by at most half a device pixel.
    static constexpr double kOverviewPixelRatio = 2;
    /// The store the parcel fills draw from in a view of `settings`: the overview when there is one and a
    /// device pixel spans at least kOverviewPixelRatio tolerances, else `parcels`.
    std::shared_ptr<ParcelStore> parcelsToDraw(const MapSettings &settings) const;
};

} // namespace zhili
