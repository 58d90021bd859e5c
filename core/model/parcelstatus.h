#pragma once

#include <QList>
#include <QString>

namespace zhili {

/// Development status of a parcel, including the low-efficiency (低效用地) kinds worth flagging.
struct ParcelStatus {
    QString key;    ///< stored value, e.g. "production"
    QString nameZh; ///< 已投产
    QString nameEn; ///< In production
    bool lowEfficiency = false;
};

/// All statuses in display order; the empty key means "not set".
const QList<ParcelStatus> &parcelStatuses();

/// The status with this key or Chinese/English name; nullptr if unknown.
const ParcelStatus *findParcelStatus(const QString &keyOrName);

} // namespace zhili
