#include "chains/industrialchain.h"

#include "util/enumtable.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace zhili {

namespace {

const EnumTable<ChainStage> &stages()
{
    static const EnumTable<ChainStage> table(
        "IndustrialChain",
        {
            {ChainStage::Upstream, "upstream", QT_TRANSLATE_NOOP("IndustrialChain", "Upstream")},
            {ChainStage::Midstream, "midstream", QT_TRANSLATE_NOOP("IndustrialChain", "Midstream")},
            {ChainStage::Downstream, "downstream", QT_TRANSLATE_NOOP("IndustrialChain", "Downstream")},
        });
    return table;
}

} // namespace

QString chainStageKey(ChainStage stage)
{
    return stages().key(stage);
}

std::optional<ChainStage> chainStageFromText(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QLatin1String("upstream") || s == QStringLiteral("上游") || s == QLatin1String("u"))
        return ChainStage::Upstream;
    if (s == QLatin1String("midstream") || s == QStringLiteral("中游") || s == QLatin1String("m"))
        return ChainStage::Midstream;
    if (s == QLatin1String("downstream") || s == QStringLiteral("下游") || s == QLatin1String("d"))
        return ChainStage::Downstream;
    return std::nullopt;
}

QString chainStageName(ChainStage stage)
{
    return stages().label(stage);
}

const ChainLink *IndustrialChain::link(const QString &linkName) const
{
    for (const ChainLink &l : links)
        if (l.name == linkName)
            return &l;
    return nullptr;
}

QStringList IndustrialChain::suppliersOf(const QString &linkName) const
{
    QStringList out;
    for (const ChainLink &l : links)
        if (l.supplies.contains(linkName))
            out << l.name;
    return out;
}

QStringList IndustrialChain::findCycle() const
{
    // Depth-first search with three colours; the grey path is the cycle when an edge meets it again.
    enum Colour { White, Grey, Black };
    QHash<QString, Colour> colour;
    QStringList path;
    QStringList cycle;
    std::function<bool(const ChainLink &)> visit = [&](const ChainLink &l) {
        colour[l.name] = Grey;
        path << l.name;
        for (const QString &next : l.supplies) {
            const Colour c = colour.value(next, White);
            if (c == Grey) {
                cycle = path.mid(path.indexOf(next));
                cycle << next;
                return true;
            }
            if (c == White)
                if (const ChainLink *n = link(next); n && visit(*n))
                    return true;
        }
        path.removeLast();
        colour[l.name] = Black;
        return false;
    };
    for (const ChainLink &l : links)
        if (colour.value(l.name, White) == White && visit(l))
            return cycle;
    return {};
}

} // namespace zhili
