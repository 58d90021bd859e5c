#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

namespace zhili {

/// The kinds of map layer; each appears at most once in a MapScene.
enum class LayerKind {
    Basemap,      ///< optional raster or tile basemap
    Districts,    ///< district boundaries and names
    Parcels,      ///< parcels coloured by ecosystem
    LandTheme,    ///< graduated by 用地 land_mu
    EnergyTheme,  ///< graduated by 用能 energy_tce
    FinanceTheme, ///< graduated by 金融 finance_wan
    Labels,       ///< parcel codes / enterprise names
    Selection,    ///< highlight of the selected parcels
    Classes,      ///< indicator overlay: parcels by 亩均 class A/B/C/D
    Achievement,  ///< indicator overlay: districts by target achievement
    Chain,        ///< one industrial chain: parcels by stage, missing links, flow lines
};

/// Stable key used in JSON, the zhili_styles table and the CLI (basemap, districts, parcels, land, …).
QString layerKey(LayerKind kind);
/// Inverse of layerKey(); false when the key is unknown.
bool layerKindFromKey(const QString &key, LayerKind *kind);
/// All kinds in default drawing order (bottom first).
QList<LayerKind> allLayerKinds();
/// The layer's name in `language` ("zh": 用地分配（亩）, otherwise "Land allocation (mu)"), as exported GIS
/// files name it.
QString layerTitle(LayerKind kind, const QString &language);

/// How graduated classes are cut.
enum class ClassificationMethod { EqualInterval, Quantile, NaturalBreaks };
QString classificationKey(ClassificationMethod m); ///< equal, quantile, jenks
bool classificationFromKey(const QString &key, ClassificationMethod *m);

/// What the label layer writes on each parcel.
enum class LabelField { Code, Enterprise, District };

/// A layer's style as plain data, saved as JSON in zhili_styles. Sizes are physical (mm / pt) so that
/// exports at 300 DPI look like the screen. One type for every layer so that zhili_styles keeps one JSON
/// shape; each MapLayer subclass gives its own defaults and reads only the fields it draws.
struct LayerStyle {
    bool visible = true;
    double opacity = 1.0; ///< 0..1, applied to the whole layer image
    /// Visible only when minScale <= scale denominator <= maxScale; 0 means no bound.
    double minScale = 0;
    double maxScale = 0;

    // Polygon layers (parcels, themes, districts, selection).
    QColor outlineColor{60, 60, 60};
    double outlineWidthMm = 0.1;       ///< parcels: drawn when a parcel is large enough on screen
    QColor noDataColor{200, 200, 200}; ///< themes: parcels without an allocation; parcels: unassigned

    // Themes.
    ClassificationMethod method = ClassificationMethod::NaturalBreaks;
    int classCount = 5;
    QString palette;            ///< sequential palette name, see sequentialPalette()
    std::vector<double> breaks; ///< manual class upper bounds; empty = computed from the data

    // Districts.
    QColor lineColor{40, 40, 40};
    double lineWidthMm = 0.5;
    bool showNames = true;
    double nameSizePt = 12;

    // Labels.
    LabelField labelField = LabelField::Code;
    double labelSizePt = 8;
    QColor textColor{20, 20, 20};
    QColor haloColor{255, 255, 255};
    double haloWidthMm = 0.5;

    // Selection.
    QColor selectionColor{0, 229, 255};

    // Basemap.
    QString rasterPath;  ///< GeoTIFF/MBTiles file, GDAL raster source or XYZ tile URL (core BasemapSource)
    QString attribution; ///< drawn in the map's corner; empty = the host's default (OpenStreetMap, 天地图)
    bool gcj02 = false;  ///< the user says the tiles are in GCJ-02 (shifted Chinese web-map coordinates)

    QJsonObject toJson() const;
    /// Missing keys keep the defaults of `defaults` (the layer's MapLayer::defaultStyle()).
    static LayerStyle fromJson(const QJsonObject &json, const LayerStyle &defaults);
    /// A copy with other visibility and opacity (the fields applied to a layer image when composing).
    LayerStyle withVisibility(bool visible, double opacity) const;
    bool operator==(const LayerStyle &) const = default;
};

/// Names of the sequential palettes (ColorBrewer-like, chosen to stay distinct in print and greyscale).
QStringList sequentialPaletteNames();
/// `count` colours from light to dark; an unknown name falls back to "YlOrBr".
QList<QColor> sequentialPalette(const QString &name, int count);

} // namespace zhili
