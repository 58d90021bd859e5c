#pragma once

#include "model/parcel.h"

#include <QByteArray>
#include <QString>

namespace zhili {

/// A parcel as it travels between a cache and the city server: every column of `parcels`, the geometry as
/// WKB (empty when it did not travel), and the server's bookkeeping.
struct SyncParcelRow {
    QString uuid;
    QString code;
    QString name;
    QString district;
    QString landUse;
    double areaM2 = 0;
    double areaMu = 0;
    double areaHa = 0;
    ParcelAssignment assignment;
    QString sourceAttrs; ///< JSON text as stored
    QString geomNote;
    qint64 revision = 1;
    int importGen = 1;
    qint64 changeSeq = 0;
    QString updatedAt; ///< ISO 8601 UTC
    QString updatedBy;
    QByteArray wkb;
};

/// A district outline as it travels (the `districts` table).
struct SyncDistrictRow {
    QString uuid;
    QString name;
    QString adcode;
    QString boundarySource;
    qint64 revision = 1;
    QString updatedAt;
    QByteArray wkb;
};

} // namespace zhili
