#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zhili {

/// A parcel attribute the importer fills from a source field, and the field names that mean it.
struct FieldRole {
    QString key;            ///< code, name, land_use, district, ecosystem, chain, land_mu, …
    QStringList candidates; ///< field names, case-insensitive, in order of preference
};

/// Proposes which source field fills which parcel attribute (internal to core/io).
class FieldMapping {
public:
    /// All roles, in the order they are reported.
    static const QList<FieldRole> &roles();
    static bool isRole(const QString &key);
    /// role → field, from the field names alone. DBF names cut at 10 bytes ("用地性" for 用地性质) match too,
    /// with a note saying so.
    static QMap<QString, QString> propose(const QStringList &fieldNames, QStringList *notes = nullptr);
};

} // namespace zhili
