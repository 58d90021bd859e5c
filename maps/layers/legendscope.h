#pragma once

#include "geometry/envelope.h"

#include <QString>

namespace zhili {

/// Which parcels a legend counts: those whose box meets `extent` (null = all) and, when `district` is set,
/// only that district's. A district sheet's frame also shows its neighbours, yet its legend must agree with
/// its summary table, which counts the district.
struct LegendScope {
    // Implicit on purpose: a bare extent is the common scope.
    LegendScope(const Envelope &extent = Envelope(), const QString &district = QString())
        : extent(extent), district(district)
    {
    }
    Envelope extent;
    QString district;
};

} // namespace zhili
