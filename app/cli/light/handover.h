#pragma once

#include <QStringList>

namespace zhili::cli {

/// Thrown inside the light zhili-cli (no GDAL, no libpq; see app/CMakeLists.txt) when a command turns out to
/// need GDAL (a basemap saved in the cache): main() then runs the same command line in zhili-cli-full. Only
/// thrown before the command has written anything.
struct FullBuildNeeded {};

/// Whether the command line needs the full build from the start: GIS files (GDAL), a --basemap, or the city
/// server (libpq). Reads the
/// raw argv (the command is the first argument that is not --lang and its value), so main() can ask before
/// it sets anything up that an exec would leave behind.
bool needsFullBuild(int argc, char **argv);
/// Replaces this process with zhili-cli-full beside it, same arguments; returns only when that fails.
void handOverToFullBuild(char **argv);

} // namespace zhili::cli
