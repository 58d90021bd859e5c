#pragma once

#include "geometry/envelope.h"
#include "layers/layerstyle.h"

#include <QSet>
#include <QSize>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace zhili::cli {

/// The map option parsers of `zhili-cli render` and `zhili-cli snapshot` (--size, --extent, --theme,
/// --layers): one parser and one set of messages for both commands, apart from them so tests and fuzzers
/// reach them. Each throws cli::UsageError with one sentence naming the option and the value.
namespace renderoptions {

/// --size "WxH": each side 1–20000 px, at most 200 megapixels.
QSize parseSize(const QString &text);
/// --extent "x1,y1,x2,y2": four finite numbers with x1 < x2 and y1 < y2.
Envelope parseExtent(const QString &text);
/// --theme: ecosystem, land, energy or finance (any case) → the parcel fill layer.
LayerKind parseTheme(const QString &text);
/// --layers "districts,parcels,…": the layers shown; "parcels" stands for `fill`. Never empty.
QSet<LayerKind> parseLayers(const QString &list, LayerKind fill);

/// The chain `render`, `snapshot` and `chain-map` draw: --ecosystem E --chain X [--enterprise NAME].
struct ChainRequest {
    QString ecosystem; ///< key
    QString chain;
    QString enterprise; ///< whose flow lines to draw; empty = none
};
/// Adds --chain, --ecosystem and --enterprise to a command's options.
void addChainOptions(QCommandLineParser &parser);
/// The chain asked for; nullopt without --chain unless `required`. --enterprise or --ecosystem without
/// --chain, and --chain without --ecosystem, are usage errors; an unknown ecosystem is a zhili::Error.
std::optional<ChainRequest> parseChain(const QCommandLineParser &parser, bool required = false);

} // namespace renderoptions

} // namespace zhili::cli
