#pragma once

#include "geometry/envelope.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace zhili {

class SqliteDatabase;

/// The imported district boundaries of the `districts` table (absent until districts are imported).
class DistrictBoundaryQuery {
public:
    struct Boundary {
        QString name;
        QByteArray geometry; ///< GeoPackage geometry blob
    };
    /// Every district with a non-empty geometry blob, ordered by name; empty without a districts table.
    static QList<Boundary> all(SqliteDatabase &db);
    /// The R-tree box of the named district's boundary; null when there is none.
    static Envelope boundaryBox(SqliteDatabase &db, const QString &name);
};

} // namespace zhili
