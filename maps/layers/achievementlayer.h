#pragma once

#include "indicators/indicatorreport.h"
#include "layers/indicatordrawing.h"
#include "render/districtshape.h"

#include <QColor>
#include <QList>
#include <QString>

class QPainter;

namespace zhili {

class MapSettings;

/// District choropleth of one ecosystem's target achievement, with the ecosystem's key districts outlined.
///
/// The content of the scene's achievement overlay (IndicatorOverlay → IndicatorOverlayLayer); it holds a
/// copy of what it draws, so it can be built in any thread and drawn anywhere. Districts are filled by
/// the RAG status of progress = allocated / target (thresholds of the report), grey when there is no target;
/// key districts (重点落地区县) get a thick outline in the ecosystem's colour; each district is labelled with
/// its progress.
class AchievementLayer : public IndicatorDrawing {
public:
    /// What achievement is measured on.
    enum class Measure { Land, Energy, Finance, Projects };

    AchievementLayer() = default;
    /// Takes the rows of `ecosystem` from `report` and the district boundaries (MapScene::districts()).
    AchievementLayer(const IndicatorReport &report, const QList<DistrictShape> &districts,
                     const QString &ecosystem, Measure measure = Measure::Land);

    /// The progress of `row` on `measure`.
    static const MeasureProgress &progressOf(const ProgressRow &row, Measure measure);
    /// Fill colour for a RAG status (semi-transparent, so parcels below stay readable).
    static QColor fillColor(Rag rag);
    /// The colour used for key-district outlines (the ecosystem colour).
    QColor keyOutlineColor() const { return m_keyColor; }
    /// One entry per district drawn: name, status, progress, key district or not.
    struct Entry {
        QString district;
        Rag rag = Rag::None;
        std::optional<double> progress;
        bool key = false;
        PolygonGeometry geometry;
        QPointF labelPoint;
    };
    const QList<Entry> &entries() const { return m_entries; }
    /// The report's RAG thresholds (what the legend's classes mean).
    const RagThresholds &thresholds() const { return m_thresholds; }
    /// Legend rows: the three RAG classes with their threshold wording, "no target", and the key outline.
    QList<LegendEntry> legend() const override;

    /// Draws onto `painter` (logical pixels of `settings`); line widths and text in mm/pt as the map engine.
    void render(QPainter &painter, const MapSettings &settings, double opacity = 1.0) const override;

private:
    QList<Entry> m_entries;
    QColor m_keyColor;
    RagThresholds m_thresholds;
    QString m_title;
};

} // namespace zhili
