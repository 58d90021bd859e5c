#include "geometry/coordinatecheck.h"

#include <cmath>

namespace zhili {

qsizetype CoordinateCheck::firstNonFiniteVertex(const std::vector<double> &xy)
{
    for (size_t i = 0; i + 1 < xy.size(); i += 2)
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1]))
            return qsizetype(i / 2);
    return -1;
}

qsizetype CoordinateCheck::firstBadVertex(const std::vector<double> &xy) const
{
    if (m_plausible.isNull())
        return firstNonFiniteVertex(xy);
    for (size_t i = 0; i + 1 < xy.size(); i += 2)
        if (!m_plausible.contains(xy[i], xy[i + 1])) // false for NaN too
            return qsizetype(i / 2);
    return -1;
}

QString CoordinateCheck::pointText(const std::vector<double> &xy, qsizetype vertex)
{
    if (vertex < 0 || size_t(2 * vertex + 1) >= xy.size())
        return QString();
    return QStringLiteral("%1, %2").arg(xy[2 * vertex], 0, 'g', 12).arg(xy[2 * vertex + 1], 0, 'g', 12);
}

} // namespace zhili
