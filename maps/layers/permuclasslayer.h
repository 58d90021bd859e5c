#pragma once

#include "geometry/polygongeometry.h"
#include "indicators/permuevaluator.h"
#include "layers/indicatordrawing.h"
#include "layers/legendmodel.h"

#include <QChar>
#include <QColor>
#include <QHash>
#include <QList>

class QPainter;

namespace zhili {

class GeoPackageCache;
class MapSettings;

/// Parcels coloured by the 亩均论英雄 class A/B/C/D of their enterprise(s) (the worst class when several
/// enterprises share a parcel, see PerMuEvaluation::parcelGrades()); parcels without a classified enterprise
/// are not drawn. Overlay content like AchievementLayer: built in any thread, drawn on any painter.
class PerMuClassLayer : public IndicatorDrawing {
public:
    PerMuClassLayer() = default;
    /// Reads the geometries of the classified parcels from the cache.
    PerMuClassLayer(GeoPackageCache &cache, const PerMuEvaluation &evaluation);

    /// A 优先发展 green, B 提升发展 light green, C 调控帮扶 orange, D 倒逼整治 red.
    static QColor classColor(QChar grade);
    /// fid → class of the parcels drawn.
    const QHash<qint64, QChar> &grades() const { return m_grades; }
    QList<LegendEntry> legend() const override;
    void render(QPainter &painter, const MapSettings &settings, double opacity = 1.0) const override;

private:
    QHash<qint64, QChar> m_grades;
    QList<std::pair<QChar, PolygonGeometry>> m_parcels;
    QHash<QChar, double> m_areaMu;
};

} // namespace zhili
