#pragma once

#include "model/units.h"

#include <QJsonObject>
#include <QString>

namespace zhili {

/// What the bureau assigns to a parcel: its ecosystem and the land/energy/finance support it gets.
struct ParcelAssignment {
    QString ecosystem;     ///< ecosystem key (iot/bio/equip/mat/energy) or empty = unassigned
    QString chain;         ///< industrial chain (产业链) name
    double landMu = 0;     ///< 用地 in 亩
    double energyTce = 0;  ///< 用能 in tonnes of standard coal equivalent per year
    double financeWan = 0; ///< 金融 in 万元
    QString status;        ///< ParcelStatus key or empty
    QString enterprise;
    QString notes;

    bool operator==(const ParcelAssignment &) const = default;
};

/// One industrial land parcel as held in the cache.
struct Parcel {
    qint64 fid = 0;   ///< GeoPackage feature id (local; not stable across caches)
    QString uuid;     ///< stable id, the key for city-level sync
    QString code;     ///< 地块编号
    QString name;     ///< 地块名称
    QString district; ///< 行政区
    QString landUse;  ///< 用地性质 as in the source (e.g. M1, 0601, 100101)
    double areaM2 = 0;
    ParcelAssignment assignment;
    QJsonObject sourceAttributes; ///< every attribute of the imported feature, decoded
    QString geometryNote;         ///< e.g. "repaired" when MakeValid changed it
    qint64 revision = 0;          ///< bumped by every change; sync uses it
    QString updatedAt;            ///< ISO 8601 UTC

    double areaMu() const { return units::muFromSquareMetres(areaM2); }
    double areaHa() const { return units::hectaresFromSquareMetres(areaM2); }
};

} // namespace zhili
