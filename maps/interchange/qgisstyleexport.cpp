#include "interchange/qgisstyleexport.h"

#include "cache/geopackagecache.h"
#include "interchange/qgisqml.h"
#include "interchange/slddocument.h"
#include "render/mapscene.h"

#include <QDateTime>

namespace zhili {

QList<QgisStyleStore::Style> QgisStyleExport::styles(const MapScene &scene, const QString &language)
{
    // The default of each table first; the themes are alternatives a QGIS user picks in the style menu.
    const struct {
        LayerKind kind;
        bool isDefault;
    } kStyles[] = {{LayerKind::Parcels, true},
                   {LayerKind::LandTheme, false},
                   {LayerKind::EnergyTheme, false},
                   {LayerKind::FinanceTheme, false},
                   {LayerKind::Districts, true}};
    QList<QgisStyleStore::Style> out;
    for (const auto &[kind, isDefault] : kStyles) {
        std::optional<GisStyle> g = scene.gisStyle(kind, language);
        if (!g)
            continue;
        // A style is how a layer looks whenever it is shown: Zhili's visibility is a property of its view.
        g->visible = true;
        QgisStyleStore::Style s;
        s.table = g->table;
        s.name = g->title;
        s.isDefault = isDefault;
        s.qml = QgisQml::document(*g);
        s.sld = SldDocument::document(*g);
        s.description = QStringLiteral("%1 (Zhili %2)").arg(g->name, QStringLiteral(ZHILI_VERSION_STRING));
        out << s;
    }
    return out;
}

int QgisStyleExport::write(GeoPackageCache &cache, const MapScene &scene, const QString &language)
{
    const QList<QgisStyleStore::Style> rows = styles(scene, language);
    QgisStyleStore(cache.db())
        .replaceZhiliStyles(
            rows, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    return int(rows.size());
}

} // namespace zhili
