#pragma once

#include "geometry/envelope.h"

#include <QString>
#include <vector>

namespace zhili {

/// Finds vertices no real parcel has: NaN or infinite values, or a point outside the extent where the
/// CRS's coordinates can sensibly be (Crs::plausibleExtent) — a wrong CRS, a zone prefix, ±1e300. Such a
/// vertex would give an infinite area and a map that draws nothing.
class CoordinateCheck {
public:
    /// With a null `plausible` extent only finiteness is checked.
    explicit CoordinateCheck(const Envelope &plausible = {}) : m_plausible(plausible) {}

    /// Index of the first bad vertex in an interleaved x,y array, or -1.
    qsizetype firstBadVertex(const std::vector<double> &xy) const;
    /// Index of the first non-finite vertex, or -1 (checked before reprojection).
    static qsizetype firstNonFiniteVertex(const std::vector<double> &xy);

    /// "x, y" with enough digits to recognise the mistake (and "nan"/"inf" as such).
    static QString pointText(const std::vector<double> &xy, qsizetype vertex);
    const Envelope &plausible() const { return m_plausible; }

private:
    Envelope m_plausible;
};

} // namespace zhili
