#include "layers/basemaplayer.h"

#include "cache/geopackagecache.h"
#include "io/basemapsource.h"
#include "io/rasterreader.h"
#include "render/layerrenderer.h"
#include "render/scenedata.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDebug>
#include <QPainter>

namespace zhili {

namespace {

class BasemapRenderer : public PainterLayerRenderer {
public:
    BasemapRenderer(std::shared_ptr<RasterReader> reader, int mapEpsg)
        : m_reader(std::move(reader)), m_epsg(mapEpsg)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override
    {
        if (!m_reader)
            return;
        const MapSettings &set = ctx.settings;
        const QSize ds = set.deviceSize();
        QByteArray rgba;
        try {
            rgba = m_reader->readRgba(set.visibleExtent(), ds.width(), ds.height(), m_epsg);
        } catch (const Error &e) {
            // An unreachable tile server must not stop the parcels from drawing over the empty basemap.
            qWarning().noquote() << e.message();
            return;
        }
        if (rgba.size() != qsizetype(ds.width()) * ds.height() * 4)
            return;
        QImage img(reinterpret_cast<const uchar *>(rgba.constData()), ds.width(), ds.height(), ds.width() * 4,
                   QImage::Format_RGBA8888);
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(set.outputSize())),
                    img.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

private:
    std::shared_ptr<RasterReader> m_reader;
    int m_epsg = 0; ///< the map's CRS (the cache's); 0 = the raster's own
};

} // namespace

bool BasemapLayer::hasData(const SceneData &) const
{
    return bool(m_reader);
}

std::shared_ptr<LayerRenderer> BasemapLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<BasemapRenderer>(m_reader, data.cache ? data.cache->srsId() : 0);
}

QString BasemapLayer::attribution() const
{
    return BasemapSource{style.rasterPath, style.attribution, style.gcj02}.effectiveAttribution();
}

void BasemapLayer::styleChanged(const LayerStyle &old)
{
    if (old.rasterPath == style.rasterPath)
        return;
    // Opened before the old reader is dropped: a source that cannot be read leaves the layer as it was.
    m_reader = style.rasterPath.isEmpty() ? nullptr : std::make_shared<RasterReader>(style.rasterPath);
}

void BasemapLayer::styleReplaced()
{
    m_reader.reset();
    if (style.rasterPath.isEmpty())
        return;
    try {
        m_reader = std::make_shared<RasterReader>(style.rasterPath);
    } catch (const Error &) {
        // A moved GeoTIFF or an unreachable tile service must not stop the map from opening.
    }
}

QString BasemapLayer::displayName() const
{
    return QCoreApplication::translate("BasemapLayer", "Basemap");
}

} // namespace zhili
