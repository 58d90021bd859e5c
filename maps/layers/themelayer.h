#pragma once

#include "cache/allocationvaluequery.h"
#include "layers/parcelfilllayer.h"

#include <optional>
#include <vector>

namespace zhili {

/// Parcels graduated by one allocation (用地 land_mu, 用能 energy_tce or 金融 finance_wan): classes cut by
/// the style's method over all parcels with a value > 0 (or the style's manual breaks), coloured from its
/// sequential palette. Classes are cut lazily, so a theme nobody shows costs nothing.
class ThemeLayer : public ParcelFillLayer {
public:
    using Allocation = AllocationValueQuery::Allocation;
    /// What tells the three themes apart.
    struct Spec {
        LayerKind kind;
        Allocation allocation;
        const char *unit;         ///< UTF-8, in the rows of legend() ("亩")
        const char *palette;      ///< default sequential palette
        const char *name;         ///< QT_TRANSLATE_NOOP("ThemeLayer", …): displayName()
        const char *legendUnit;   ///< QT_TRANSLATE_NOOP("ThemeLayer", …): unit in legendLabel()
        const char *sheetHeading; ///< UTF-8 legend heading on map sheets
    };
    static const Spec Land, Energy, Finance;

    explicit ThemeLayer(const Spec &spec);
    QString displayName() const override;
    /// "12.5 – 40 mu" with the bounds in the user's locale, or "No allocation".
    QString legendLabel(const LegendEntry &entry) const override;
    QString sheetLegendHeading() const override;

    /// The allocation of parcel i.
    double value(const ParcelStore &store, int i) const;
    /// Upper class bounds, cut on first use and kept until resetClasses().
    std::vector<double> classBreaks(const SceneData &data) const;
    QList<QColor> classColors(const SceneData &data) const;
    bool hasClasses() const { return m_breaks.has_value(); }
    /// Forgets the cut classes (they are cut again on next use); false when there were none.
    bool resetClasses();

    /// One row per class ("12.5 – 40 亩"), then "none".
    QList<LegendEntry> legend(const SceneData &data, const LegendScope &scope) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// Graduated by the allocation with the legend's classes and colours; no allocation (0) first.
    std::optional<GisStyle> gisStyle(const SceneData &data, const QString &language) const override;
    void styleChanged(const LayerStyle &old) override;

private:
    /// "12.5 – 40 亩": a legend row of the class (lower, upper] with the unit.
    static QString rangeLabel(double lower, double upper, const QString &unit);

    const Spec &m_spec;
    mutable std::optional<std::vector<double>> m_breaks;
};

} // namespace zhili
