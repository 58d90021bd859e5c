#include "cli/gdalmessageprinter.h"

#include "io/gdalmessages.h"

#include <QLoggingCategory>
#include <cstdio>

namespace zhili::cli {

namespace {

Q_LOGGING_CATEGORY(lcGdal, "zhili.gdal", QtCriticalMsg)

// GDAL may call this from worker threads: one fprintf per message, no shared stream.
void gdalMessage(GdalMessageLevel level, int code, const char *message)
{
    switch (level) {
    case GdalMessageLevel::Debug: // only reached with CPL_DEBUG=ON
        std::fprintf(stderr, "zhili-cli: GDAL: %s\n", message);
        break;
    case GdalMessageLevel::Warning:
        if (lcGdal().isWarningEnabled())
            std::fprintf(stderr, "zhili-cli: GDAL warning %d: %s\n", code, message);
        break;
    case GdalMessageLevel::Failure:
        std::fprintf(stderr, "zhili-cli: GDAL error %d: %s\n", code, message);
        break;
    }
}

} // namespace

GdalMessagePrinter::GdalMessagePrinter()
{
    setGdalMessageSink(gdalMessage);
}

GdalMessagePrinter::~GdalMessagePrinter()
{
    setGdalMessageSink(nullptr);
}

} // namespace zhili::cli
