#include "model/ecosystem.h"

namespace zhili {

const QList<Ecosystem> &builtinEcosystems()
{
    // Colours chosen to stay distinct for common colour-vision deficiencies and in greyscale print.
    static const QList<Ecosystem> list = {
        {QStringLiteral("iot"), QStringLiteral("智能物联"), QStringLiteral("Smart IoT"),
         QStringLiteral("#1f78b4"), 1},
        {QStringLiteral("bio"), QStringLiteral("生物医药"), QStringLiteral("Biomedicine"),
         QStringLiteral("#e7298a"), 2},
        {QStringLiteral("equip"), QStringLiteral("高端装备"), QStringLiteral("High-end equipment"),
         QStringLiteral("#ff7f00"), 3},
        {QStringLiteral("mat"), QStringLiteral("新材料"), QStringLiteral("New materials"),
         QStringLiteral("#6a3d9a"), 4},
        {QStringLiteral("energy"), QStringLiteral("绿色能源"), QStringLiteral("Green energy"),
         QStringLiteral("#33a02c"), 5},
    };
    return list;
}

QString unassignedColor()
{
    return QStringLiteral("#c8c8c8");
}

std::optional<QString> ecosystemKeyFor(const QString &nameOrKey)
{
    const QString s = nameOrKey.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    for (const Ecosystem &e : builtinEcosystems()) {
        if (s.compare(e.key, Qt::CaseInsensitive) == 0 || s == e.nameZh ||
            s.compare(e.nameEn, Qt::CaseInsensitive) == 0)
            return e.key;
        // Office files often append 生态圈 / 产业 ("生物医药产业生态圈").
        if (s.startsWith(e.nameZh))
            return e.key;
    }
    return std::nullopt;
}

const Ecosystem *findEcosystem(const QString &key)
{
    for (const Ecosystem &e : builtinEcosystems())
        if (e.key == key)
            return &e;
    return nullptr;
}

} // namespace zhili
