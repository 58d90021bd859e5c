#pragma once

#include "model/parcel.h"

#include <QJsonObject>

namespace zhili {

/// The parcel as `zhili-cli show --json` prints it; keys match the columns of the `parcels` layer.
QJsonObject parcelToJson(const Parcel &parcel);

} // namespace zhili
