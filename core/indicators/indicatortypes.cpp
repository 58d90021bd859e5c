#include "indicators/indicatortypes.h"

#include "util/enumtable.h"
#include "util/jsonvalues.h"

#include <QCoreApplication>

namespace zhili {

namespace {

const EnumTable<Resource> &resources()
{
    static const EnumTable<Resource> table(
        "Target", {
                      {Resource::Land, "land_mu", QT_TRANSLATE_NOOP("Target", "land (mu)")},
                      {Resource::Energy, "energy_tce", QT_TRANSLATE_NOOP("Target", "energy (tce)")},
                      {Resource::Finance, "finance_wan", QT_TRANSLATE_NOOP("Target", "finance (10k yuan)")},
                  });
    return table;
}

// Rag::None has no entry: no key, and "—" as its label.
const EnumTable<Rag> &rags()
{
    static const EnumTable<Rag> table("Target",
                                      {
                                          {Rag::Green, "green", QT_TRANSLATE_NOOP("Target", "green")},
                                          {Rag::Amber, "amber", QT_TRANSLATE_NOOP("Target", "amber")},
                                          {Rag::Red, "red", QT_TRANSLATE_NOOP("Target", "red")},
                                      });
    return table;
}

} // namespace

const QList<Resource> &allResources()
{
    static const QList<Resource> list = resources().values();
    return list;
}

QString resourceKey(Resource r)
{
    return resources().key(r);
}

QString resourceLabel(Resource r)
{
    return resources().label(r);
}

std::optional<Resource> resourceFromKey(const QString &key)
{
    return resources().fromKey(key.trimmed().toLower());
}

QString ragKey(Rag rag)
{
    return rags().key(rag);
}

QString ragLabel(Rag rag)
{
    return rags().label(rag, QStringLiteral("—"));
}

Rag RagThresholds::classify(std::optional<double> progress) const
{
    if (!progress)
        return Rag::None;
    // A tolerance so that exactly 90 % of a target in decimal (0.009 of 0.01) is not lost to binary rounding.
    constexpr double eps = 1e-9;
    if (*progress >= green - eps)
        return Rag::Green;
    if (*progress >= amber - eps)
        return Rag::Amber;
    return Rag::Red;
}

QJsonObject targetFiguresJson(const Target &t)
{
    QJsonObject o = resourceFiguresJson(t.landMu, t.energyTce, t.financeWan);
    o[QStringLiteral("projects")] = t.projects;
    o[QStringLiteral("tax_wan")] = jsonOrNull(t.taxWan);
    o[QStringLiteral("value_added_wan")] = jsonOrNull(t.valueAddedWan);
    return o;
}

} // namespace zhili
