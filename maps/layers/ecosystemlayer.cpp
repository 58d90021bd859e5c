#include "layers/ecosystemlayer.h"

#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "render/parcelfillrenderer.h"

#include <QCoreApplication>

namespace zhili {

QList<LegendEntry> EcosystemLayer::legend(const SceneData &data, const LegendScope &scope) const
{
    QList<LegendEntry> out;
    for (int k = 0; k < data.ecosystemColors.size(); ++k) {
        LegendEntry e;
        e.label = data.ecosystemNames.value(k);
        e.color = data.ecosystemColors[k];
        e.key = data.parcels ? data.parcels->ecosystemKeys().value(k) : builtinEcosystems().value(k).key;
        out << e;
    }
    LegendEntry none;
    // Raw labels are the Chinese sheet's, like the ecosystem names above; the window and English sheets
    // word every entry through legendLabel().
    none.label = QStringLiteral("未分配");
    none.color = style.noDataColor;
    out << none;
    const int colors = int(data.ecosystemColors.size());
    const int last = int(out.size()) - 1;
    countParcels(out, data, scope, [colors, last](const ParcelStore &s, int i) {
        const int e = s.ecosystemIndex(i);
        return e == 0 || e > colors ? last : e - 1;
    });
    return out;
}

std::shared_ptr<LayerRenderer> EcosystemLayer::prepare(const SceneData &data,
                                                       const MapSettings &settings) const
{
    QList<QColor> colors;
    colors << style.noDataColor << data.ecosystemColors;
    return std::make_shared<ParcelFillRenderer>(data.parcelsToDraw(settings),
                                                ParcelFillRenderer::Value::Ecosystem, colors,
                                                std::vector<double>(), style);
}

std::optional<GisStyle> EcosystemLayer::gisStyle(const SceneData &data, const QString &language) const
{
    GisStyle g = gisStyleBase(QStringLiteral("parcels"), language);
    g.renderer = GisStyle::Renderer::Categorized;
    g.field = QStringLiteral("ecosystem");
    g.outlineColor = style.outlineColor;
    g.outlineWidthMm = style.outlineWidthMm;
    for (const LegendEntry &entry : legend(data, Envelope())) {
        GisStyleClass c;
        c.value = entry.key;
        c.color = entry.color;
        const Ecosystem *e = findEcosystem(entry.key);
        c.label = entry.key.isEmpty() ? inLanguage(language, "未分配", "Unassigned")
                  : e                 ? (language == QLatin1String("zh") ? e->nameZh : e->nameEn)
                                      : entry.label;
        g.classes << c;
    }
    return g;
}

QString EcosystemLayer::displayName() const
{
    return QCoreApplication::translate("EcosystemLayer", "Parcels by ecosystem");
}

QString EcosystemLayer::legendLabel(const LegendEntry &entry) const
{
    if (entry.key.isEmpty())
        return QCoreApplication::translate("EcosystemLayer", "Unassigned");
    if (const Ecosystem *e = findEcosystem(entry.key))
        return DisplayNames::of(*e);
    return entry.label;
}

QString EcosystemLayer::sheetLegendHeading() const
{
    return QStringLiteral("图例 · 产业生态圈");
}

} // namespace zhili
