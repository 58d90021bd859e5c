// libFuzzer target: the option parsers of `zhili-cli render` and `snapshot` and the map arithmetic the parsed
// values feed. The input is text, one option value per line:
//   size, extent, theme, layers, dpi, page, date, output file name
// Render: --size, --extent, --theme, --layers, --dpi as RenderCommand parses them, then MapSettings (widened
// extent, scale, pixel/map transforms) and the scale bar with its 1:N label, as a render/snapshot computes
// them. Snapshot: its --extent, --theme, --page, --date, output format and DPI checks.
// UsageError/zhili::Error are the expected refusals.
#include "cli/clicommand.h"
#include "cli/renderoptions.h"
#include "layout/pagepreset.h"
#include "layout/scalebar.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotlayout.h"
#include "render/mapsettings.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QDate>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace zhili;
using namespace zhili::cli;

namespace {

template <typename F> auto attempt(F f) -> std::optional<decltype(f())>
{
    try {
        return f();
    } catch (const UsageError &) {
    } catch (const Error &) {
    }
    return std::nullopt;
}

// --dpi as the commands read it: through QCommandLineParser and numberOption().
std::optional<double> dpiOption(const QString &text)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dpi"), QString(), QStringLiteral("N")});
    if (!parser.parse({QStringLiteral("zhili-cli"), QStringLiteral("--dpi=") + text}))
        return std::nullopt;
    return attempt([&] { return numberOption(parser, QStringLiteral("dpi")); });
}

void mapArithmetic(const Envelope &extent, QSize size, double dpi)
{
    MapSettings s(extent, size, dpi);
    s.widenToAspect();
    (void)s.isValid();
    (void)s.deviceSize();
    const double denominator = s.scaleDenominator();
    const QPointF corner = s.toPixel(extent.minX, extent.maxY);
    (void)s.toMap(corner);
    (void)s.toMap(QRectF(0, 0, size.width(), size.height()));
    (void)s.mapToPixel();
    // The scale bar and its 1:N label, as a snapshot sheet draws them for this extent.
    const double k = dpi / 25.4;
    const double metresPerMm = s.visibleExtent().width() / (size.width() / k);
    const ScaleBar bar(metresPerMm, std::min(size.width() / k * 0.3, 45.0));
    (void)bar.label();
    (void)bar.lengthMm();
    (void)ScaleBar::formatRatio(bar.denominator());
    (void)ScaleBar::formatRatio(denominator);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList f =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(QLatin1Char('\n'));
    const auto field = [&](int i) { return f.value(i); };

    // render
    const auto sz = attempt([&] { return renderoptions::parseSize(field(0)); });
    if (sz && (sz->width() < 1 || sz->height() < 1 || sz->width() > 20000 || sz->height() > 20000))
        abort();
    const auto extent = attempt([&] { return renderoptions::parseExtent(field(1)); });
    if (extent && !(extent->maxX > extent->minX && extent->maxY > extent->minY))
        abort();
    const auto fill = attempt([&] { return renderoptions::parseTheme(field(2)); });
    const auto layers =
        attempt([&] { return renderoptions::parseLayers(field(3), fill.value_or(LayerKind::Parcels)); });
    if (layers && layers->isEmpty())
        abort();
    const auto dpi = dpiOption(field(4));
    if (sz && extent && dpi && *dpi >= 10 && *dpi <= 2400)
        mapArithmetic(*extent, *sz, *dpi);

    // snapshot: --extent and --theme go through the same parsers as render's (above)
    (void)attempt([&] { return SnapshotLayout::fillLayerForTheme(field(2)); });
    const auto page = attempt([&] { return PagePreset::byId(field(5)); });
    (void)QDate::fromString(field(6).trimmed(), Qt::ISODate).isValid();
    (void)attempt([&] { return SnapshotExporter::formatForPath(field(7)); });
    if (dpi && attempt([&] {
            SnapshotExporter::checkDpi(*dpi);
            return true;
        }) &&
        extent && page) {
        mapArithmetic(*extent, QSize(1000, 700), *dpi);
    }
    return 0;
}
