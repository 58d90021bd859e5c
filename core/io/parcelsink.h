#pragma once

#include "io/exportfield.h"
#include "model/parcel.h"

#include <QByteArray>
#include <QStringList>

namespace zhili {

/// The columns of one export: Zhili's, then the source attributes under the names they are written with.
struct ExportColumns {
    QList<ExportField> fields;
    QStringList sourceKeys;  ///< attribute names as stored in the parcels' source attributes
    QStringList sourceNames; ///< the column names they get (prefixed SRC_ where they meet a Zhili name)
    bool wkt = false;        ///< CSV: a WKT geometry column
};

/// Where an export writes its parcels, one format each (internal to core/io).
class ParcelSink {
public:
    virtual ~ParcelSink() = default;
    /// Writes one parcel; `wkb` is its MultiPolygon in the export's CRS (empty: no geometry).
    virtual void write(const Parcel &parcel, const QByteArray &wkb) = 0;
    /// Finishes the file(s); throws zhili::Error when they cannot be completed.
    virtual void close() = 0;
    /// The column names as written.
    virtual QStringList columnNames() const = 0;
    /// What the format changed or could not keep (cut text, laundered names …).
    virtual QStringList warnings() const { return {}; }
};

} // namespace zhili
