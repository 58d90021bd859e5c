#include "layers/layerregistry.h"

#include "layers/basemaplayer.h"
#include "layers/chainlayer.h"
#include "layers/districtlayer.h"
#include "layers/ecosystemlayer.h"
#include "layers/indicatoroverlaylayer.h"
#include "layers/labellayer.h"
#include "layers/selectionlayer.h"
#include "layers/themelayer.h"

#include <QCoreApplication>

namespace zhili {

namespace {
template <typename Layer> std::unique_ptr<MapLayer> make()
{
    return std::make_unique<Layer>();
}

template <const ThemeLayer::Spec &spec> std::unique_ptr<MapLayer> makeTheme()
{
    return std::make_unique<ThemeLayer>(spec);
}

// The indicator overlays sit on top, where they were drawn before they became layers.
std::unique_ptr<MapLayer> makeClasses()
{
    return std::make_unique<IndicatorOverlayLayer>(
        LayerKind::Classes, QT_TRANSLATE_NOOP("IndicatorOverlayLayer", "Parcels by per-mu class"));
}

std::unique_ptr<MapLayer> makeAchievement()
{
    return std::make_unique<IndicatorOverlayLayer>(
        LayerKind::Achievement, QT_TRANSLATE_NOOP("IndicatorOverlayLayer", "Target achievement by district"));
}
} // namespace

const std::vector<LayerRegistration> &layerRegistry()
{
    static const std::vector<LayerRegistration> registry = {
        {LayerKind::Basemap, "basemap", "底图", "Basemap", make<BasemapLayer>},
        {LayerKind::Parcels, "parcels", "地块（按产业生态圈）", "Parcels by ecosystem", make<EcosystemLayer>},
        {LayerKind::LandTheme, "land", "用地分配（亩）", "Land allocation (mu)", makeTheme<ThemeLayer::Land>},
        {LayerKind::EnergyTheme, "energy", "用能分配（吨标准煤/年）", "Energy allocation (tce/year)",
         makeTheme<ThemeLayer::Energy>},
        {LayerKind::FinanceTheme, "finance", "金融分配（万元）", "Finance allocation (10k CNY)",
         makeTheme<ThemeLayer::Finance>},
        // Under the districts: their boundaries and names stay readable over the chain's veil.
        {LayerKind::Chain, "chain", "产业链", "Industrial chain", make<ChainLayer>},
        {LayerKind::Districts, "districts", "区县边界", "District boundaries", make<DistrictLayer>},
        {LayerKind::Selection, "selection", "选择集", "Selection", make<SelectionLayer>},
        {LayerKind::Labels, "labels", "标注", "Labels", make<LabelLayer>},
        {LayerKind::Classes, "classes", "地块亩均评价分类", "Parcels by per-mu class", makeClasses},
        {LayerKind::Achievement, "achievement", "各区县目标完成度", "Target achievement by district",
         makeAchievement},
    };
    return registry;
}

} // namespace zhili
