#include "io/gcj02warning.h"

#include "crs/crs.h"
#include "io/basemapsource.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

namespace {

QString crsLabel(int epsg)
{
    if (epsg <= 0)
        return QCoreApplication::translate("Gcj02Warning", "an unknown CRS");
    try {
        return QStringLiteral("EPSG:%1 (%2)").arg(epsg).arg(Crs::fromEpsg(epsg).name());
    } catch (const Error &) {
        return QStringLiteral("EPSG:%1").arg(epsg);
    }
}

} // namespace

QString Gcj02Warning::message(const BasemapSource &source, int parcelEpsg)
{
    // Every datum in the EPSG registry (CGCS2000, WGS 84, Xi'an 1980 …) differs from GCJ-02, which has no
    // EPSG code: any parcel CRS gets the warning.
    if (!source.isGcj02())
        return QString();
    return QCoreApplication::translate(
               "Gcj02Warning",
               "The basemap is in GCJ-02 (the shifted coordinates of Chinese web maps such as AutoNavi "
               "(Amap) and Tencent) "
               "while the parcels are in %1: the basemap will appear offset from the parcels by up to "
               "several "
               "hundred metres. Do not digitise or check boundaries against it; use a basemap in CGCS2000 or "
               "WGS84 (Tianditu, OpenStreetMap, or your own GeoTIFF) instead.")
        .arg(crsLabel(parcelEpsg));
}

} // namespace zhili
