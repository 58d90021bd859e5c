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
    o.m_achievement = std::make_shared<const AchievementLayer>(
        IndicatorReport::compute(cache, year, ecosystem), districts, ecosystem, measure);
    return o;
}

IndicatorOverlay IndicatorOverlay::classes(GeoPackageCache &cache, int year)
{
    IndicatorOverlay o;
    o.m_kind = Kind::Classes;
    o.m_year = year;
    o.m_classes = std::make_shared<const PerMuClassLayer>(cache, PerMuEvaluator::evaluate(cache, year));
    return o;
}

double IndicatorOverlay::defaultOpacity(Kind kind)
{
    return kind == Kind::Achievement ? 0.9 : 1.0;
}

QList<LegendEntry> IndicatorOverlay::legend() const
{
    if (m_achievement)
        return m_achievement->legend();
    if (m_classes)
        return m_classes->legend();
    return {};
}

void IndicatorOverlay::render(QPainter &painter, const MapSettings &settings, double opacity) const
{
    const double o = opacity < 0 ? defaultOpacity(m_kind) : opacity;
    if (m_achievement)
        m_achievement->render(painter, settings, o);
    else if (m_classes)
        m_classes->render(painter, settings, o);
}

} // namespace zhili
