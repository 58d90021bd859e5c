#pragma once

#include <QStringList>

namespace zhili::cli {

/// Thrown inside the light zhili-cli when a command turns out to need GDAL (a basemap): main() then runs the
/// same command line in zhili-cli-gdal. Only thrown before the command has written anything.
struct GdalHandover {};

/// Whether the command line needs GDAL from the start (reading or writing GIS files, or a basemap). Reads the
/// raw argv (the command is the first argument that is not --lang and its value), so main() can ask before
/// it sets anything up that an exec would leave behind.
bool needsGdal(int argc, char **argv);
/// Replaces this process with zhili-cli-gdal beside it, same arguments; returns only when that fails.
void handOverToGdal(char **argv);

} // namespace zhili::cli
