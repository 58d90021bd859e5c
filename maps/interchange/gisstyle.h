#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace zhili {

/// One class of a categorised or graduated style: the value (categories) or range (graduated), its label in
/// the export's language and its colour.
struct GisStyleClass {
    QString value; ///< categories: the attribute value; "" matches NULL (as QGIS writes it)
    double lower = 0,
           upper = 0; ///< graduated: lower < v <= upper (the first range of a list also takes v = lower)
    QString label;
    QColor color;
};

/// A Zhili layer's look as other GIS describe it, independent of the file format (QML, SLD, a QGIS project
/// layer): the renderer, its classes, outlines, labels, opacity and scale range. Built by GisStyleBuilder
/// from the map scene, written by QgisQml and SldDocument.
struct GisStyle {
    enum class Renderer {
        Categorized, ///< one colour per value of `field` (parcels by ecosystem)
        Graduated,   ///< one colour per range of `field` (the allocation themes)
        Outline,     ///< no fill, outlines only (districts)
        LabelsOnly,  ///< neither fill nor outline: only the labels (Zhili's labels layer)
    };
    QString table; ///< the cache's feature table ("parcels", "districts")
    QString name;  ///< style name, unique per table ("zhili-ecosystem")
    QString title; ///< what a person reads (layer name in a project, style description)
    bool isDefault = false;

    Renderer renderer = Renderer::Outline;
    QString field;
    QString method; ///< graduated: QGIS classification method id (Jenks, EqualInterval, Quantile)
    QList<GisStyleClass> classes;
    QColor outlineColor{60, 60, 60};
    double outlineWidthMm = 0.1;

    QString labelField; ///< empty: no labels
    double labelSizePt = 10;
    QColor labelColor{20, 20, 20};
    QColor haloColor{255, 255, 255};
    double haloWidthMm = 0.5;

    double opacity = 1;
    bool visible = true;
    double minScaleDenominator = 0; ///< shown only at scales 1:n with n >= this (0: no bound)
    double maxScaleDenominator = 0; ///< … and n <= this (0: no bound)
};

/// `zh` (UTF-8) when `language` is "zh", else `en`: the wording of exported styles, which follow the export's
/// language rather than the program's.
QString inLanguage(const QString &language, const char *zh, const char *en);

} // namespace zhili
