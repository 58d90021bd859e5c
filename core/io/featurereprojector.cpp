#include "io/featurereprojector.h"

#include "crs/crs.h"
#include "util/error.h"

#include <algorithm>

#include <QCoreApplication>

namespace zhili {

FeatureReprojector::FeatureReprojector(const CoordinateTransform &transform, const Envelope &plausibleExtent,
                                       const QString &sourceLabel)
    : m_transform(transform), m_check(plausibleExtent), m_sourceLabel(sourceLabel)
{
}

void FeatureReprojector::apply(std::vector<double> &xy, qint64 fid, const QString &label) const
{
    auto refuse = [&](const QString &what, qsizetype vertex) {
        throw Error(
            QCoreApplication::translate("FeatureReprojector",
                                        "%1: feature %2 (%3) has %4 at vertex %5: fix the geometry in the "
                                        "source, or give the right CRS with --crs")
                .arg(m_sourceLabel)
                .arg(fid)
                .arg(label.left(80), what)
                .arg(vertex));
    };
    if (const qsizetype bad = CoordinateCheck::firstNonFiniteVertex(xy); bad >= 0)
        refuse(
            QStringLiteral("a coordinate that is not a number (%1)").arg(CoordinateCheck::pointText(xy, bad)),
            bad);
    try {
        m_transform.transformInterleaved(xy.data(), xy.size() / 2);
    } catch (const Error &) {
        refuse(QStringLiteral("a coordinate that cannot be transformed into the cache CRS (outside its area "
                              "of use?)"),
               std::max<qsizetype>(CoordinateCheck::firstNonFiniteVertex(xy), 0));
    }
    if (const qsizetype bad = m_check.firstBadVertex(xy); bad >= 0)
        refuse(QStringLiteral("a coordinate far outside the cache CRS's area (%1 after reprojection: a wrong "
                              "CRS, a zone prefix, or a broken value)")
                   .arg(CoordinateCheck::pointText(xy, bad)),
               bad);
}

} // namespace zhili
