#include "io/fieldmapping.h"

namespace zhili {

const QList<FieldRole> &FieldMapping::roles()
{
    static const QList<FieldRole> list = {
        {QStringLiteral("code"),
         {QStringLiteral("DKBH"), QStringLiteral("地块编号"), QStringLiteral("TBBH"), QStringLiteral("BH"),
          QStringLiteral("CODE")}},
        {QStringLiteral("name"),
         {QStringLiteral("DKMC"), QStringLiteral("地块名称"), QStringLiteral("NAME"), QStringLiteral("MC")}},
        {QStringLiteral("land_use"),
         {QStringLiteral("YDXZ"), QStringLiteral("用地性质"), QStringLiteral("DLBM"), QStringLiteral("DLMC"),
          QStringLiteral("TYPE"), QStringLiteral("LANDUSE"), QStringLiteral("LAND_USE")}},
        {QStringLiteral("district"),
         {QStringLiteral("XZQ"), QStringLiteral("XZQMC"), QStringLiteral("行政区"), QStringLiteral("ZLDWMC"),
          QStringLiteral("DISTRICT")}},
        {QStringLiteral("ecosystem"),
         {QStringLiteral("STQ"), QStringLiteral("生态圈"), QStringLiteral("ECOSYSTEM"),
          QStringLiteral("ECO")}},
        {QStringLiteral("chain"), {QStringLiteral("CYL"), QStringLiteral("产业链"), QStringLiteral("CHAIN")}},
        {QStringLiteral("land_mu"),
         {QStringLiteral("YDZB"), QStringLiteral("用地指标"), QStringLiteral("LAND_MU")}},
        {QStringLiteral("energy_tce"),
         {QStringLiteral("YNZB"), QStringLiteral("用能指标"), QStringLiteral("ENERGY_TCE")}},
        {QStringLiteral("finance_wan"),
         {QStringLiteral("JRZC"), QStringLiteral("金融支持"), QStringLiteral("FINANCE_WAN"),
          QStringLiteral("FIN_WAN")}},
        {QStringLiteral("enterprise"),
         {QStringLiteral("QYMC"), QStringLiteral("企业名称"), QStringLiteral("QSDW"),
          QStringLiteral("权属单位"), QStringLiteral("ENTERPRISE")}},
        {QStringLiteral("status"), {QStringLiteral("ZT"), QStringLiteral("状态"), QStringLiteral("STATUS")}},
        {QStringLiteral("notes"), {QStringLiteral("BZ"), QStringLiteral("备注"), QStringLiteral("NOTES")}},
    };
    return list;
}

bool FieldMapping::isRole(const QString &key)
{
    for (const FieldRole &r : roles())
        if (r.key == key)
            return true;
    return false;
}

QMap<QString, QString> FieldMapping::propose(const QStringList &fieldNames, QStringList *notes)
{
    QMap<QString, QString> map;
    QStringList used;
    for (const FieldRole &role : roles()) {
        QString found;
        for (const QString &cand : role.candidates) {
            for (const QString &f : fieldNames)
                if (!used.contains(f) && f.compare(cand, Qt::CaseInsensitive) == 0) {
                    found = f;
                    break;
                }
            if (!found.isEmpty())
                break;
        }
        if (found.isEmpty()) {
            // A Chinese name cut by the DBF's 10-byte limit ("用地性" for 用地性质, 3 characters in UTF-8).
            for (const QString &cand : role.candidates) {
                if (cand.at(0).unicode() < 0x80)
                    continue;
                for (const QString &f : fieldNames)
                    if (!used.contains(f) && f.size() >= 2 && f.size() < cand.size() && cand.startsWith(f) &&
                        f.toUtf8().size() >= 8) {
                        found = f;
                        if (notes)
                            *notes << QStringLiteral(
                                          "field \"%1\" taken as %2 (a name cut at the DBF 10-byte limit)")
                                          .arg(f, cand);
                        break;
                    }
                if (!found.isEmpty())
                    break;
            }
        }
        if (!found.isEmpty()) {
            map.insert(role.key, found);
            used << found;
        }
    }
    return map;
}

} // namespace zhili
