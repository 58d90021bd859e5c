#include "layers/indicatoroverlay.h"

#include "indicators/indicatorreport.h"
#include "indicators/permuevaluator.h"

namespace zhili {

IndicatorOverlay IndicatorOverlay::achievement(GeoPackageCache &cache, const QList<DistrictShape> &districts,
                                               int year, const QString &ecosystem,
                                               AchievementLayer::Measure measure)
{
    IndicatorOverlay o;
    o.m_kind = Kind::Achievement;
    o.m_year = year;
    o.m_ecosystem = ecosystem;
    o.m_drawing = std::make_shared<const AchievementLayer>(IndicatorReport::compute(cache, year, ecosystem),
                                                           districts, ecosystem, measure);
    return o;
}

IndicatorOverlay IndicatorOverlay::classes(GeoPackageCache &cache, int year)
{
    IndicatorOverlay o;
    o.m_kind = Kind::Classes;
    o.m_year = year;
    o.m_drawing = std::make_shared<const PerMuClassLayer>(cache, PerMuEvaluator::evaluate(cache, year));
    return o;
}

const AchievementLayer *IndicatorOverlay::achievementLayer() const
{
    return dynamic_cast<const AchievementLayer *>(m_drawing.get());
}

const PerMuClassLayer *IndicatorOverlay::classLayer() const
{
    return dynamic_cast<const PerMuClassLayer *>(m_drawing.get());
}

double IndicatorOverlay::defaultOpacity(Kind kind)
{
    return kind == Kind::Achievement ? 0.9 : 1.0;
}

QList<LegendEntry> IndicatorOverlay::legend() const
{
    return m_drawing ? m_drawing->legend() : QList<LegendEntry>();
}

void IndicatorOverlay::render(QPainter &painter, const MapSettings &settings, double opacity) const
{
    if (m_drawing)
        m_drawing->render(painter, settings, opacity < 0 ? defaultOpacity(m_kind) : opacity);
}

} // namespace zhili
