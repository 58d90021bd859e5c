// The light zhili-cli (no GDAL, see app/CMakeLists.txt) has no raster reader: a basemap met on the way (a
// cache whose saved layers include one) hands the whole command to zhili-cli-full before anything is written.
#include "cli/light/handover.h"
#include "io/rasterreader.h"

namespace zhili {

QString RasterReader::defaultTileCacheDir()
{
    return QString();
}

RasterReader::RasterReader(const QString &, const QString &)
{
    throw cli::FullBuildNeeded();
}

RasterReader::~RasterReader() = default;

QByteArray RasterReader::readRgba(const Envelope &, int, int, int) const
{
    return QByteArray();
}

} // namespace zhili
