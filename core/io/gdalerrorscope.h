#pragma once

#include <cpl_error.h>

#include <QString>
#include <QStringList>

namespace zhili {

/// Collects GDAL errors for the scope's lifetime (per thread) instead of letting GDAL print them
/// (internal to core/io: the only place with GDAL).
class GdalErrorScope {
public:
    GdalErrorScope()
    {
        CPLErrorReset();
        CPLPushErrorHandlerEx(&GdalErrorScope::handler, this);
    }
    ~GdalErrorScope() { CPLPopErrorHandler(); }
    QStringList failures;
    QStringList warnings;
    void clear()
    {
        failures.clear();
        warnings.clear();
    }

private:
    static void CPL_STDCALL handler(CPLErr cls, CPLErrorNum, const char *msg)
    {
        auto *self = static_cast<GdalErrorScope *>(CPLGetErrorHandlerUserData());
        if (!self)
            return;
        if (cls >= CE_Failure)
            self->failures << QString::fromUtf8(msg);
        else if (cls == CE_Warning && self->warnings.size() < 20)
            self->warnings << QString::fromUtf8(msg);
    }
};

} // namespace zhili
