#include "layers/permuclasslayer.h"

#include "cache/geopackagecache.h"
#include "cache/parcelbyfidquery.h"
#include "geometry/gpkgblob.h"
#include "render/mapsettings.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QPainter>

namespace zhili {

PerMuClassLayer::PerMuClassLayer(GeoPackageCache &cache, const PerMuEvaluation &evaluation)
    : m_grades(evaluation.parcelGrades())
{
    ParcelByFidQuery query = ParcelByFidQuery::geometry(cache.db());
    QByteArray geometry;
    double areaMu = 0;
    for (auto it = m_grades.cbegin(); it != m_grades.cend(); ++it) {
        if (!query.fetch(it.key(), geometry, areaMu))
            continue;
        try {
            const GpkgBlob blob = GpkgBlob::parse(
                reinterpret_cast<const unsigned char *>(geometry.constData()), int(geometry.size()));
            if (blob.empty)
                continue;
            m_parcels.append({it.value(), PolygonGeometry::fromWkb(blob.wkb, blob.wkbSize)});
            m_areaMu[it.value()] += areaMu;
        } catch (const Error &) {
            // A parcel whose geometry cannot be read is simply not drawn; the parcel layer shows the same.
        }
    }
}

QColor PerMuClassLayer::classColor(QChar grade)
{
    switch (grade.unicode()) {
    case 'A':
        return QColor(26, 152, 80);
    case 'B':
        return QColor(145, 207, 96);
    case 'C':
        return QColor(252, 141, 89);
    case 'D':
        return QColor(215, 48, 39);
    default:
        return QColor(200, 200, 200);
    }
}

QList<LegendEntry> PerMuClassLayer::legend() const
{
    // In the user's language, as the achievement legend: the window lists them beside the map.
    static const char *const names[] = {QT_TRANSLATE_NOOP("PerMuClassLayer", "A: priority development"),
                                        QT_TRANSLATE_NOOP("PerMuClassLayer", "B: upgrade"),
                                        QT_TRANSLATE_NOOP("PerMuClassLayer", "C: regulate and support"),
                                        QT_TRANSLATE_NOOP("PerMuClassLayer", "D: rectify")};
    QList<LegendEntry> list;
    for (int i = 0; i < 4; ++i) {
        const QChar g(QLatin1Char(char('A' + i)));
        qint64 n = 0;
        for (const auto &p : m_parcels)
            n += p.first == g;
        list.append({QCoreApplication::translate("PerMuClassLayer", names[i]), classColor(g), n,
                     m_areaMu.value(g), QString(g), 0, 0});
    }
    return list;
}

void PerMuClassLayer::render(QPainter &painter, const MapSettings &settings, double opacity) const
{
    beginShapes(painter, opacity);
    const QTransform toPixel = settings.mapToPixel();
    const QPen outline(QColor(50, 50, 50), settings.pixelsFromMm(0.15));
    for (const auto &[grade, geometry] : m_parcels)
        fillAndOutline(painter, geometry, toPixel, classColor(grade), outline);
    painter.restore();
}

} // namespace zhili
