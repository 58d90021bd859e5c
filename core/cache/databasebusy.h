#pragma once

#include "util/error.h"

namespace zhili {

/// Another connection holds the cache (SQLITE_BUSY/LOCKED, any extended code): a transient state, not a
/// damaged file. Callers that classify open failures let it through as it is, so people read "busy, try
/// again" instead of "not a GeoPackage".
class DatabaseBusy : public Error {
public:
    using Error::Error;
};

} // namespace zhili
