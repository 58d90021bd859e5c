#include "cli/showcommand.h"

#include "cache/geopackagecache.h"
#include "model/ecosystem.h"
#include "model/parceljson.h"
#include "model/parcelstatus.h"

#include <QJsonDocument>

namespace zhili::cli {

void ShowCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("cache"), QStringLiteral("Cache file (.gpkg)."), QStringLiteral("CACHE")});
    parser.addOption(
        {QStringLiteral("parcel"), QStringLiteral("Parcel code (地块编号)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("district"),
                      QStringLiteral("District, when the code is used in several."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

int ShowCommand::run(QCommandLineParser &parser)
{
    auto cache = GeoPackageCache::open(requiredOption(parser, QStringLiteral("cache")), true);
    const Parcel p = cache->requireParcel(requiredOption(parser, QStringLiteral("parcel")),
                                          parser.value(QStringLiteral("district")));
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(parcelToJson(p)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const Ecosystem *eco = findEcosystem(p.assignment.ecosystem);
    const ParcelStatus *status = findParcelStatus(p.assignment.status);
    out() << QStringLiteral("地块编号 Code:        %1\n").arg(p.code)
          << QStringLiteral("地块名称 Name:        %1\n").arg(p.name)
          << QStringLiteral("行政区 District:      %1\n").arg(p.district)
          << QStringLiteral("用地性质 Land use:    %1\n").arg(p.landUse)
          << QStringLiteral("面积 Area:            %1 亩 / %2 公顷 / %3 m²\n")
                 .arg(p.areaMu(), 0, 'f', 2)
                 .arg(p.areaHa(), 0, 'f', 3)
                 .arg(p.areaM2, 0, 'f', 1)
          << QStringLiteral("生态圈 Ecosystem:     %1\n")
                 .arg(eco ? eco->nameZh + QStringLiteral(" (") + eco->key + ')'
                          : QStringLiteral("未分配 unassigned"))
          << QStringLiteral("产业链 Chain:         %1\n").arg(p.assignment.chain)
          << QStringLiteral("用地 Land:            %1 亩\n").arg(p.assignment.landMu, 0, 'f', 2)
          << QStringLiteral("用能 Energy:          %1 tce/年\n").arg(p.assignment.energyTce, 0, 'f', 2)
          << QStringLiteral("金融 Finance:         %1 万元\n").arg(p.assignment.financeWan, 0, 'f', 2)
          << QStringLiteral("状态 Status:          %1\n").arg(status ? status->nameZh : p.assignment.status)
          << QStringLiteral("企业 Enterprise:      %1\n").arg(p.assignment.enterprise)
          << QStringLiteral("备注 Notes:           %1\n").arg(p.assignment.notes)
          << QStringLiteral("UUID / revision:      %1 / %2\n").arg(p.uuid).arg(p.revision);
    if (!p.geometryNote.isEmpty())
        out() << QStringLiteral("几何 Geometry:        %1\n").arg(p.geometryNote);
    out() << QStringLiteral("源属性 Source attributes:\n");
    for (auto it = p.sourceAttributes.begin(); it != p.sourceAttributes.end(); ++it)
        out() << QStringLiteral("  %1 = %2\n").arg(it.key(), it.value().toVariant().toString());
    return Ok;
}

} // namespace zhili::cli
