#pragma once

#include "io/parcelsink.h"

#include <QFile>

namespace zhili {

/// Parcels as CSV for spreadsheets: UTF-8 with a BOM (Excel then reads Chinese right), a header of field
/// keys, text cells guarded against formula injection (CsvCell), the geometry as WKT on request.
class CsvParcelWriter : public ParcelSink {
public:
    /// Creates `path`; throws zhili::Error naming it when it cannot be written.
    CsvParcelWriter(const QString &path, const ExportColumns &columns);

    void write(const Parcel &parcel, const QByteArray &wkb) override;
    void close() override;
    QStringList columnNames() const override;

    /// WKT of a WKB (Multi)Polygon, coordinates with 15 significant digits.
    static QString wktFromWkb(const QByteArray &wkb);

private:
    void writeLine(const QStringList &cells);

    QFile m_file;
    ExportColumns m_columns;
};

} // namespace zhili
