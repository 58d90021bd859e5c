#pragma once

#include "layers/layerstyle.h"

#include <memory>
#include <vector>

namespace zhili {

class MapLayer;

/// One kind of map layer as the rest of the program knows it: its identity, its key (zhili_styles, the
/// command line, sheet templates: never change one), its title in each language, and how to make the layer.
/// The titles name the layer in exported GIS files (QGIS projects and styles, SLD); those follow the
/// export's language, not the program's, so both are here rather than in the message catalogue. They are
/// the names the layer panel shows (MapLayer::displayName()) and are never stored as a layer's identity.
struct LayerRegistration {
    LayerKind kind;
    const char *key;
    const char *titleZh; ///< UTF-8, as layerTitle(kind, "zh") gives it
    const char *titleEn; ///< as layerTitle(kind, "en") gives it
    std::unique_ptr<MapLayer> (*make)();
};

/// Every layer kind, in the default drawing order (bottom first): MapScene builds its stack from it, and
/// layerKey(), layerKindFromKey(), layerTitle() and allLayerKinds() read it. A new layer (chains, sync
/// state) is its MapLayer subclass, its LayerKind value and one line here; no switch elsewhere changes.
const std::vector<LayerRegistration> &layerRegistry();

} // namespace zhili
