#include "cli/renderoptions.h"

#include "layout/snapshotlayout.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include "cli/clicommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace zhili::cli::renderoptions {

namespace {
constexpr int kMaxSide = 20000;
constexpr qint64 kMaxPixels = 200'000'000;
} // namespace

QSize parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        throw UsageError(
            QCoreApplication::translate("RenderOptions", "--size \"%1\" must be WIDTHxHEIGHT, e.g. 1920x1080")
                .arg(text));
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 1 || h < 1 || w > kMaxSide || h > kMaxSide || qint64(w) * h > kMaxPixels)
        throw UsageError(
            QCoreApplication::translate(
                "RenderOptions", "--size %1x%2 is out of range: each side 1–%3 px and at most %4 megapixels")
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
            QCoreApplication::translate(
                "RenderOptions", "--extent \"%1\" needs four numbers x1,y1,x2,y2 in the cache CRS (metres)")
                .arg(text));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            throw UsageError(QCoreApplication::translate("RenderOptions", "--extent: \"%1\" is not a number")
                                 .arg(parts[i]));
    }
    if (!(v[2] > v[0]) || !(v[3] > v[1]))
        throw UsageError(QCoreApplication::translate(
                             "RenderOptions", "--extent %1 is empty or inverted: need x1 < x2 and y1 < y2")
                             .arg(text));
    Envelope e;
    e.minX = v[0];
    e.minY = v[1];
    e.maxX = v[2];
    e.maxY = v[3];
    return e;
}

LayerKind parseTheme(const QString &text)
{
    // The snapshot's parser, so both commands accept and name the same themes; a bad value is a usage error.
    try {
        return SnapshotLayout::fillLayerForTheme(text);
    } catch (const Error &e) {
        throw UsageError(QCoreApplication::translate("RenderOptions", "--theme: %1").arg(e.message()));
    }
}

QSet<LayerKind> parseLayers(const QString &list, LayerKind fill)
{
    QSet<LayerKind> shown;
    for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = raw.trimmed().toLower();
        LayerKind k;
        static const QStringList allowed = {QStringLiteral("districts"), QStringLiteral("parcels"),
                                            QStringLiteral("land"),      QStringLiteral("energy"),
                                            QStringLiteral("finance"),   QStringLiteral("labels")};
        if (!allowed.contains(key) || !layerKindFromKey(key, &k))
            throw UsageError(
                QCoreApplication::translate("RenderOptions", "--layers: unknown layer \"%1\"; use %2")
                    .arg(raw.trimmed(), allowed.join(QLatin1Char(','))));
        // "parcels" is the parcel fill in the chosen theme.
        shown.insert(k == LayerKind::Parcels ? fill : k);
    }
    if (shown.isEmpty())
        throw UsageError(QCoreApplication::translate("RenderOptions", "--layers is empty"));
    return shown;
}

// --chain, --ecosystem and --enterprise of render, snapshot and chain-map; their help is in the RenderOptions
// context.
const OptionSpec kChainOptions[] = {
    {"chain", "NAME",
     QT_TRANSLATE_NOOP("RenderOptions", "Industrial chain to draw: its parcels by stage (needs "
                                        "--ecosystem).")},
    {"ecosystem", "E", QT_TRANSLATE_NOOP("RenderOptions", "Ecosystem of the chain (key or name).")},
    {"enterprise", "NAME",
     QT_TRANSLATE_NOOP("RenderOptions", "Draw flow lines from its nearest suppliers and to its nearest "
                                        "customers on the chain.")},
};

void addChainOptions(QCommandLineParser &parser)
{
    addOptions(parser, "RenderOptions", kChainOptions);
}

std::optional<ChainRequest> parseChain(const QCommandLineParser &parser, bool required)
{
    if (!parser.isSet(QStringLiteral("chain"))) {
        if (required)
            throw UsageError(QCoreApplication::translate("RenderOptions", "--chain NAME is required"));
        for (const char *option : {"ecosystem", "enterprise"})
            if (parser.isSet(QLatin1String(option)))
                throw UsageError(QCoreApplication::translate("RenderOptions", "--%1 needs --chain NAME")
                                     .arg(QLatin1String(option)));
        return std::nullopt;
    }
    ChainRequest r;
    r.chain = parser.value(QStringLiteral("chain")).trimmed();
    if (r.chain.isEmpty())
        throw UsageError(QCoreApplication::translate("RenderOptions", "--chain is empty: name a chain"));
    if (!parser.isSet(QStringLiteral("ecosystem")))
        throw UsageError(QCoreApplication::translate("RenderOptions",
                                                     "--chain %1 needs --ecosystem: the chain's ecosystem")
                             .arg(r.chain));
    const QString given = parser.value(QStringLiteral("ecosystem")).trimmed();
    const std::optional<QString> key = ecosystemKeyFor(given);
    // A value outside the fixed list is a wrong command line (exit 2), as in chain-gaps and chains list.
    if (!key)
        throw UsageError(
            QCoreApplication::translate("RenderOptions",
                                        "unknown ecosystem \"%1\"; use iot/bio/equip/mat/energy or their "
                                        "Chinese names")
                .arg(given));
    r.ecosystem = *key;
    r.enterprise = parser.value(QStringLiteral("enterprise")).trimmed();
    return r;
}

} // namespace zhili::cli::renderoptions
