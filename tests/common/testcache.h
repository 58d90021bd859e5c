#pragma once

// Small hand-made caches for edit/permission/batch tests (and anyone else's): each parcel is a rectangle
// whose area is known by hand, so tests can compare against width × height instead of our own code.
#include "cache/geopackagecache.h"
#include "model/parcel.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

namespace zhili::test {

/// One parcel to put in a test cache: a width × height metre rectangle with its lower-left corner at (x, y)
/// in EPSG:4549, and its assignment.
struct TestParcel {
    QString code;
    QString district;
    double width = 100; ///< metres; area = width × height m²
    double height = 100;
    ParcelAssignment assignment;
    QString name;
    QString landUse = QStringLiteral("M1");
    double x = 0; ///< 0 = placed automatically on a row, 50 m apart
    double y = 0;
    QString sourceAttrs; ///< JSON of the source attributes; empty = {"DKBH": code}
};

/// A standard set: XH-001, XH-002 (西湖区), BJ-001 (滨江区), XS-001 (萧山区), and code "DUP-1" in both
/// 西湖区 and 萧山区. XH-001 is 200 × 150 m = 30000 m² = 45 亩, assigned to bio with chain "创新药",
/// land 40 亩, energy 1200 tce, finance 5000 万元, status construction, enterprise "杭州某药业"; the others
/// are 100 × 100 m (15 亩) and unassigned.
QList<TestParcel> standardTestParcels();

/// A 100 × 100 m parcel of `district` (15 亩), assigned to `ecosystem` ("" = unassigned) with these
/// resources.
TestParcel assignedParcel(const char *code, const char *district, const char *ecosystem, double landMu,
                          double energyTce = 0, double financeWan = 0);
/// An unassigned width × height m parcel of `district`.
TestParcel sizedParcel(const char *code, const char *district, double width, double height);

/// Creates a cache at `path` (must not exist) holding `parcels`, plus a `districts` row per district (its
/// parcels' bounding box). Returns the open cache.
std::unique_ptr<GeoPackageCache> makeTestCache(const QString &path,
                                               const QList<TestParcel> &parcels = standardTestParcels());

/// A GeoJSON Polygon: the d × d square with its lower-left corner at (x, y), in full precision.
QString squareGeoJson(double x, double y, double d);

/// A GeoJSON FeatureCollection: per feature its properties (JSON members without braces) and geometry (JSON).
QByteArray featureCollection(const QList<QPair<QString, QString>> &features);

/// SHA-256 (hex) over every row and column of `table` in rowid order: compare before/after to prove that
/// nothing changed.
QByteArray tableHash(SqliteDatabase &db, const QString &table);
/// The same for the cache at `cachePath`, opened read-only for the call.
QByteArray tableHash(const QString &cachePath, const QString &table);

/// Number of rows in zhili_audit (optionally only accepted = 1 or 0).
qint64 auditRowCount(SqliteDatabase &db, int accepted = -1);

/// The one number `sql` selects (a count, a sum …).
qint64 scalarOf(GeoPackageCache &cache, const QString &sql);

/// fid of the parcel with this code (and district when given); -1 when missing.
qint64 testParcelFid(GeoPackageCache &cache, const QString &code, const QString &district = QString());

} // namespace zhili::test
