#include "io/exportfield.h"

#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant ecosystemName(const Parcel &p)
{
    const Ecosystem *e = findEcosystem(p.assignment.ecosystem);
    return e ? QVariant(e->nameZh) : textOrNull(p.assignment.ecosystem);
}

QVariant statusName(const Parcel &p)
{
    if (p.assignment.status.isEmpty())
        return {};
    const ParcelStatus *s = findParcelStatus(p.assignment.status);
    return s ? QVariant(s->nameZh) : QVariant(p.assignment.status);
}

using T = ExportField::Type;

} // namespace

const QList<ExportField> &ExportFields::all()
{
    // Short names are fixed: offices keep scripts and ArcGIS models that read them (docs/export.md).
    static const QList<ExportField> list = {
        {QStringLiteral("uuid"), QStringLiteral("UUID"), T::Text, 36,
         [](const Parcel &p) { return QVariant(p.uuid); }},
        {QStringLiteral("code"), QStringLiteral("CODE"), T::Text, 64,
         [](const Parcel &p) { return QVariant(p.code); }},
        {QStringLiteral("name"), QStringLiteral("NAME"), T::Text, 254,
         [](const Parcel &p) { return textOrNull(p.name); }},
        {QStringLiteral("district"), QStringLiteral("DISTRICT"), T::Text, 64,
         [](const Parcel &p) { return QVariant(p.district); }},
        {QStringLiteral("land_use"), QStringLiteral("LAND_USE"), T::Text, 32,
         [](const Parcel &p) { return textOrNull(p.landUse); }},
        {QStringLiteral("area_m2"), QStringLiteral("AREA_M2"), T::Real, 0,
         [](const Parcel &p) { return QVariant(p.areaM2); }},
        {QStringLiteral("area_mu"), QStringLiteral("AREA_MU"), T::Real, 0,
         [](const Parcel &p) { return QVariant(p.areaMu()); }},
        {QStringLiteral("area_ha"), QStringLiteral("AREA_HA"), T::Real, 0,
         [](const Parcel &p) { return QVariant(p.areaHa()); }},
        {QStringLiteral("ecosystem"), QStringLiteral("ECO"), T::Text, 16,
         [](const Parcel &p) { return textOrNull(p.assignment.ecosystem); }},
        {QStringLiteral("ecosystem_name"), QStringLiteral("ECO_NAME"), T::Text, 32, ecosystemName},
        {QStringLiteral("chain"), QStringLiteral("CHAIN"), T::Text, 100,
         [](const Parcel &p) { return textOrNull(p.assignment.chain); }},
        {QStringLiteral("status"), QStringLiteral("STATUS"), T::Text, 16,
         [](const Parcel &p) { return textOrNull(p.assignment.status); }},
        {QStringLiteral("status_name"), QStringLiteral("STATUS_NM"), T::Text, 32, statusName},
        {QStringLiteral("enterprise"), QStringLiteral("ENTERPRISE"), T::Text, 200,
         [](const Parcel &p) { return textOrNull(p.assignment.enterprise); }},
        {QStringLiteral("land_mu"), QStringLiteral("LAND_MU"), T::Real, 0,
         [](const Parcel &p) { return QVariant(p.assignment.landMu); }},
        {QStringLiteral("energy_tce"), QStringLiteral("ENERGY_TCE"), T::Real, 0,
         [](const Parcel &p) { return QVariant(p.assignment.energyTce); }},
        {QStringLiteral("finance_wan"), QStringLiteral("FIN_WAN"), T::Real, 0,
         [](const Parcel &p) { return QVariant(p.assignment.financeWan); }},
        {QStringLiteral("notes"), QStringLiteral("NOTES"), T::Text, 254,
         [](const Parcel &p) { return textOrNull(p.assignment.notes); }},
        {QStringLiteral("revision"), QStringLiteral("REVISION"), T::Integer, 0,
         [](const Parcel &p) { return QVariant(p.revision); }},
        {QStringLiteral("updated_at"), QStringLiteral("UPDATED"), T::Text, 24,
         [](const Parcel &p) { return QVariant(p.updatedAt); }},
    };
    return list;
}

const ExportField *ExportFields::find(const QString &name)
{
    for (const ExportField &f : all())
        if (f.key.compare(name, Qt::CaseInsensitive) == 0 ||
            f.shortName.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

ExportFields::Selection ExportFields::parse(const QStringList &names)
{
    Selection s;
    QStringList wanted;
    bool everything = true;
    for (const QString &raw : names) {
        const QString n = raw.trimmed();
        if (n.isEmpty())
            continue;
        if (n.compare(QStringLiteral("source"), Qt::CaseInsensitive) == 0) {
            s.sourceAttributes = true;
        } else if (n.compare(QStringLiteral("wkt"), Qt::CaseInsensitive) == 0) {
            s.wkt = true;
        } else if (n.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
            wanted << QStringLiteral("all");
        } else if (const ExportField *f = find(n)) {
            everything = false;
            wanted << f->key;
        } else {
            QStringList keys;
            for (const ExportField &f : all())
                keys << f.key;
            throw Error(QCoreApplication::translate("ExportFields",
                                                    "unknown field \"%1\" in --fields (fields: %2, all, "
                                                    "source, wkt)")
                            .arg(n, keys.join(QStringLiteral(", "))));
        }
    }
    if (wanted.contains(QStringLiteral("all")))
        everything = true;
    if (everything) {
        s.fields = all();
        return s;
    }
    // In the order asked for: the columns of a spreadsheet someone lays out.
    wanted.removeDuplicates();
    for (const QString &key : wanted)
        s.fields << *find(key);
    return s;
}

} // namespace zhili
