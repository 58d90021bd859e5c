#pragma once

#include "layers/layerstyle.h"

#include <memory>
#include <vector>

namespace zhili {

class MapLayer;

/// One kind of map layer as the rest of the program knows it: its identity, its key (zhili_styles, the
/// command line, sheet templates: never change one), its title, and how to make the layer.
struct LayerRegistration {
    LayerKind kind;
    const char *key;
    const char *title; ///< "中文 English", as layerTitle() gives it
    std::unique_ptr<MapLayer> (*make)();
};

/// Every layer kind, in the default drawing order (bottom first): MapScene builds its stack from it, and
/// layerKey(), layerKindFromKey(), layerTitle() and allLayerKinds() read it. A new layer (chains, sync
/// state) is its MapLayer subclass, its LayerKind value and one line here; no switch elsewhere changes.
const std::vector<LayerRegistration> &layerRegistry();

} // namespace zhili
