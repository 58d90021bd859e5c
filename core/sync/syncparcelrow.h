#pragma once

#include "model/parcel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>

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

/// A parcel as the server's binary COPY sent it, read without copies for clone's bulk load: the columns of
/// SyncParcelRow, text as UTF-8 views into the received message (a null view is SQL NULL) and the geometry as
/// WKB, valid during the visit only.
struct SyncParcelRowView {
    std::array<char, 36> uuid{}; ///< as text, 8-4-4-4-12 lower-case hex
    QByteArrayView code, name, district, landUse;
    double areaM2 = 0, areaMu = 0, areaHa = 0;
    QByteArrayView ecosystem, chain;
    double landMu = 0, energyTce = 0, financeWan = 0;
    QByteArrayView status, enterprise, notes, sourceAttrs, geomNote;
    qint64 revision = 1;
    int importGen = 1;
    qint64 changeSeq = 0;
    QByteArrayView updatedBy, updatedAt, wkb;

    QByteArrayView uuidText() const { return QByteArrayView(uuid.data(), qsizetype(uuid.size())); }
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
