#pragma once

#include "model/parcel.h"

#include <QJsonObject>
#include <QJsonValue>

namespace zhili {

struct EditRecord;

/// The JSON a cache and the city server exchange for assignments (zhili.push_edit, zhili.sync_row): every
/// one of the eight fields is always present, empty texts are null, numbers are JSON numbers — so that the
/// server's three-way comparison of base, mine and theirs never mistakes "" for null or 1 for "1".
namespace SyncPayload {

QJsonObject assignment(const ParcelAssignment &a);
ParcelAssignment assignmentFrom(const QJsonObject &json);
/// One local edit as pushed: {"action", "parcels": [{uuid, code, district, before, after}]}.
QJsonObject editBody(const EditRecord &record);
/// A JSON value as people read it in a conflict list ("" for null, numbers without trailing zeros, "shape of
/// N m²" for the shapes of a re-import's conflict).
QString displayText(const QJsonValue &value);

} // namespace SyncPayload

} // namespace zhili
