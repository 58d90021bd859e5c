#pragma once

#include "render/districtshape.h"
#include "render/mapsettings.h"

#include <QFont>
#include <QList>
#include <QRectF>

namespace zhili {

/// Where district names go on a map: at each district's label point, larger districts first, and a name
/// that would overlap one already placed is left out. Zoomed out to the city, the small central districts
/// crowd together; QGIS's labeling engine drops such labels too rather than print them over each other.
class DistrictLabels {
public:
    struct Placed {
        const DistrictShape *district;
        QRectF box; ///< logical pixels, halo included
    };

    /// `halo` in logical pixels around each name.
    static QList<Placed> place(const QList<DistrictShape> &districts, const MapSettings &settings,
                               const QFont &font, double halo);
};

} // namespace zhili
