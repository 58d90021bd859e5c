#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

/// One of the five industrial ecosystems (产业生态圈); its colour is used everywhere it appears.
struct Ecosystem {
    QString key;    ///< iot, bio, equip, mat, energy
    QString nameZh; ///< 智能物联 …
    QString nameEn; ///< Smart IoT …
    QString color;  ///< #rrggbb
    int sortOrder = 0;
};

/// The five ecosystems the bureau steers, in display order, with their fixed colours.
const QList<Ecosystem> &builtinEcosystems();

/// Colour for parcels with no ecosystem (neutral, prints as light grey).
QString unassignedColor();

/// Accepts a key ("bio"), a Chinese name ("生物医药") or an English name ("Biomedicine"), case-insensitive.
std::optional<QString> ecosystemKeyFor(const QString &nameOrKey);

/// The built-in ecosystem with this key, or nullptr.
const Ecosystem *findEcosystem(const QString &key);

} // namespace zhili
