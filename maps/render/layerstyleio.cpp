#include "render/layerstyleio.h"

#include "cache/geopackagecache.h"
#include "cache/layerstylestore.h"
#include "layers/maplayer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace zhili {

void LayerStyleIO::load(GeoPackageCache &cache, std::vector<std::unique_ptr<MapLayer>> &layers)
{
    QHash<QString, QJsonObject> saved; // by lower-case key (keys are matched ignoring case)
    const QHash<QString, QString> rows = LayerStyleStore(cache.db()).readAll();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        saved.insert(it.key().toLower(), QJsonDocument::fromJson(it.value().toUtf8()).object());
    std::vector<std::pair<double, std::unique_ptr<MapLayer>>> ordered;
    int position = 0;
    for (auto &l : layers) {
        double order = position++;
        auto it = saved.constFind(l->key());
        if (!l->isTransient() && it != saved.constEnd()) {
            l->style = LayerStyle::fromJson(*it, l->defaultStyle());
            order = it->value(QStringLiteral("order")).toDouble(order);
        }
        ordered.emplace_back(order, std::move(l));
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    layers.clear();
    for (auto &p : ordered)
        layers.push_back(std::move(p.second));
}

void LayerStyleIO::save(GeoPackageCache &cache, const std::vector<std::unique_ptr<MapLayer>> &layers)
{
    QList<QPair<QString, QString>> rows;
    for (size_t i = 0; i < layers.size(); ++i) {
        if (layers[i]->isTransient())
            continue;
        QJsonObject o = layers[i]->style.toJson();
        o[QStringLiteral("order")] = int(i);
        rows.append({layers[i]->key(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    }
    LayerStyleStore(cache.db()).saveAll(rows, GeoPackageCache::now());
}

} // namespace zhili
