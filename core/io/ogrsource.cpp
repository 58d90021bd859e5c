#include "io/ogrsource.h"

#include "cache/geopackagecache.h"
#include "geometry/polygongeometry.h"
#include "io/dbfheader.h"
#include "io/gdaldataset.h"
#include "io/gdalerrorscope.h"
#include "io/textdecoder.h"
#include "util/error.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <charconv>
#include <cmath>
#include <cstring>
#include <mutex>

namespace zhili {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

namespace {

bool fileExistsVsi(const QString &path)
{
    VSIStatBufL st;
    return VSIStatL(path.toUtf8().constData(), &st) == 0;
}

// path of "<base>.<ext>" next to a file, trying lower and upper case extensions
QString siblingFile(const QString &path, const QString &ext)
{
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > path.lastIndexOf(QLatin1Char('/')) ? path.left(dot) : path;
    for (const QString &e : {ext.toLower(), ext.toUpper()}) {
        const QString p = base + QLatin1Char('.') + e;
        if (fileExistsVsi(p))
            return p;
    }
    return {};
}

bool isPolygonType(OGRwkbGeometryType t)
{
    const auto f = wkbFlatten(t);
    return f == wkbPolygon || f == wkbMultiPolygon || f == wkbCurvePolygon || f == wkbMultiSurface;
}

QString typeName(OGRwkbGeometryType t)
{
    return QString::fromUtf8(OGRGeometryTypeToName(t));
}

void appendJsonString(QByteArray *out, const char *s)
{
    out->append('"');
    const char *run = s; // start of the pending run of characters that need no escaping
    for (const char *p = s;; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(run, qsizetype(p - run));
        if (c == 0)
            break;
        run = p + 1;
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
            break;
        case '\n':
            out->append("\\n", 2);
            break;
        case '\r':
            out->append("\\r", 2);
            break;
        case '\t':
            out->append("\\t", 2);
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out->append(buf, 6);
        }
        }
    }
    out->append('"');
}

void appendDouble(QByteArray *out, double v)
{
    if (!std::isfinite(v)) {
        out->append("null", 4);
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out->append(buf, int(r.ptr - buf));
}

// Appends the rings of an OGR polygon to a PolygonGeometry (x, y only).
void appendPolygon(const OGRPolygon *poly, PolygonGeometry *out)
{
    auto addRing = [&](const OGRLinearRing *ring) {
        if (!ring || ring->getNumPoints() == 0)
            return;
        const int n = ring->getNumPoints();
        const size_t at = out->coords.size();
        out->coords.resize(at + 2 * size_t(n));
        ring->getPoints(&out->coords[at], 2 * sizeof(double), &out->coords[at + 1], 2 * sizeof(double));
        out->ringOffsets.push_back(quint32(out->coords.size() / 2));
    };
    const size_t ringsBefore = out->ringOffsets.size();
    addRing(poly->getExteriorRing());
    if (out->ringOffsets.size() == ringsBefore)
        return; // empty polygon
    for (int i = 0; i < poly->getNumInteriorRings(); ++i)
        addRing(poly->getInteriorRing(i));
    out->polygonOffsets.push_back(quint32(out->ringOffsets.size() - 1));
}

// Polygons of a geometry (MakeValid may return a collection with lines/points besides the polygons).
void collectPolygons(const OGRGeometry *g, PolygonGeometry *out)
{
    const auto t = wkbFlatten(g->getGeometryType());
    if (t == wkbPolygon) {
        appendPolygon(g->toPolygon(), out);
    } else if (t == wkbMultiPolygon || t == wkbGeometryCollection) {
        for (const OGRGeometry *part : *g->toGeometryCollection())
            collectPolygons(part, out);
    }
}

// Cheap structural check so the expensive GEOS validity test only runs where it can matter:
// a ring with fewer than 4 points, or one not closed, is invalid for sure.
QString quickProblem(const PolygonGeometry &g)
{
    for (int r = 0; r < g.ringCount(); ++r) {
        const quint32 a = g.ringOffsets[r], b = g.ringOffsets[r + 1];
        if (b - a < 4)
            return QStringLiteral("ring with fewer than 4 points");
        if (g.coords[2 * a] != g.coords[2 * (b - 1)] || g.coords[2 * a + 1] != g.coords[2 * (b - 1) + 1])
            return QStringLiteral("ring not closed");
    }
    return {};
}

// True when segments p1-p2 and p3-p4 intersect (touching counts).
bool segmentsIntersect(const double *p1, const double *p2, const double *p3, const double *p4)
{
    auto orient = [](const double *a, const double *b, const double *c) {
        const double v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
        return (v > 0) - (v < 0);
    };
    auto onSeg = [](const double *a, const double *b, const double *c) {
        return std::min(a[0], b[0]) <= c[0] && c[0] <= std::max(a[0], b[0]) && std::min(a[1], b[1]) <= c[1] &&
               c[1] <= std::max(a[1], b[1]);
    };
    const int o1 = orient(p1, p2, p3), o2 = orient(p1, p2, p4), o3 = orient(p3, p4, p1),
              o4 = orient(p3, p4, p2);
    if (o1 != o2 && o3 != o4)
        return true;
    return (o1 == 0 && onSeg(p1, p2, p3)) || (o2 == 0 && onSeg(p1, p2, p4)) ||
           (o3 == 0 && onSeg(p3, p4, p1)) || (o4 == 0 && onSeg(p3, p4, p2));
}

// For a single small ring (the common parcel), decides validity without GEOS: no two non-adjacent edges may
// touch and no edge may fold back on its neighbour. Returns 1 valid, 0 invalid (with reason), -1 don't know.
int smallRingValidity(const PolygonGeometry &g, QString *reason)
{
    if (g.ringCount() != 1 || g.pointCount() > 48)
        return -1;
    const double *c = g.coords.data();
    const int n = g.pointCount() - 1; // edges; last point repeats the first
    for (int i = 0; i < n; ++i) {
        const double *a = c + 2 * i;
        const double *b = c + 2 * (i + 1);
        if (a[0] == b[0] && a[1] == b[1])
            return -1; // repeated points: let GEOS judge
    }
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const bool adjacent = (j == i + 1) || (i == 0 && j == n - 1);
            const double *a1 = c + 2 * i, *a2 = c + 2 * (i + 1), *b1 = c + 2 * j, *b2 = c + 2 * (j + 1);
            if (adjacent) {
                // shared vertex; invalid only when the two edges are collinear and overlap (a spike)
                const double *s = (j == i + 1) ? a2 : a1;
                const double *p = (j == i + 1) ? a1 : a2;
                const double *q = (j == i + 1) ? b2 : b1;
                const double cross = (p[0] - s[0]) * (q[1] - s[1]) - (p[1] - s[1]) * (q[0] - s[0]);
                const double dot = (p[0] - s[0]) * (q[0] - s[0]) + (p[1] - s[1]) * (q[1] - s[1]);
                if (cross == 0 && dot > 0) {
                    *reason = QStringLiteral("spike (edge folds back) near %1 %2")
                                  .arg(s[0], 0, 'f', 6)
                                  .arg(s[1], 0, 'f', 6);
                    return 0;
                }
                continue;
            }
            if (segmentsIntersect(a1, a2, b1, b2)) {
                *reason = QStringLiteral("ring self-intersection near %1 %2")
                              .arg(a1[0], 0, 'f', 6)
                              .arg(a1[1], 0, 'f', 6);
                return 0;
            }
        }
    }
    return n >= 3 ? 1 : 0;
}

} // namespace

struct OgrSource::Impl {
    Options options;
    QString dataset;
    QString driver;
    QString layerName;
    QStringList layerNames;
    GdalDatasetPtr ds;
    OGRLayer *layer = nullptr;
    OGRFeatureDefn *defn = nullptr;
    std::unique_ptr<OGRFeature> feature;
    EncodingDecision encoding;
    QString encodingError;
    Crs crs;
    QString crsReason;
    QString crsProblem;
    QStringList warnings;
    qint64 featureCount = 0;
    Envelope extent;
    QStringList fieldNames;
    QList<QByteArray> jsonKeys;
    QList<OGRFieldType> fieldTypes;
    GdalErrorScope *errors = nullptr;
    // Set when we decode the raw DBF text ourselves (one iconv handle for the whole file) instead of GDAL.
    std::unique_ptr<TextDecoder> decoder;
    // The current feature's decoded string fields, filled on first use.
    std::vector<std::string> decoded;
    std::vector<char> isDecoded;
    QByteArray jsonScratch; ///< attributesJson builds here, keeping its capacity from feature to feature

    const char *fieldUtf8(int field);

    GdalDatasetPtr openDataset(const QString &path, const QStringList &openOptions, QStringList *failures);
    void resolveAndOpen();
    static void requireRegularFiles(const QString &path, const QString &suffix);
    static void requireShapefileParts(const QString &src, const QString &path);
    void openFile(const QString &path);
    void openZip(const QString &path);
    QString datasetInZip(const QString &zip) const;
    static void requireCompleteShapefilesInZip(const QString &src, const QString &zip);
    void chooseLayer();
    QString layerFile(const char *suffix) const;
    void decideEncoding();
    void detectEncoding(const DbfHeader &dbf, const QString &label);
    void checkRecordCount(const DbfHeader &dbf, const QString &label) const;
    void reopenWithEncoding();
    void decideCrs();
    void checkShapefileParts();
};

GdalDatasetPtr OgrSource::Impl::openDataset(const QString &path, const QStringList &openOptions,
                                            QStringList *failures)
{
    GdalErrorScope scope;
    CPLStringList oo;
    for (const QString &o : openOptions)
        oo.AddString(o.toUtf8().constData());
    GDALDataset *d = GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                       oo.List(), nullptr);
    if (failures)
        *failures = scope.failures;
    return GdalDatasetPtr(d);
}

void OgrSource::Impl::requireCompleteShapefilesInZip(const QString &src, const QString &zip)
{
    QStringList entries;
    {
        GdalErrorScope scope; // GDAL's own complaints become this message, not raw "ERROR 4" lines
        char **list = VSIReadDirRecursive(zip.toUtf8().constData());
        for (char **p = list; p && *p; ++p)
            entries << QString::fromUtf8(*p);
        CSLDestroy(list);
    }
    if (entries.isEmpty())
        throw Error(QCoreApplication::translate(
                        "OgrSource",
                        "%1 holds no shapefile, GeoPackage or GeoJSON: no file "
                        "in it could be read (an empty, damaged or encrypted zip, or not a zip at "
                        "all); check it with your archive tool and import the .shp inside")
                        .arg(src));
    QSet<QString> lower;
    for (const QString &e : std::as_const(entries))
        lower.insert(e.toLower());
    for (const QString &e : std::as_const(entries)) {
        if (!e.toLower().endsWith(QLatin1String(".shp")))
            continue;
        const QString base = e.left(e.size() - 4);
        for (const char *ext : {"shx", "dbf"})
            if (!lower.contains((base + QLatin1Char('.') + QLatin1String(ext)).toLower()))
                throw Error(QCoreApplication::translate(
                                "OgrSource", "%2: %3 inside the zip has no .%1 beside it; a shapefile needs "
                                             "its .shp, .shx and .dbf together — zip all of them")
                                .arg(QLatin1String(ext), src, e));
    }
}

void OgrSource::Impl::resolveAndOpen()
{
    const QString src = options.source;
    const QFileInfo fi(src);
    if (!fi.exists())
        throw Error(QCoreApplication::translate("OgrSource", "file not found: %1").arg(src));
    const QString path = fi.absoluteFilePath();
    const QString suffix = fi.suffix().toLower();
    requireRegularFiles(path, suffix);
    if (suffix == QLatin1String("shp"))
        requireShapefileParts(src, path);
    if (suffix == QLatin1String("zip"))
        openZip(path);
    else
        openFile(path);
    driver = QString::fromUtf8(ds->GetDriverName());
}

// A pipe or device would block GDAL's open for ever (and /dev/zero never ends): regular files and
// folders (file geodatabases, shapefile folders) only — and the same for a shapefile's parts.
void OgrSource::Impl::requireRegularFiles(const QString &path, const QString &suffix)
{
    auto requireRegular = [&](const QString &file) {
        const QFileInfo part(file);
        if (part.exists() && !part.isFile() && !part.isDir())
            throw Error(QCoreApplication::translate(
                            "OgrSource", "%1 is not a regular file (a pipe, device or socket): copy "
                                         "the data into a file and import that")
                            .arg(file));
    };
    requireRegular(path);
    if (suffix == QLatin1String("shp"))
        for (const char *ext : {"shx", "dbf", "prj", "cpg"})
            requireRegular(siblingFile(path, QString::fromLatin1(ext)));
}

void OgrSource::Impl::requireShapefileParts(const QString &src, const QString &path)
{
    if (siblingFile(path, QStringLiteral("shx")).isEmpty())
        throw Error(QCoreApplication::translate(
                        "OgrSource", "%1: the .shx index file is missing; a shapefile needs its .shp, "
                                     ".shx and .dbf side by side (copy the .shx that came with it)")
                        .arg(src));
    if (siblingFile(path, QStringLiteral("dbf")).isEmpty())
        throw Error(QCoreApplication::translate(
                        "OgrSource", "%1: the .dbf attribute file is missing, so there are no parcel "
                                     "codes or names; copy the .dbf that came with the .shp")
                        .arg(src));
}

void OgrSource::Impl::openFile(const QString &path)
{
    dataset = path;
    QStringList failures;
    ds = openDataset(path, {}, &failures);
    if (!ds) {
        QString why = failures.join(QStringLiteral("; "));
        throw Error(
            QCoreApplication::translate("OgrSource",
                                        "%1 cannot be opened as vector data (%2): it must be a shapefile "
                                        "(.shp with .shx and .dbf), a .zip of one, a GeoPackage or GeoJSON")
                .arg(options.source, why.isEmpty() ? QStringLiteral("unknown format or damaged") : why));
    }
}

void OgrSource::Impl::openZip(const QString &path)
{
    const QString src = options.source;
    const QString zip = QStringLiteral("/vsizip/") + path;
    requireCompleteShapefilesInZip(src, zip);
    QStringList failures;
    ds = openDataset(zip, {}, &failures);
    if (ds && ds->GetLayerCount() > 0) {
        dataset = zip;
        return;
    }
    ds.reset();
    // The data may sit in a sub-folder of the zip.
    const QString target = datasetInZip(zip);
    dataset = target.isEmpty() ? zip : zip + QLatin1Char('/') + target;
    ds = openDataset(dataset, {}, &failures);
    if (!ds || ds->GetLayerCount() == 0)
        throw Error(QStringLiteral("%1: GDAL cannot read %2 inside the zip (%3)")
                        .arg(src, target, failures.join(QStringLiteral("; "))));
}

// The shapefile folder, GeoPackage or GeoJSON inside the zip to open ("" = the zip's root), chosen by
// --layer when there are several.
QString OgrSource::Impl::datasetInZip(const QString &zip) const
{
    const QString src = options.source;
    char **list = VSIReadDirRecursive(zip.toUtf8().constData());
    QStringList entries, candidates;
    for (char **p = list; p && *p; ++p) {
        const QString e = QString::fromUtf8(*p);
        entries << e;
        const QString lower = e.toLower();
        if (lower.endsWith(QLatin1String(".shp")) || lower.endsWith(QLatin1String(".gpkg")) ||
            lower.endsWith(QLatin1String(".geojson")) || lower.endsWith(QLatin1String(".json")))
            candidates << e;
    }
    CSLDestroy(list);
    if (candidates.isEmpty())
        throw Error(QCoreApplication::translate("OgrSource",
                                                "%1: the zip holds no shapefile, GeoPackage or GeoJSON "
                                                "(it contains: %2)")
                        .arg(src, entries.isEmpty() ? QStringLiteral("nothing")
                                                    : entries.mid(0, 10).join(QStringLiteral(", "))));
    // Shapefiles are opened by folder (several in one folder become layers); others by file.
    QStringList targets;
    for (const QString &c : candidates) {
        QString t = c;
        if (c.toLower().endsWith(QLatin1String(".shp"))) {
            const int slash = c.lastIndexOf(QLatin1Char('/'));
            t = slash < 0 ? QString() : c.left(slash);
        }
        if (!targets.contains(t))
            targets << t;
    }
    if (targets.size() == 1)
        return targets.first();
    if (options.layer.isEmpty())
        throw Error(QStringLiteral("%1 holds several datasets (%2): choose one with --layer NAME")
                        .arg(src, candidates.join(QStringLiteral(", "))));
    QString target;
    for (const QString &c : candidates)
        if (QFileInfo(c).completeBaseName().compare(options.layer, Qt::CaseInsensitive) == 0)
            target = c.toLower().endsWith(QLatin1String(".shp"))
                         ? c.left(qMax(0, int(c.lastIndexOf(QLatin1Char('/')))))
                         : c;
    if (target.isNull())
        throw Error(QStringLiteral("%1 has no layer \"%2\" (it holds: %3)")
                        .arg(src, options.layer, candidates.join(QStringLiteral(", "))));
    return target;
}

void OgrSource::Impl::chooseLayer()
{
    QList<OGRLayer *> spatial;
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        OGRLayer *l = ds->GetLayer(i);
        if (l->GetGeomType() != wkbNone) {
            spatial << l;
            layerNames << QString::fromUtf8(l->GetName());
        }
    }
    if (spatial.isEmpty())
        throw Error(QStringLiteral("%1 has no layer with geometry").arg(options.source));
    if (!options.layer.isEmpty()) {
        for (OGRLayer *l : spatial)
            if (QString::fromUtf8(l->GetName()).compare(options.layer, Qt::CaseInsensitive) == 0)
                layer = l;
        if (!layer)
            throw Error(QStringLiteral("%1 has no layer \"%2\"; its layers are: %3")
                            .arg(options.source, options.layer, layerNames.join(QStringLiteral(", "))));
    } else if (spatial.size() == 1 || options.firstLayerIfSeveral) {
        layer = spatial.first();
    } else {
        throw Error(QStringLiteral("%1 has %2 layers (%3): choose one with --layer NAME")
                        .arg(options.source)
                        .arg(spatial.size())
                        .arg(layerNames.join(QStringLiteral(", "))));
    }
    layerName = QString::fromUtf8(layer->GetName());
}

// The layer's part with that suffix among the dataset's files (the shapefile of the chosen layer), or "".
QString OgrSource::Impl::layerFile(const char *suffix) const
{
    QString found;
    char **files = ds->GetFileList();
    for (char **p = files; p && *p; ++p) {
        const QFileInfo f(QString::fromUtf8(*p));
        if (f.suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0 &&
            f.completeBaseName().compare(layerName, Qt::CaseInsensitive) == 0)
            found = QString::fromUtf8(*p);
    }
    CSLDestroy(files);
    return found;
}

void OgrSource::Impl::decideEncoding()
{
    if (driver != QLatin1String("ESRI Shapefile")) {
        encoding.encoding = QStringLiteral("UTF-8");
        encoding.reason = QCoreApplication::translate("OgrSource", "%1 stores text as UTF-8").arg(driver);
        if (!options.encoding.isEmpty())
            warnings << QStringLiteral("--encoding %1 ignored: %2 text is always UTF-8")
                            .arg(options.encoding, driver);
        return;
    }
    const QString dbf = layerFile("dbf");
    if (dbf.isEmpty())
        throw Error(QCoreApplication::translate(
                        "OgrSource", "%1: layer %2 has no .dbf attribute file, so there are no parcel codes "
                                     "or names; copy the .dbf that came with the .shp")
                        .arg(options.source, layerName));
    const QString label =
        dbf.startsWith(QLatin1String("/vsizip/"))
            ? options.source + QStringLiteral(" (") + QFileInfo(dbf).fileName() + QLatin1Char(')')
            : dbf;
    const DbfHeader header = DbfHeader::read(dbf); // once, for the detection and the record check
    detectEncoding(header, label);
    checkRecordCount(header, label);
    reopenWithEncoding();
}

void OgrSource::Impl::detectEncoding(const DbfHeader &dbf, const QString &label)
{
    try {
        encoding = EncodingDetector::detect(dbf, options.encoding, label);
    } catch (const Error &e) {
        if (!options.tolerateEncodingError)
            throw;
        encodingError = e.message();
        encoding.encoding.clear(); // reopened below with ENCODING="" → raw bytes
    }
    if (!encoding.warning.isEmpty())
        warnings << encoding.warning;
}

// Record counts of .shp and .dbf must agree, else attributes would land on the wrong shapes.
void OgrSource::Impl::checkRecordCount(const DbfHeader &dbf, const QString &label) const
{
    if (!dbf.readable)
        return;
    const qint64 records = dbf.records;
    const qint64 shapes = layer->GetFeatureCount(TRUE);
    if (records != shapes)
        throw Error(QCoreApplication::translate("OgrSource",
                                                "%1: the .dbf has %2 records but the .shp has %3 shapes; the "
                                                "files do not belong together or one of them is truncated")
                        .arg(label)
                        .arg(records)
                        .arg(shapes));
    const qint64 announced = dbf.headerSize + records * dbf.recordSize;
    if (announced > dbf.fileSize)
        throw Error(QCoreApplication::translate(
                        "OgrSource", "%1 is truncated: its header announces %2 records (%3 bytes) but "
                                     "the file has only %4 bytes")
                        .arg(label)
                        .arg(records)
                        .arg(announced)
                        .arg(dbf.fileSize));
}

// Reopens with the chosen encoding. For anything but UTF-8 we read the raw bytes (ENCODING="") and decode
// them with one reused iconv handle (TextDecoder); GDAL's own recoding opens iconv per value.
void OgrSource::Impl::reopenWithEncoding()
{
    QString gdalEncoding = encoding.encoding;
    const bool utf8 = gdalEncoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 ||
                      gdalEncoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
    if (!gdalEncoding.isEmpty() && !utf8) {
        decoder = std::make_unique<TextDecoder>(gdalEncoding);
        if (decoder->isValid())
            gdalEncoding.clear();
        else
            decoder.reset(); // iconv does not know the name: let GDAL try
    }
    QStringList failures;
    const QString layerWanted = layerName;
    layer = nullptr;
    ds = openDataset(dataset, {QStringLiteral("ENCODING=") + gdalEncoding}, &failures);
    if (!ds)
        throw Error(QStringLiteral("%1 cannot be reopened with encoding %2 (%3)")
                        .arg(options.source, encoding.encoding, failures.join(QStringLiteral("; "))));
    layer = ds->GetLayerByName(layerWanted.toUtf8().constData());
    if (!layer)
        throw Error(QStringLiteral("%1: layer %2 vanished on reopening").arg(options.source, layerWanted));
}

void OgrSource::Impl::checkShapefileParts()
{
    if (driver != QLatin1String("ESRI Shapefile"))
        return;
    const QString shp = layerFile("shp");
    if (shp.isEmpty())
        return;
    // The .shp header holds the file length (16-bit words, big-endian): a shorter file was cut off.
    VSILFILE *f = VSIFOpenL(shp.toUtf8().constData(), "rb");
    if (!f)
        return;
    unsigned char h[28] = {};
    const size_t got = VSIFReadL(h, 1, 28, f);
    VSIFSeekL(f, 0, SEEK_END);
    const qint64 size = qint64(VSIFTellL(f));
    VSIFCloseL(f);
    const qint64 announced =
        2 * ((qint64(h[24]) << 24) | (qint64(h[25]) << 16) | (qint64(h[26]) << 8) | h[27]);
    if (got < 28 || size < 100)
        throw Error(QCoreApplication::translate("OgrSource",
                                                "%1 is too short to be a shapefile (%2 bytes): it is damaged")
                        .arg(options.source)
                        .arg(size));
    if (announced > size)
        throw Error(QCoreApplication::translate(
                        "OgrSource", "%1 is truncated: its header announces %2 bytes but the file has only "
                                     "%3; copy the complete file again")
                        .arg(QFileInfo(shp).fileName())
                        .arg(announced)
                        .arg(size));
    if (announced < size)
        warnings << QStringLiteral("%1 has %2 bytes of junk after the last record (ignored)")
                        .arg(QFileInfo(shp).fileName())
                        .arg(size - announced);
}

void OgrSource::Impl::decideCrs()
{
    const OGRSpatialReference *srs = layer->GetSpatialRef();
    Crs fileCrs;
    QString fileProblem;
    if (srs) {
        char *wkt = nullptr;
        const char *opts[] = {"FORMAT=WKT2_2019", nullptr};
        srs->exportToWkt(&wkt, opts);
        try {
            fileCrs = Crs::fromUserInput(QString::fromUtf8(wkt));
        } catch (const Error &) {
            fileProblem = QStringLiteral("its coordinate system (%1) is not understood by PROJ")
                              .arg(QString::fromUtf8(srs->GetName()));
        }
        CPLFree(wkt);
    } else {
        fileProblem = driver == QLatin1String("ESRI Shapefile")
                          ? QStringLiteral("it has no .prj file (no coordinate "
                                           "system)")
                          : QStringLiteral("its layer has no coordinate system");
    }
    auto describe = [](const Crs &c) {
        return c.authId().isEmpty() ? c.name() : QStringLiteral("%1 (%2)").arg(c.authId(), c.name());
    };
    if (!options.crs.isEmpty()) {
        crs = Crs::fromUserInput(options.crs);
        crsReason = QCoreApplication::translate("OgrSource", "--crs %1 given").arg(options.crs);
        if (fileCrs.isValid() && !(fileCrs.epsg() != 0 && fileCrs.epsg() == crs.epsg()) &&
            fileCrs.name() != crs.name())
            warnings << QCoreApplication::translate("OgrSource", "--crs %1 overrides the file's own CRS %2")
                            .arg(options.crs, describe(fileCrs));
        if (!fileCrs.isValid() && crs.isGeographic() && driver == QLatin1String("ESRI Shapefile"))
            warnings << QCoreApplication::translate(
                "OgrSource",
                "the file has no .prj and longitude/latitude coordinates: if it came from a Chinese web map "
                "(AMap, Tencent, Baidu) it may be in GCJ-02/BD-09, offset by several hundred metres from "
                "CGCS2000/WGS 84 — check it against a known boundary");
    } else if (fileCrs.isValid()) {
        crs = fileCrs;
        crsReason = driver == QLatin1String("ESRI Shapefile")
                        ? QCoreApplication::translate("OgrSource", "from the .prj")
                        : QCoreApplication::translate("OgrSource", "from the layer");
    } else {
        crsProblem = fileProblem;
    }
}

OgrSource::OgrSource(const Options &options) : d(std::make_unique<Impl>())
{
    ensureGdalRegistered();
    d->options = options;
    d->resolveAndOpen();
    d->chooseLayer();
    d->decideEncoding();
    d->checkShapefileParts();
    d->decideCrs();
    d->defn = d->layer->GetLayerDefn();
    d->featureCount = d->layer->GetFeatureCount(TRUE);
    OGREnvelope env;
    if (d->layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
        d->extent.minX = env.MinX;
        d->extent.minY = env.MinY;
        d->extent.maxX = env.MaxX;
        d->extent.maxY = env.MaxY;
    }
    for (int i = 0; i < d->defn->GetFieldCount(); ++i) {
        const OGRFieldDefn *fd = d->defn->GetFieldDefn(i);
        const std::string rawName = d->decoder ? d->decoder->toUtf8(fd->GetNameRef()) : std::string();
        const char *utf8Name = d->decoder ? rawName.c_str() : fd->GetNameRef();
        const QString name = QString::fromUtf8(utf8Name);
        d->fieldNames << name;
        d->fieldTypes << fd->GetType();
        QByteArray key;
        appendJsonString(&key, utf8Name);
        key.append(':');
        d->jsonKeys << key;
    }
    d->decoded.resize(size_t(d->fieldTypes.size()));
    d->isDecoded.assign(size_t(d->fieldTypes.size()), 0);
}

OgrSource::~OgrSource()
{
    d->feature.reset();
}

const QString &OgrSource::dataset() const
{
    return d->dataset;
}
const QString &OgrSource::driver() const
{
    return d->driver;
}
const QString &OgrSource::layerName() const
{
    return d->layerName;
}
QStringList OgrSource::layerNames() const
{
    return d->layerNames;
}
QString OgrSource::geometryTypeName() const
{
    return typeName(d->layer->GetGeomType());
}
bool OgrSource::isPolygonLayer() const
{
    return isPolygonType(d->layer->GetGeomType());
}
bool OgrSource::isShapefile() const
{
    return d->driver == QLatin1String("ESRI Shapefile");
}
qint64 OgrSource::featureCount() const
{
    return d->featureCount;
}
Envelope OgrSource::extent() const
{
    return d->extent;
}
const EncodingDecision &OgrSource::encoding() const
{
    return d->encoding;
}
const QString &OgrSource::encodingError() const
{
    return d->encodingError;
}
const Crs &OgrSource::crs() const
{
    return d->crs;
}
const QString &OgrSource::crsReason() const
{
    return d->crsReason;
}
const QString &OgrSource::crsProblem() const
{
    return d->crsProblem;
}
const QStringList &OgrSource::warnings() const
{
    return d->warnings;
}

QString OgrSource::coordinatesLookLike() const
{
    const Envelope &e = d->extent;
    if (e.isNull())
        return {};
    if (std::abs(e.minX) <= 180 && std::abs(e.maxX) <= 180 && std::abs(e.minY) <= 90 &&
        std::abs(e.maxY) <= 90)
        return QStringLiteral("longitude/latitude degrees (e.g. EPSG:4490 CGCS2000 or EPSG:4326 WGS 84)");
    // Only eastings of a plausible size are turned into a zone number (±1e300 does not fit an int).
    const bool plausible = std::abs(e.minX) < 1e9 && std::abs(e.maxX) < 1e9;
    const int zoneMin = plausible ? int(std::floor(e.minX / 1e6)) : -1;
    const int zoneMax = plausible ? int(std::floor(e.maxX / 1e6)) : -2;
    if (zoneMin == zoneMax && zoneMin >= 25 && zoneMin <= 45 && e.minY >= 0 && e.maxY < 1e7)
        return QStringLiteral(
                   "3-degree Gauss-Krüger eastings with the zone prefix %1 (EPSG:%2, CGCS2000 / 3-degree "
                   "GK zone %1)")
            .arg(zoneMin)
            .arg(4513 + zoneMin - 25);
    if (e.minX >= 1e5 && e.maxX <= 9e5 && e.minY >= 0 && e.maxY < 1e7)
        return QStringLiteral(
            "Gauss-Krüger metres without a zone prefix (e.g. EPSG:4549, CGCS2000 / 3-degree GK CM "
            "120E, for Hangzhou)");
    return QStringLiteral("projected metres");
}

void OgrSource::requirePolygons() const
{
    const auto t = d->layer->GetGeomType();
    if (isPolygonType(t) || wkbFlatten(t) == wkbUnknown || wkbFlatten(t) == wkbGeometryCollection)
        return; // unknown/mixed layers are checked feature by feature
    throw Error(QCoreApplication::translate(
                    "OgrSource", "%1: layer \"%2\" holds %3 geometries, not polygons; only polygon layers "
                                 "can be imported as parcels or districts")
                    .arg(d->options.source, d->layerName, typeName(t)));
}

void OgrSource::requireCrs() const
{
    if (!d->crs.isValid())
        throw Error(QCoreApplication::translate(
                        "OgrSource",
                        "%1: %2; pass the source CRS with --crs, e.g. --crs EPSG:4490 "
                        "(CGCS2000 longitude/latitude) or --crs EPSG:4549 (CGCS2000 GK CM 120E). The "
                        "coordinates look like %3")
                        .arg(d->options.source, d->crsProblem, coordinatesLookLike()));
    const Envelope &e = d->extent;
    if (e.isNull())
        return;
    const QString looks = coordinatesLookLike();
    const bool lonLat = looks.startsWith(QLatin1String("longitude"));
    const QString name = d->crs.name();
    auto contradiction = [&](const QString &expected) {
        return Error(
            QCoreApplication::translate("OgrSource",
                                        "%1: the CRS is %2 (%3) but the coordinates (x %4 … %5, y %6 … "
                                        "%7) are not %8: they look like %9; pass the right --crs")
                .arg(d->options.source, d->crs.authId().isEmpty() ? name : d->crs.authId(), d->crsReason)
                .arg(e.minX, 0, 'f', 3)
                .arg(e.maxX, 0, 'f', 3)
                .arg(e.minY, 0, 'f', 3)
                .arg(e.maxY, 0, 'f', 3)
                .arg(expected, looks));
    };
    if (d->crs.isGeographic()) {
        if (!lonLat)
            throw contradiction(QStringLiteral("longitude/latitude degrees"));
        return;
    }
    if (lonLat)
        throw contradiction(QStringLiteral("projected coordinates in metres"));
    // Gauss-Krüger: zone CRSs carry the zone number in front of the easting, CM CRSs do not.
    const bool gk =
        name.contains(QLatin1String("Gauss-Kruger")) || name.contains(QLatin1String("Gauss-Krüger"));
    if (gk) {
        const bool zoneCrs = name.contains(QLatin1String(" zone "));
        const bool prefixed = looks.contains(QLatin1String("with the zone prefix"));
        if (zoneCrs && !prefixed)
            throw contradiction(QStringLiteral("eastings with a zone prefix"));
        if (!zoneCrs && prefixed)
            throw contradiction(QStringLiteral("eastings without a zone prefix"));
        if (zoneCrs && prefixed) {
            const int zone = int(std::floor(e.minX / 1e6));
            if (!name.contains(QStringLiteral("zone %1").arg(zone)))
                throw contradiction(QStringLiteral("in this zone"));
        }
    }
}

int OgrSource::fieldCount() const
{
    return int(d->fieldNames.size());
}
QString OgrSource::fieldName(int i) const
{
    return d->fieldNames.value(i);
}

QStringList OgrSource::fieldNames() const
{
    QStringList names;
    for (int i = 0; i < fieldCount(); ++i)
        names << fieldName(i);
    return names;
}

OgrSource::Options OgrSource::forImport(const ImportOptions &options)
{
    return {options.source, options.layer, options.encoding, options.crs};
}

ImportReport OgrSource::startImport(const ImportOptions &options, const GeoPackageCache &cache) const
{
    requirePolygons();
    requireCrs();
    ImportReport report;
    report.source = options.source;
    report.cachePath = cache.path();
    describeIn(report, cache.crs());
    return report;
}

void OgrSource::describeIn(ImportReport &report, const Crs &targetCrs) const
{
    report.dataset = dataset();
    report.layer = layerName();
    report.geometryType = geometryTypeName();
    report.encoding = encoding().encoding;
    report.encodingReason = encoding().reason;
    report.sourceCrs =
        crs().authId().isEmpty() ? crs().name() : QStringLiteral("%1 (%2)").arg(crs().authId(), crs().name());
    report.crsReason = crsReason();
    report.targetCrs = QStringLiteral("%1 (%2)").arg(targetCrs.authId(), targetCrs.name());
    report.warnings = warnings();
}
QString OgrSource::fieldTypeName(int i) const
{
    return QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(d->fieldTypes.value(i)));
}
bool OgrSource::fieldIsNumeric(int i) const
{
    const auto t = d->fieldTypes.value(i);
    return t == OFTInteger || t == OFTInteger64 || t == OFTReal;
}

int OgrSource::fieldIndex(const QString &name) const
{
    for (int i = 0; i < d->fieldNames.size(); ++i)
        if (d->fieldNames[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void OgrSource::rewind()
{
    d->feature.reset();
    d->layer->ResetReading();
}

bool OgrSource::next()
{
    GdalErrorScope scope;
    d->feature.reset(d->layer->GetNextFeature());
    std::fill(d->isDecoded.begin(), d->isDecoded.end(), 0);
    if (!scope.failures.isEmpty()) {
        const qint64 fid = d->feature ? d->feature->GetFID() : -1;
        throw Error(QCoreApplication::translate("OgrSource", "%1 is damaged or truncated near feature %2: %3")
                        .arg(d->options.source)
                        .arg(fid)
                        .arg(scope.failures.first()));
    }
    return bool(d->feature);
}

qint64 OgrSource::fid() const
{
    return d->feature->GetFID();
}
bool OgrSource::isNull(int field) const
{
    return !d->feature->IsFieldSetAndNotNull(field);
}
const char *OgrSource::Impl::fieldUtf8(int field)
{
    const char *raw = feature->GetFieldAsString(field);
    if (!decoder || fieldTypes[field] != OFTString)
        return raw;
    if (!isDecoded[size_t(field)]) {
        decoder->toUtf8(raw, std::strlen(raw), &decoded[size_t(field)]);
        isDecoded[size_t(field)] = 1;
    }
    return decoded[size_t(field)].c_str();
}

const char *OgrSource::utf8(int field) const
{
    return d->fieldUtf8(field);
}
QString OgrSource::text(int field) const
{
    if (isNull(field))
        return {};
    return QString::fromUtf8(d->fieldUtf8(field)).trimmed();
}

double OgrSource::number(int field, bool *ok) const
{
    if (isNull(field)) {
        *ok = true;
        return 0;
    }
    if (fieldIsNumeric(field)) {
        *ok = true;
        return d->feature->GetFieldAsDouble(field);
    }
    const QString t = text(field);
    if (t.isEmpty()) {
        *ok = true;
        return 0;
    }
    return t.toDouble(ok);
}

void OgrSource::attributesJson(QByteArray *out) const
{
    // Built in a reused buffer, then copied once at its exact size: the copies wait in the import's queue,
    // and a small exact block is much cheaper to allocate and free than a large reserve or regrowth.
    QByteArray &json = d->jsonScratch;
    json.resize(0);
    json.append('{');
    OGRFeature *f = d->feature.get();
    for (int i = 0; i < d->jsonKeys.size(); ++i) {
        if (i)
            json.append(',');
        json.append(d->jsonKeys[i]);
        if (!f->IsFieldSetAndNotNull(i)) {
            json.append("null", 4);
            continue;
        }
        switch (d->fieldTypes[i]) {
        case OFTInteger:
        case OFTInteger64: {
            char buf[24];
            const auto r = std::to_chars(buf, buf + sizeof buf, f->GetFieldAsInteger64(i));
            json.append(buf, int(r.ptr - buf));
            break;
        }
        case OFTReal:
            appendDouble(&json, f->GetFieldAsDouble(i));
            break;
        default:
            appendJsonString(&json, d->fieldUtf8(i));
        }
    }
    json.append('}');
    *out = QByteArray(json.constData(), json.size());
}

OgrSource::GeometryStatus OgrSource::geometry(PolygonGeometry *out, QString *problem) const
{
    out->coords.clear();
    out->ringOffsets.assign(1, 0);
    out->polygonOffsets.assign(1, 0);
    problem->clear();
    OGRGeometry *g = d->feature->GetGeometryRef();
    if (!g || g->IsEmpty())
        return GeometryStatus::Empty;
    std::unique_ptr<OGRGeometry> owned;
    auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbCurvePolygon || type == wkbMultiSurface) {
        owned.reset(g->getLinearGeometry());
        g = owned.get();
        type = wkbFlatten(g->getGeometryType());
    }
    if (type != wkbPolygon && type != wkbMultiPolygon)
        throw Error(QCoreApplication::translate(
                        "OgrSource", "%1: feature %2 of layer \"%3\" is a %4, not a polygon; only polygons "
                                     "can be imported")
                        .arg(d->options.source)
                        .arg(fid())
                        .arg(d->layerName, typeName(g->getGeometryType())));
    collectPolygons(g, out);
    if (out->isEmpty())
        return GeometryStatus::Empty;

    QString reason = quickProblem(*out);
    int verdict = reason.isEmpty() ? smallRingValidity(*out, &reason) : 0;
    if (verdict == 1)
        return GeometryStatus::Ok;
    // Either the quick check found a problem or cannot decide: ask GEOS.
    {
        GdalErrorScope quiet;
        if (g->IsValid())
            return GeometryStatus::Ok;
    }
    *problem = reason.isEmpty() ? QStringLiteral("invalid polygon (self-intersection or bad rings)") : reason;
    std::unique_ptr<OGRGeometry> fixed;
    {
        GdalErrorScope quiet;
        fixed.reset(g->MakeValid());
    }
    if (fixed) {
        PolygonGeometry repaired;
        collectPolygons(fixed.get(), &repaired);
        if (!repaired.isEmpty()) {
            *out = std::move(repaired);
            return GeometryStatus::Repaired;
        }
    }
    return GeometryStatus::InvalidKept;
}

} // namespace zhili
