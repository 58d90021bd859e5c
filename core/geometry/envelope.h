#pragma once

#include <algorithm>
#include <limits>

namespace zhili {

/// Axis-aligned bounding box in map units.
struct Envelope {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isNull() const { return !(minX <= maxX && minY <= maxY); }
    double width() const { return isNull() ? 0 : maxX - minX; }
    double height() const { return isNull() ? 0 : maxY - minY; }
    double centerX() const { return (minX + maxX) / 2; }
    double centerY() const { return (minY + maxY) / 2; }
    void include(double x, double y)
    {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void include(const Envelope &o)
    {
        if (o.isNull())
            return;
        include(o.minX, o.minY);
        include(o.maxX, o.maxY);
    }
    bool intersects(const Envelope &o) const
    {
        return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
    }
    bool contains(double x, double y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
    /// This box grown on every side by `fraction` of its longer side (a frame's margin).
    Envelope padded(double fraction) const
    {
        const double pad = std::max(width(), height()) * fraction;
        return Envelope{minX - pad, minY - pad, maxX + pad, maxY + pad};
    }
    bool operator==(const Envelope &) const = default;
};

} // namespace zhili
