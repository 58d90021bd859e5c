#include "cli/showcommand.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/parceljson.h"
#include "model/parcelstatus.h"

#include <QCoreApplication>

namespace zhili::cli {

int ShowCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    const Parcel p = requireParcel(*cache, parser);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(parcelToJson(p));
        return Ok;
    }
    const Ecosystem *eco = findEcosystem(p.assignment.ecosystem);
    const ParcelStatus *status = findParcelStatus(p.assignment.status);
    out() << QCoreApplication::translate("ShowCommand", "Code:         %1\n").arg(p.code)
          << QCoreApplication::translate("ShowCommand", "Name:         %1\n").arg(p.name)
          << QCoreApplication::translate("ShowCommand", "District:     %1\n").arg(p.district)
          << QCoreApplication::translate("ShowCommand", "Land use:     %1\n").arg(p.landUse)
          << QCoreApplication::translate("ShowCommand", "Area:         %1 mu / %2 ha / %3 m²\n")
                 .arg(p.areaMu(), 0, 'f', 2)
                 .arg(p.areaHa(), 0, 'f', 3)
                 .arg(p.areaM2, 0, 'f', 1)
          << QCoreApplication::translate("ShowCommand", "Ecosystem:    %1\n")
                 .arg(eco ? DisplayNames::of(*eco) + QStringLiteral(" (") + eco->key + ')'
                          : QCoreApplication::translate("ShowCommand", "unassigned"))
          << QCoreApplication::translate("ShowCommand", "Chain:        %1\n").arg(p.assignment.chain)
          << QCoreApplication::translate("ShowCommand", "Land:         %1 mu\n")
                 .arg(p.assignment.landMu, 0, 'f', 2)
          << QCoreApplication::translate("ShowCommand", "Energy:       %1 tce/year\n")
                 .arg(p.assignment.energyTce, 0, 'f', 2)
          << QCoreApplication::translate("ShowCommand", "Finance:      %1 (10k yuan)\n")
                 .arg(p.assignment.financeWan, 0, 'f', 2)
          << QCoreApplication::translate("ShowCommand", "Status:       %1\n")
                 .arg(status ? DisplayNames::of(*status) : p.assignment.status)
          << QCoreApplication::translate("ShowCommand", "Enterprise:   %1\n").arg(p.assignment.enterprise)
          << QCoreApplication::translate("ShowCommand", "Notes:        %1\n").arg(p.assignment.notes)
          << QStringLiteral("UUID / revision: %1 / %2\n").arg(p.uuid).arg(p.revision);
    if (!p.geometryNote.isEmpty())
        out() << QCoreApplication::translate("ShowCommand", "Geometry:     %1\n").arg(p.geometryNote);
    out() << QCoreApplication::translate("ShowCommand", "Source attributes:\n");
    for (auto it = p.sourceAttributes.begin(); it != p.sourceAttributes.end(); ++it)
        out() << QStringLiteral("  %1 = %2\n").arg(it.key(), it.value().toVariant().toString());
    return Ok;
}

void ShowCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ShowCommand",
               {{CommonOption::Cache},
                {CommonOption::Parcel},
                {CommonOption::ParcelDistrict},
                {CommonOption::Json}});
}

} // namespace zhili::cli
