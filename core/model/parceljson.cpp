#include "model/parceljson.h"

#include "util/jsonvalues.h"

#include <QJsonValue>

namespace zhili {

QJsonObject parcelToJson(const Parcel &p)
{
    QJsonObject o;
    o[QStringLiteral("uuid")] = p.uuid;
    o[QStringLiteral("code")] = p.code;
    o[QStringLiteral("name")] = jsonOrNull(p.name);
    o[QStringLiteral("district")] = p.district;
    o[QStringLiteral("land_use")] = jsonOrNull(p.landUse);
    o[QStringLiteral("area_m2")] = p.areaM2;
    o[QStringLiteral("area_mu")] = p.areaMu();
    o[QStringLiteral("area_ha")] = p.areaHa();
    o[QStringLiteral("ecosystem")] = jsonOrNull(p.assignment.ecosystem);
    o[QStringLiteral("chain")] = jsonOrNull(p.assignment.chain);
    o[QStringLiteral("land_mu")] = p.assignment.landMu;
    o[QStringLiteral("energy_tce")] = p.assignment.energyTce;
    o[QStringLiteral("finance_wan")] = p.assignment.financeWan;
    o[QStringLiteral("status")] = jsonOrNull(p.assignment.status);
    o[QStringLiteral("enterprise")] = jsonOrNull(p.assignment.enterprise);
    o[QStringLiteral("notes")] = jsonOrNull(p.assignment.notes);
    o[QStringLiteral("geom_note")] = jsonOrNull(p.geometryNote);
    o[QStringLiteral("revision")] = p.revision;
    o[QStringLiteral("updated_at")] = p.updatedAt;
    o[QStringLiteral("source_attrs")] = p.sourceAttributes;
    return o;
}

} // namespace zhili
