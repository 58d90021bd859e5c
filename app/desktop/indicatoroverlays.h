#pragma once

#include "layers/indicatoroverlay.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace zhili {

class MapScene;

/// The indicator overlays of the window's map: the district achievement choropleth of one ecosystem and the
/// parcels by 亩均 class. Holds what the user chose (visibility, opacity, year, ecosystem, measure), computes
/// the overlays off the GUI thread on a read-only connection of the cache (a newer request makes an older
/// result stale: it is dropped), and hands choice and result to the scene's overlay layers
/// (IndicatorOverlayLayer), which the canvas's render job draws as `zhili-cli indicator-map` does.
class IndicatorOverlays : public QObject {
    Q_OBJECT
public:
    using Kind = IndicatorOverlay::Kind;
    using Measure = AchievementLayer::Measure;

    explicit IndicatorOverlays(QObject *parent = nullptr);
    ~IndicatorOverlays() override;

    /// The open cache's file and the scene whose district shapes are used; empty path / null when closed.
    void setSource(const QString &cachePath, MapScene *scene);

    /// Whether `kind` is one of the overlay layers this object drives (their options are set here).
    static bool manages(LayerKind kind) { return kind == Kind::Achievement || kind == Kind::Classes; }
    /// Whether the overlay depends on the ecosystem and measure (not only on the year).
    static bool usesEcosystem(Kind kind) { return kind == Kind::Achievement; }

    void setVisible(Kind kind, bool visible);
    bool isVisible(Kind kind) const;
    /// 0..1; the default is IndicatorOverlay::defaultOpacity().
    void setOpacity(Kind kind, double opacity);
    double opacity(Kind kind) const;
    void setYear(int year);
    int year() const { return m_year; }
    void setEcosystem(const QString &key);
    QString ecosystem() const { return m_ecosystem; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

    /// The last computed overlay (null before the first result or when not visible).
    const IndicatorOverlay &overlay(Kind kind) const;
    /// Why the last computation failed (empty when it worked).
    QString error(Kind kind) const;
    /// Legend rows with labels in the UI language (achievement rows count districts: areaMu = -1).
    QList<LegendEntry> legend(Kind kind) const;
    /// "Target achievement" / "Per-mu class (A/B/C/D)".
    static QString title(Kind kind);
    /// Title with what is shown, e.g. "Target achievement: 生物医药 2025, land".
    QString description(Kind kind) const;
    /// A computation is running.
    bool isBusy() const;

public Q_SLOTS:
    /// Recomputes the visible overlays (after edits of parcels, targets or enterprise figures).
    void refresh();

Q_SIGNALS:
    /// Visibility, options or a computed overlay changed (the layer panel updates its rows and legend).
    void changed();
    void busyChanged(bool busy);

private:
    struct Slot;
    Slot &slot(Kind kind);
    const Slot &slot(Kind kind) const;
    void compute(Kind kind);
    void applyDistrictNames();
    /// The ecosystem or measure changed: only the choropleth depends on them.
    void achievementOptionChanged();
    /// Gives the scene's layer of `kind` the slot's visibility, opacity and overlay.
    void pushToScene(Kind kind);

    QPointer<MapScene> m_scene;
    QString m_path;
    int m_year;
    QString m_ecosystem = QStringLiteral("iot");
    Measure m_measure = Measure::Land;
    std::unique_ptr<Slot> m_achievement;
    std::unique_ptr<Slot> m_classes;
    bool m_namesHidden = false; // we hid the district layer's names (and restore them)
};

} // namespace zhili
