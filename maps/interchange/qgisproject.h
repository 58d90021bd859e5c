#pragma once

#include "geometry/envelope.h"

#include <QByteArray>
#include <QString>

namespace zhili {

class Crs;
class MapScene;

/// A QGIS 3.22 project of a Zhili view: the scene's layers that QGIS can draw from the cache (districts,
/// parcels by ecosystem, the three themes, labels) in the scene's order, with their visibility, opacity,
/// scale range and styles (QgisQml), the cache referred to by a path relative to the project, and the
/// view's extent as the project's default view.
class QgisProject {
public:
    struct Options {
        QString cachePath; ///< the cache as the project refers to it ("./city.gpkg"), relative to the project
        Crs const *crs = nullptr; ///< the cache's CRS (required)
        Envelope extent;          ///< the initial view
        QString title;
        QString language; ///< of the class labels, "zh" or "en"
    };

    /// The .qgs document.
    static QString document(const MapScene &scene, const Options &options);
    /// A .qgz: `qgsName` (the .qgs) alone in a ZIP archive, as QGIS saves projects.
    static QByteArray archive(const QString &qgsName, const QString &document);
    /// `cache` as a project in `projectFolder` refers to it: "./x.gpkg", "../data/x.gpkg".
    static QString relativeSource(const QString &projectFolder, const QString &cache);
};

} // namespace zhili
