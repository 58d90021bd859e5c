#include "indicators/indicatortypes.h"

#include <QCoreApplication>

namespace zhili {

const QList<Resource> &allResources()
{
    static const QList<Resource> list = {Resource::Land, Resource::Energy, Resource::Finance};
    return list;
}

QString resourceKey(Resource r)
{
    switch (r) {
    case Resource::Land:
        return QStringLiteral("land_mu");
    case Resource::Energy:
        return QStringLiteral("energy_tce");
    case Resource::Finance:
        return QStringLiteral("finance_wan");
    }
    return QString();
}

QString resourceLabel(Resource r)
{
    switch (r) {
    case Resource::Land:
        return QCoreApplication::translate("Target", "land (mu)");
    case Resource::Energy:
        return QCoreApplication::translate("Target", "energy (tce)");
    case Resource::Finance:
        return QCoreApplication::translate("Target", "finance (10k yuan)");
    }
    return QString();
}

std::optional<Resource> resourceFromKey(const QString &key)
{
    for (Resource r : allResources())
        if (resourceKey(r) == key.trimmed().toLower())
            return r;
    return std::nullopt;
}

QString ragKey(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return QStringLiteral("green");
    case Rag::Amber:
        return QStringLiteral("amber");
    case Rag::Red:
        return QStringLiteral("red");
    case Rag::None:
        break;
    }
    return QString();
}

QString ragLabel(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return QCoreApplication::translate("Target", "green");
    case Rag::Amber:
        return QCoreApplication::translate("Target", "amber");
    case Rag::Red:
        return QCoreApplication::translate("Target", "red");
    case Rag::None:
        break;
    }
    return QStringLiteral("—");
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

} // namespace zhili
