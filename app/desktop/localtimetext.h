#pragma once

#include <QString>

namespace zhili {

/// A stored UTC time (ISO 8601, as the audit log, the outbox and the server write it) as people read it:
/// local time "yyyy-MM-dd HH:mm:ss"; text that is not a time comes back as it is.
QString localTimeText(const QString &iso);

} // namespace zhili
