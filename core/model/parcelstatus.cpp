#include "model/parcelstatus.h"

namespace zhili {

const QList<ParcelStatus> &parcelStatuses()
{
    static const QList<ParcelStatus> list = {
        {QStringLiteral("planned"), QStringLiteral("规划储备"), QStringLiteral("Planned"), false},
        {QStringLiteral("construction"), QStringLiteral("在建"), QStringLiteral("Under construction"), false},
        {QStringLiteral("production"), QStringLiteral("已投产"), QStringLiteral("In production"), false},
        {QStringLiteral("idle"), QStringLiteral("闲置"), QStringLiteral("Idle"), true},
        {QStringLiteral("approved_unsupplied"), QStringLiteral("批而未供"),
         QStringLiteral("Approved, not supplied"), true},
        {QStringLiteral("supplied_unused"), QStringLiteral("供而未用"), QStringLiteral("Supplied, not used"),
         true},
        {QStringLiteral("underused"), QStringLiteral("用而未尽"), QStringLiteral("Under-used"), true},
        {QStringLiteral("built_not_producing"), QStringLiteral("建而未投"),
         QStringLiteral("Built, not in production"), true},
        {QStringLiteral("below_standard"), QStringLiteral("投而未达标"),
         QStringLiteral("In production, below standard"), true},
    };
    return list;
}

const ParcelStatus *findParcelStatus(const QString &keyOrName)
{
    const QString s = keyOrName.trimmed();
    for (const ParcelStatus &st : parcelStatuses())
        if (s.compare(st.key, Qt::CaseInsensitive) == 0 || s == st.nameZh ||
            s.compare(st.nameEn, Qt::CaseInsensitive) == 0)
            return &st;
    return nullptr;
}

} // namespace zhili
