#pragma once

#include <QString>
#include <memory>
#include <vector>

namespace zhili {

class GeoPackageCache;
class MapLayer;

/// Reads and writes the layer stack's styles and order as JSON in the cache's zhili_styles (one row per
/// layer key; "order" inside the JSON), through core's LayerStyleStore.
class LayerStyleIO {
public:
    /// Applies the saved styles to `layers` and sorts them by the saved order (unsaved layers keep their
    /// place). Saved keys no layer has are ignored; transient layers (MapLayer::isTransient()) keep theirs.
    static void load(GeoPackageCache &cache, std::vector<std::unique_ptr<MapLayer>> &layers);
    /// Saves every layer's style but the transient ones, with its position. Throws zhili::Error.
    static void save(GeoPackageCache &cache, const std::vector<std::unique_ptr<MapLayer>> &layers);
};

} // namespace zhili
