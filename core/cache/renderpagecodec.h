#pragma once

#include "cache/renderpage.h"
#include "geometry/envelope.h"

#include <QByteArray>
#include <QByteArrayView>

namespace zhili {

/// The bytes of one page of the persisted render store. Coordinates are integers in kStep (1 cm) steps from
/// the page's lower-left corner, each point delta-encoded from the previous one as a zigzag varint, so a
/// vertex takes 2–4 bytes instead of 8; fids are delta-encoded the same way. Attributes follow each parcel's
/// rings (ecosystem, district index, the non-zero ones of land/energy/finance/area as float32, code and
/// enterprise as UTF-8).
class RenderPageCodec {
public:
    /// The quantisation step, map units: decoded vertices are within half of it of the encoded ones.
    static constexpr double kStep = 0.01;
    /// Whether decode() copies the codes and enterprise names. Only labels read them; skipping them (every
    /// text then empty) saves copying a third of a page's bytes.
    enum class Texts { Read, Skip };

    struct Encoded {
        QByteArray data;
        Envelope box; ///< of the page's parcels, map units
    };
    /// Encodes parcels [from, to) of `parcels`, whose coordinates are relative to (originX, originY).
    static Encoded encode(const RenderPage &parcels, int from, int to, double originX, double originY);
    /// Appends the parcels of `data` to `out`, coordinates relative to (originX, originY) and boxes computed
    /// from them. False when the bytes are truncated or damaged (`out` is then incomplete: discard it).
    static bool decode(QByteArrayView data, double originX, double originY, RenderPage &out,
                       Texts texts = Texts::Read);
};

} // namespace zhili
