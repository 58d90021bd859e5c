#pragma once

namespace zhili {

/// Kind of a GDAL (CPLError) message.
enum class GdalMessageLevel { Debug, Warning, Failure };

/// Receives the GDAL messages that no scoped handler collects (the importer collects its own). GDAL may call
/// it from any thread.
using GdalMessageSink = void (*)(GdalMessageLevel level, int code, const char *message);

/// Routes GDAL's messages to sink instead of GDAL's default printer on stderr, process-wide; nullptr restores
/// GDAL's default. Debug messages only arrive with CPL_DEBUG=ON.
void setGdalMessageSink(GdalMessageSink sink);

} // namespace zhili
