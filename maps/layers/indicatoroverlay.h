#pragma once

#include "layers/achievementlayer.h"
#include "layers/indicatordrawing.h"
#include "layers/layerstyle.h"
#include "layers/legendmodel.h"
#include "layers/permuclasslayer.h"
#include "render/districtshape.h"

#include <QList>
#include <QString>
#include <memory>

class QPainter;

namespace zhili {

class GeoPackageCache;
class MapSettings;

/// One computed indicator overlay: the district achievement choropleth of one ecosystem (key districts
/// outlined) or the parcels by 亩均 class. `zhili-cli indicator-map` and the window both build it here and
/// hand it to the scene's IndicatorOverlayLayer of its kind (MapScene::setIndicatorOverlay), which draws it
/// in the scene's render job like every other layer — so the exported map and the window show the same.
///
/// A value type holding (shared, immutable) copies of what it draws: build it in a worker thread on that
/// thread's own (read-only) connection, then hand it to the GUI thread.
class IndicatorOverlay {
public:
    /// The scene layer it fills: LayerKind::Achievement or LayerKind::Classes.
    using Kind = LayerKind;

    IndicatorOverlay() = default;
    /// Computes the year's progress of `ecosystem` (IndicatorReport::compute) over `districts`
    /// (MapScene::districts()). Throws zhili::Error.
    static IndicatorOverlay achievement(GeoPackageCache &cache, const QList<DistrictShape> &districts,
                                        int year, const QString &ecosystem,
                                        AchievementLayer::Measure measure = AchievementLayer::Measure::Land);
    /// Evaluates the year's 亩均 classes (PerMuEvaluator::evaluate). Throws zhili::Error.
    static IndicatorOverlay classes(GeoPackageCache &cache, int year);

    bool isNull() const { return !m_drawing; }
    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    const QString &ecosystem() const { return m_ecosystem; }
    /// The content itself (null unless of that kind), for read-outs and tests.
    const AchievementLayer *achievementLayer() const;
    const PerMuClassLayer *classLayer() const;

    /// The opacity the overlay is drawn with unless the user chooses another (the choropleth is a little
    /// transparent so parcels show through; class fills are opaque).
    static double defaultOpacity(Kind kind);
    /// Whether the district layer's own names should be hidden under it (the choropleth writes
    /// "district NN %" at the same place).
    static bool hidesDistrictNames(Kind kind) { return kind == Kind::Achievement; }

    QList<LegendEntry> legend() const;
    /// Draws onto `painter` (logical pixels of `settings`), shape by shape with `opacity`; opacity < 0 =
    /// defaultOpacity().
    void render(QPainter &painter, const MapSettings &settings, double opacity = -1) const;

private:
    Kind m_kind = Kind::Achievement;
    int m_year = 0;
    QString m_ecosystem;
    std::shared_ptr<const IndicatorDrawing> m_drawing;
};

} // namespace zhili
