#include "io/ogrparcelwriter.h"

#include "io/gdaldataset.h"
#include "io/gdalerrorscope.h"
#include "io/ogrsource.h"
#include "util/error.h"

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>

namespace zhili {

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("ParcelExporter", "%1: cannot write (%2)").arg(path, why);
}

OGRFieldType ogrType(ExportField::Type t)
{
    switch (t) {
    case ExportField::Type::Real:
        return OFTReal;
    case ExportField::Type::Integer:
        return OFTInteger64;
    case ExportField::Type::Text:
        break;
    }
    return OFTString;
}

void setSpatialReference(OGRSpatialReference &srs, const Crs &crs)
{
    const OGRErr err =
        crs.epsg() != 0 ? srs.importFromEPSG(crs.epsg()) : srs.importFromWkt(crs.wkt().toUtf8().constData());
    if (err != OGRERR_NONE)
        throw Error(QCoreApplication::translate("ParcelExporter", "GDAL does not understand the CRS %1")
                        .arg(crs.authId().isEmpty() ? crs.name() : crs.authId()));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = easting/longitude, as Zhili stores them
}

void setField(OGRFeature &feature, int index, const QVariant &v)
{
    if (v.isNull()) {
        feature.SetFieldNull(index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Double:
        feature.SetField(index, v.toDouble());
        break;
    case QMetaType::LongLong:
    case QMetaType::Int:
        feature.SetField(index, GIntBig(v.toLongLong()));
        break;
    default:
        feature.SetField(index, v.toString().toUtf8().constData());
    }
}

QVariant sourceValue(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isString())
        return v.toString();
    return {};
}

} // namespace

struct OgrParcelWriter::Impl {
    QString path;
    ExportFormat format;
    QString encoding;
    ExportColumns columns;
    GdalDatasetPtr dataset;
    OGRLayer *layer = nullptr;
    QStringList names;
    QStringList warnings;

    bool isShapefile() const { return format == ExportFormat::Shapefile; }

    void createFields()
    {
        const int firstSource = int(columns.fields.size());
        for (int i = 0; i < columns.fields.size() + columns.sourceNames.size(); ++i) {
            const bool zhiliField = i < firstSource;
            const ExportField *f = zhiliField ? &columns.fields[i] : nullptr;
            const QString name =
                f ? (isShapefile() ? f->shortName : f->key) : columns.sourceNames[i - firstSource];
            OGRFieldDefn defn(name.toUtf8().constData(), f ? ogrType(f->type) : OFTString);
            if (isShapefile()) {
                if (!f || f->type == ExportField::Type::Text)
                    defn.SetWidth(f ? f->width : 254);
                else if (f->type == ExportField::Type::Real)
                    defn.SetPrecision(8), defn.SetWidth(24);
            }
            if (layer->CreateField(&defn) != OGRERR_NONE)
                throw Error(QCoreApplication::translate("ParcelExporter", "%1: cannot create field %2")
                                .arg(path, name));
            names << QString::fromUtf8(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
        }
    }
};

OgrParcelWriter::OgrParcelWriter(const QString &path, ExportFormat format, const Crs &crs,
                                 const QString &encoding, const ExportColumns &columns)
    : d(std::make_unique<Impl>())
{
    ensureGdalRegistered();
    d->path = path;
    d->format = format;
    d->encoding = encoding;
    d->columns = columns;
    GdalErrorScope errors;
    GDALDriver *driver =
        GetGDALDriverManager()->GetDriverByName(exportFormatName(format).toUtf8().constData());
    if (!driver)
        throw Error(cannotWrite(path, QStringLiteral("GDAL has no %1 driver").arg(exportFormatName(format))));
    d->dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!d->dataset)
        throw Error(cannotWrite(path, errors.failures.join(QStringLiteral("; "))));
    OGRSpatialReference srs;
    setSpatialReference(srs, crs);
    CPLStringList options;
    if (d->isShapefile())
        // LDID/77 marks the DBF as GBK (code page 936) for ArcGIS and GDAL alike; close() adds the .cpg.
        options.SetNameValue("ENCODING", encoding == QStringLiteral("GBK") ? "LDID/77" : "UTF-8");
    const QString layerName =
        format == ExportFormat::GeoPackage ? QStringLiteral("parcels") : QFileInfo(path).completeBaseName();
    d->layer = d->dataset->CreateLayer(layerName.toUtf8().constData(), &srs, wkbMultiPolygon, options.List());
    if (!d->layer)
        throw Error(cannotWrite(path, errors.failures.join(QStringLiteral("; "))));
    d->createFields();
    // One transaction: seconds instead of minutes for many parcels.
    if (format == ExportFormat::GeoPackage && d->layer->StartTransaction() != OGRERR_NONE)
        throw Error(cannotWrite(path, errors.failures.join(QStringLiteral("; "))));
    d->warnings << errors.warnings;
}

OgrParcelWriter::~OgrParcelWriter() = default;

void OgrParcelWriter::write(const Parcel &parcel, const QByteArray &wkb)
{
    GdalErrorScope errors;
    OGRFeature feature(d->layer->GetLayerDefn());
    int i = 0;
    for (const ExportField &f : d->columns.fields)
        setField(feature, i++, f.value(parcel));
    for (const QString &key : d->columns.sourceKeys)
        setField(feature, i++, sourceValue(parcel.sourceAttributes.value(key)));
    if (!wkb.isEmpty()) {
        OGRGeometry *g = nullptr;
        if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, wkb.size()) != OGRERR_NONE)
            throw Error(cannotWrite(d->path, QStringLiteral("parcel %1: bad geometry").arg(parcel.code)));
        feature.SetGeometryDirectly(g);
    }
    if (d->layer->CreateFeature(&feature) != OGRERR_NONE)
        throw Error(cannotWrite(
            d->path,
            QStringLiteral("parcel %1: %2").arg(parcel.code, errors.failures.join(QStringLiteral("; ")))));
    for (const QString &w : errors.warnings)
        if (d->warnings.size() < 20 && !d->warnings.contains(w))
            d->warnings << w;
}

void OgrParcelWriter::close()
{
    GdalErrorScope errors;
    if (d->format == ExportFormat::GeoPackage && d->layer->CommitTransaction() != OGRERR_NONE)
        throw Error(cannotWrite(d->path, errors.failures.join(QStringLiteral("; "))));
    d->dataset.reset(); // closing flushes the headers; failures arrive in `errors`
    if (!errors.failures.isEmpty())
        throw Error(cannotWrite(d->path, errors.failures.join(QStringLiteral("; "))));
    if (d->isShapefile() && d->encoding == QStringLiteral("GBK")) {
        // The .cpg of a GBK shapefile as ArcGIS writes it: the Windows code page number.
        const QFileInfo info(d->path);
        QFile cpg(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".cpg"));
        if (!cpg.open(QIODevice::WriteOnly | QIODevice::Truncate) || cpg.write("936") != 3)
            throw Error(cannotWrite(cpg.fileName(), cpg.errorString()));
    }
}

QStringList OgrParcelWriter::columnNames() const
{
    return d->names;
}

QStringList OgrParcelWriter::warnings() const
{
    return d->warnings;
}

void OgrParcelWriter::zipFiles(const QStringList &files, const QString &zipPath)
{
    GdalErrorScope errors;
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(cannotWrite(zipPath, in.errorString()));
        const QByteArray bytes = in.readAll();
        const QString member = QStringLiteral("/vsizip/%1/%2").arg(zipPath, QFileInfo(file).fileName());
        VSILFILE *out = VSIFOpenL(member.toUtf8().constData(), "wb");
        if (!out)
            throw Error(cannotWrite(zipPath, errors.failures.join(QStringLiteral("; "))));
        const size_t written = VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), out);
        if (VSIFCloseL(out) != 0 || written != size_t(bytes.size()))
            throw Error(cannotWrite(zipPath, errors.failures.join(QStringLiteral("; "))));
    }
}

} // namespace zhili
