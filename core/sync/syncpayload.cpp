#include "sync/syncpayload.h"

#include "edit/editrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zhili::SyncPayload {

namespace {

QJsonValue textValue(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject assignment(const ParcelAssignment &a)
{
    return QJsonObject{{QStringLiteral("ecosystem"), textValue(a.ecosystem)},
                       {QStringLiteral("chain"), textValue(a.chain)},
                       {QStringLiteral("land_mu"), a.landMu},
                       {QStringLiteral("energy_tce"), a.energyTce},
                       {QStringLiteral("finance_wan"), a.financeWan},
                       {QStringLiteral("status"), textValue(a.status)},
                       {QStringLiteral("enterprise"), textValue(a.enterprise)},
                       {QStringLiteral("notes"), textValue(a.notes)}};
}

ParcelAssignment assignmentFrom(const QJsonObject &json)
{
    ParcelAssignment a;
    a.ecosystem = json.value(QStringLiteral("ecosystem")).toString();
    a.chain = json.value(QStringLiteral("chain")).toString();
    a.landMu = json.value(QStringLiteral("land_mu")).toDouble();
    a.energyTce = json.value(QStringLiteral("energy_tce")).toDouble();
    a.financeWan = json.value(QStringLiteral("finance_wan")).toDouble();
    a.status = json.value(QStringLiteral("status")).toString();
    a.enterprise = json.value(QStringLiteral("enterprise")).toString();
    a.notes = json.value(QStringLiteral("notes")).toString();
    return a;
}

QJsonObject editBody(const EditRecord &record)
{
    QJsonArray parcels;
    for (const ParcelChange &c : record.changes)
        parcels.append(QJsonObject{{QStringLiteral("uuid"), c.uuid},
                                   {QStringLiteral("code"), c.code},
                                   {QStringLiteral("district"), c.district},
                                   {QStringLiteral("before"), assignment(c.before)},
                                   {QStringLiteral("after"), assignment(c.after)}});
    return QJsonObject{{QStringLiteral("action"), record.action}, {QStringLiteral("parcels"), parcels}};
}

QString displayText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value[QStringLiteral("deleted")].toBool()) // a re-import's removal: {deleted: true}
        return QCoreApplication::translate("SyncPayload", "removed");
    if (value.isObject()) // a shape in a re-import's conflict: {area_m2, wkb | import_gen}
        return QCoreApplication::translate("SyncPayload", "shape of %1 m²")
            .arg(QString::number(value[QStringLiteral("area_m2")].toDouble(), 'f', 1));
    return value.toString();
}

} // namespace zhili::SyncPayload
