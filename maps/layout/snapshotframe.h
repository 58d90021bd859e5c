#pragma once

#include "geometry/envelope.h"

#include <QString>

namespace zhili {

/// What a snapshot's map frame shows: the whole city, one district, or an extent (e.g. the current view).
struct SnapshotFrame {
    enum class Kind { City, District, Extent };
    Kind kind = Kind::City;
    QString district; ///< Kind::District
    Envelope extent;  ///< Kind::Extent, in the cache CRS

    static SnapshotFrame city() { return {}; }
    static SnapshotFrame forDistrict(const QString &name) { return {Kind::District, name, Envelope()}; }
    static SnapshotFrame forExtent(const Envelope &e) { return {Kind::Extent, QString(), e}; }
};

} // namespace zhili
