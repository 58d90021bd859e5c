#pragma once

#include "cache/qgisstylestore.h"

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;
class MapScene;

/// The styles the cache's `layer_styles` table carries for QGIS (QML) and other GIS (SLD): parcels by
/// ecosystem (the default QGIS applies on opening `parcels`), the land, energy and finance themes
/// (alternative styles of `parcels`) and the districts (default of `districts`), each with the classes and
/// colours of the scene's legend. Written by `zhili-cli export-styles`, which `zhili-cli import` runs after
/// every import.
class QgisStyleExport {
public:
    /// The rows, class labels in `language` ("zh" or "en"); `scene` must be loaded (classes are cut on it).
    static QList<QgisStyleStore::Style> styles(const MapScene &scene, const QString &language);
    /// Replaces Zhili's rows in the cache's layer_styles with styles(); returns how many were written.
    static int write(GeoPackageCache &cache, const MapScene &scene, const QString &language);
};

} // namespace zhili
