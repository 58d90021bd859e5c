#include "cli/rendercommand.h"

#include "cache/districtboundaryquery.h"
#include "cache/geopackagecache.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <cmath>

namespace zhili::cli {

namespace {

constexpr int kMaxSide = 20000;
constexpr qint64 kMaxPixels = 200'000'000;

QSize parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        throw UsageError(
            QStringLiteral("--size \"%1\" 格式错误 / must be WIDTHxHEIGHT, e.g. 1920x1080").arg(text));
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 1 || h < 1 || w > kMaxSide || h > kMaxSide || qint64(w) * h > kMaxPixels)
        throw UsageError(
            QStringLiteral("--size %1x%2 超出范围 / is out of range: each side 1–%3 px and at most %4 "
                           "megapixels")
                .arg(w)
                .arg(h)
                .arg(kMaxSide)
                .arg(kMaxPixels / 1000000));
    return QSize(w, h);
}

Envelope parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        throw UsageError(
            QStringLiteral(
                "--extent \"%1\" 需要四个数 / needs four numbers x1,y1,x2,y2 in the cache CRS (metres)")
                .arg(text));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            throw UsageError(QStringLiteral("--extent: \"%1\" 不是数字 / is not a number").arg(parts[i]));
    }
    if (!(v[2] > v[0]) || !(v[3] > v[1]))
        throw UsageError(
            QStringLiteral("--extent %1 为空或颠倒 / is empty or inverted: need x1 < x2 and y1 < y2")
                .arg(text));
    Envelope e;
    e.minX = v[0];
    e.minY = v[1];
    e.maxX = v[2];
    e.maxY = v[3];
    return e;
}

} // namespace

void RenderCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("cache"), QStringLiteral("Cache file (.gpkg)."), QStringLiteral("CACHE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output image (.png)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Image size in pixels (default 1920x1080)."),
                      QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("dpi"),
                      QStringLiteral("Resolution for line widths and labels (default 96)."),
                      QStringLiteral("N"), QStringLiteral("96")});
    parser.addOption(
        {QStringLiteral("extent"),
         QStringLiteral("Map extent in cache-CRS metres; widened symmetrically to the image's aspect "
                        "ratio when it differs."),
         QStringLiteral("x1,y1,x2,y2")});
    parser.addOption(
        {QStringLiteral("district"), QStringLiteral("Frame one district (行政区)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("layers"),
                      QStringLiteral("Comma-separated layers: districts,parcels,land,energy,finance,labels "
                                     "(default districts,parcels,labels)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("theme"),
                      QStringLiteral("Parcel colours: ecosystem (default), land, energy or finance."),
                      QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("transparent"), QStringLiteral("Leave the background transparent.")});
    addForceOption(parser);
}

int RenderCommand::run(QCommandLineParser &parser)
{
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString outPath = requiredOption(parser, QStringLiteral("out"));
    const QSize size = parseSize(parser.value(QStringLiteral("size")));
    const double dpi = numberOption(parser, QStringLiteral("dpi"));
    if (dpi < 10 || dpi > 2400)
        throw UsageError(QStringLiteral("--dpi %1 超出范围 / must be between 10 and 2400").arg(dpi));
    if (parser.isSet(QStringLiteral("extent")) && parser.isSet(QStringLiteral("district")))
        throw UsageError(
            QStringLiteral("--extent 与 --district 只能选一个 / give either --extent or --district"));

    const QString suffix = QFileInfo(outPath).suffix().toLower();
    // The map is written as PNG only: a .jpg name would otherwise get PNG bytes, or lossy colours.
    if (suffix != QLatin1String("png"))
        throw UsageError(
            QStringLiteral("--out \"%1\": 只能写 PNG / render writes PNG images only: name the file .png")
                .arg(outPath));
    checkOutput(parser, outPath, cachePath);

    // Theme and layers, checked before the (slow) load.
    LayerKind fill = LayerKind::Parcels;
    if (parser.isSet(QStringLiteral("theme"))) {
        const QString t = parser.value(QStringLiteral("theme")).trimmed().toLower();
        if (t == QLatin1String("ecosystem"))
            fill = LayerKind::Parcels;
        else if (t == QLatin1String("land"))
            fill = LayerKind::LandTheme;
        else if (t == QLatin1String("energy"))
            fill = LayerKind::EnergyTheme;
        else if (t == QLatin1String("finance"))
            fill = LayerKind::FinanceTheme;
        else
            throw UsageError(
                QStringLiteral("--theme \"%1\" 未知 / unknown: use ecosystem, land, energy or finance")
                    .arg(parser.value(QStringLiteral("theme"))));
    }
    QSet<LayerKind> shown;
    const QString layerList = parser.isSet(QStringLiteral("layers"))
                                  ? parser.value(QStringLiteral("layers"))
                                  : QStringLiteral("districts,parcels,labels");
    for (const QString &raw : layerList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = raw.trimmed().toLower();
        LayerKind k;
        static const QStringList allowed = {QStringLiteral("districts"), QStringLiteral("parcels"),
                                            QStringLiteral("land"),      QStringLiteral("energy"),
                                            QStringLiteral("finance"),   QStringLiteral("labels")};
        if (!allowed.contains(key) || !layerKindFromKey(key, &k))
            throw UsageError(QStringLiteral("--layers: 未知图层 \"%1\" / unknown layer; use %2")
                                 .arg(raw.trimmed(), allowed.join(QLatin1Char(','))));
        // "parcels" is the parcel fill in the chosen theme.
        shown.insert(k == LayerKind::Parcels ? fill : k);
    }
    if (shown.isEmpty())
        throw UsageError(QStringLiteral("--layers 为空 / is empty"));

    QElapsedTimer timer;
    timer.start();
    auto cache = GeoPackageCache::open(cachePath, true);

    // The extent is known before loading for --extent and --district: then only the parcels in view are read
    // (through the GeoPackage R-tree), which keeps a small render of a 1M-parcel cache fast.
    Envelope extent;
    bool regional = true;
    if (parser.isSet(QStringLiteral("extent"))) {
        extent = parseExtent(parser.value(QStringLiteral("extent")));
    } else if (parser.isSet(QStringLiteral("district"))) {
        const QString name = parser.value(QStringLiteral("district")).trimmed();
        extent = cache->districtExtent(name);
        extent.include(DistrictBoundaryQuery::boundaryBox(cache->db(), name));
        if (extent.isNull()) {
            QStringList names = cache->districtNames();
            throw Error(QStringLiteral("未知行政区 \"%1\" / unknown district; the cache has: %2")
                            .arg(name, names.join(QStringLiteral(", "))));
        }
        const double pad = std::max(extent.width(), extent.height()) * 0.03;
        extent.minX -= pad;
        extent.maxX += pad;
        extent.minY -= pad;
        extent.maxY += pad;
    } else {
        regional = false;
    }

    MapScene scene;
    if (regional) {
        // Widened view plus a margin, so parcels just outside still draw their edge and labels near it.
        Envelope region = MapSettings::widenedToAspect(extent, size);
        const double margin = std::max(region.width(), region.height()) * 0.05;
        region.minX -= margin;
        region.maxX += margin;
        region.minY -= margin;
        region.maxY += margin;
        scene.loadRegion(*cache, region);
    } else {
        scene.load(*cache);
        extent = scene.fullExtent();
        if (extent.isNull())
            throw Error(
                QStringLiteral("缓存中没有地块 / the cache %1 has no parcels to render; import some first")
                    .arg(cachePath));
        const double pad = std::max(extent.width(), extent.height()) * 0.02;
        extent.minX -= pad;
        extent.maxX += pad;
        extent.minY -= pad;
        extent.maxY += pad;
    }
    for (const MapLayer &l : scene.layers()) {
        LayerStyle s = l.style;
        s.visible = shown.contains(l.kind);
        if (l.kind == LayerKind::Labels)
            s.maxScale = 0; // asked for explicitly: label whatever fits
        scene.setLayerStyle(l.kind, s);
    }
    MapSettings settings(extent, size, dpi);
    if (parser.isSet(QStringLiteral("transparent")))
        settings.setBackground(Qt::transparent);
    const Envelope asked = settings.extent();
    if (settings.widenToAspect() && parser.isSet(QStringLiteral("extent"))) {
        const Envelope &e = settings.extent();
        err() << QStringLiteral(
                     "zhili-cli render: --extent 的宽高比与图像不同，已对称扩展 / the extent's aspect ratio "
                     "differs from the image's; widened symmetrically from %1,%2,%3,%4 to %5,%6,%7,%8\n")
                     .arg(asked.minX, 0, 'f', 3)
                     .arg(asked.minY, 0, 'f', 3)
                     .arg(asked.maxX, 0, 'f', 3)
                     .arg(asked.maxY, 0, 'f', 3)
                     .arg(e.minX, 0, 'f', 3)
                     .arg(e.minY, 0, 'f', 3)
                     .arg(e.maxX, 0, 'f', 3)
                     .arg(e.maxY, 0, 'f', 3);
        err().flush();
    }

    QImage image = RenderJob::renderImage(scene, settings);
    if (image.isNull())
        throw Error(QStringLiteral("渲染失败 / rendering failed (out of memory for %1x%2?)")
                        .arg(size.width())
                        .arg(size.height()));
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    if (settings.background().alpha() == 255)
        image = image.convertToFormat(QImage::Format_RGB32);

    // QSaveFile writes a temporary file beside the target and renames it on commit: no partial file.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral(
                        "无法写入 / cannot write \"%1\": %2. Check that the folder exists and is writable.")
                        .arg(outPath, file.errorString()));
    QImageWriter writer(&file, suffix.toLatin1());
    if (!writer.write(image)) {
        file.cancelWriting();
        throw Error(
            QStringLiteral("写图像失败 / writing \"%1\" failed: %2").arg(outPath, writer.errorString()));
    }
    if (!file.commit())
        throw Error(QStringLiteral("无法保存 / cannot save \"%1\": %2").arg(outPath, file.errorString()));
    out() << QStringLiteral("%1: %2×%3 px, scale 1:%4, extent %5,%6,%7,%8, %9 parcels, %10 ms\n")
                 .arg(outPath)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(QLocale::c().toString(std::round(settings.scaleDenominator()), 'f', 0))
                 .arg(settings.extent().minX, 0, 'f', 2)
                 .arg(settings.extent().minY, 0, 'f', 2)
                 .arg(settings.extent().maxX, 0, 'f', 2)
                 .arg(settings.extent().maxY, 0, 'f', 2)
                 .arg(cache->parcelCount())
                 .arg(timer.elapsed());
    return Ok;
}

} // namespace zhili::cli
