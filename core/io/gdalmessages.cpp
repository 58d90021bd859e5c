#include "io/gdalmessages.h"

#include <atomic>
#include <cpl_error.h>

namespace zhili {

namespace {

std::atomic<GdalMessageSink> g_sink{nullptr};

void CPL_STDCALL forward(CPLErr cls, CPLErrorNum code, const char *message)
{
    const GdalMessageSink sink = g_sink.load();
    if (!sink || cls == CE_None)
        return;
    const GdalMessageLevel level = cls == CE_Debug     ? GdalMessageLevel::Debug
                                   : cls == CE_Warning ? GdalMessageLevel::Warning
                                                       : GdalMessageLevel::Failure;
    sink(level, code, message);
}

} // namespace

void setGdalMessageSink(GdalMessageSink sink)
{
    g_sink.store(sink);
    CPLSetErrorHandler(sink ? &forward : nullptr);
}

} // namespace zhili
