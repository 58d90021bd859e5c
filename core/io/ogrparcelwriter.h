#pragma once

#include "crs/crs.h"
#include "io/exportoptions.h"
#include "io/parcelsink.h"

#include <memory>

namespace zhili {

/// Parcels into a GDAL vector file: a shapefile set (short field names, .prj, .cpg and the DBF's LDID for
/// GBK), a GeoPackage (layer "parcels") or GeoJSON (internal to core/io: the only place with GDAL).
class OgrParcelWriter : public ParcelSink {
public:
    /// Creates the file at `path` in `format` (not ZippedShapefile: zip a written set with zipFiles()).
    /// `encoding` ("UTF-8" or "GBK") matters to shapefiles only. Throws zhili::Error naming the file.
    OgrParcelWriter(const QString &path, ExportFormat format, const Crs &crs, const QString &encoding,
                    const ExportColumns &columns);
    ~OgrParcelWriter() override;

    void write(const Parcel &parcel, const QByteArray &wkb) override;
    void close() override;
    QStringList columnNames() const override;
    QStringList warnings() const override;

    /// Writes `files` into a new zip archive at `zipPath` (flat, under their file names).
    static void zipFiles(const QStringList &files, const QString &zipPath);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace zhili
