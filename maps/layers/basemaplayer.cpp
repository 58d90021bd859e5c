#include "layers/basemaplayer.h"

#include "io/rasterreader.h"
#include "render/layerrenderer.h"
#include "render/scenedata.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QPainter>

namespace zhili {

namespace {

class BasemapRenderer : public PainterLayerRenderer {
public:
    explicit BasemapRenderer(std::shared_ptr<RasterReader> reader) : m_reader(std::move(reader)) {}

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override
    {
        if (!m_reader)
            return;
        const MapSettings &set = ctx.settings;
        const QSize ds = set.deviceSize();
        const QByteArray rgba = m_reader->readRgba(set.visibleExtent(), ds.width(), ds.height());
        if (rgba.size() != qsizetype(ds.width()) * ds.height() * 4)
            return;
        QImage img(reinterpret_cast<const uchar *>(rgba.constData()), ds.width(), ds.height(), ds.width() * 4,
                   QImage::Format_RGBA8888);
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(set.outputSize())),
                    img.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

private:
    std::shared_ptr<RasterReader> m_reader;
};

} // namespace

bool BasemapLayer::hasData(const SceneData &) const
{
    return bool(m_reader);
}

std::shared_ptr<LayerRenderer> BasemapLayer::prepare(const SceneData &, const MapSettings &) const
{
    return std::make_shared<BasemapRenderer>(m_reader);
}

void BasemapLayer::styleChanged(const LayerStyle &old)
{
    if (old.rasterPath == style.rasterPath)
        return;
    m_reader.reset();
    if (!style.rasterPath.isEmpty())
        m_reader = std::make_shared<RasterReader>(style.rasterPath);
}

void BasemapLayer::styleReplaced()
{
    m_reader.reset();
    if (style.rasterPath.isEmpty())
        return;
    try {
        m_reader = std::make_shared<RasterReader>(style.rasterPath);
    } catch (const Error &) {
        // A moved GeoTIFF must not stop the map from opening.
    }
}

QString BasemapLayer::displayName() const
{
    return QCoreApplication::translate("BasemapLayer", "Basemap (GeoTIFF)");
}

} // namespace zhili
