#pragma once

#include "geometry/coordinatecheck.h"

#include <QString>
#include <vector>

namespace zhili {

class CoordinateTransform;

/// Reprojects one feature's vertices into the cache CRS and refuses those no real parcel or district has
/// (CoordinateCheck), with a message naming the source, the feature and the vertex.
class FeatureReprojector {
public:
    FeatureReprojector(const CoordinateTransform &transform, const Envelope &plausibleExtent,
                       const QString &sourceLabel);

    /// Transforms the interleaved x,y array in place; throws zhili::Error naming `fid` and `label` (the
    /// parcel code or district name) when a vertex is not finite, cannot be transformed, or lands outside
    /// the plausible extent.
    void apply(std::vector<double> &xy, qint64 fid, const QString &label) const;

private:
    const CoordinateTransform &m_transform;
    CoordinateCheck m_check;
    QString m_sourceLabel;
};

} // namespace zhili
