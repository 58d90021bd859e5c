#include "model/parceljson.h"

#include <QJsonValue>

namespace zhili {

namespace {
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject parcelToJson(const Parcel &p)
{
    QJsonObject o;
    o[QStringLiteral("uuid")] = p.uuid;
    o[QStringLiteral("code")] = p.code;
    o[QStringLiteral("name")] = textOrNull(p.name);
    o[QStringLiteral("district")] = p.district;
    o[QStringLiteral("land_use")] = textOrNull(p.landUse);
    o[QStringLiteral("area_m2")] = p.areaM2;
    o[QStringLiteral("area_mu")] = p.areaMu();
    o[QStringLiteral("area_ha")] = p.areaHa();
    o[QStringLiteral("ecosystem")] = textOrNull(p.assignment.ecosystem);
    o[QStringLiteral("chain")] = textOrNull(p.assignment.chain);
    o[QStringLiteral("land_mu")] = p.assignment.landMu;
    o[QStringLiteral("energy_tce")] = p.assignment.energyTce;
    o[QStringLiteral("finance_wan")] = p.assignment.financeWan;
    o[QStringLiteral("status")] = textOrNull(p.assignment.status);
    o[QStringLiteral("enterprise")] = textOrNull(p.assignment.enterprise);
    o[QStringLiteral("notes")] = textOrNull(p.assignment.notes);
    o[QStringLiteral("geom_note")] = textOrNull(p.geometryNote);
    o[QStringLiteral("revision")] = p.revision;
    o[QStringLiteral("updated_at")] = p.updatedAt;
    o[QStringLiteral("source_attrs")] = p.sourceAttributes;
    return o;
}

} // namespace zhili
