#pragma once

#include <QByteArray>

class QImage;

namespace zhili {

/// Encodes an opaque sheet image as an 8-bit RGB PNG with libpng directly: zlib level 1 and the Sub filter on
/// every row. Through QImageWriter, libpng tried all five filters on every row to pick one, which cost as
/// much as zlib itself on a 300-DPI sheet; flat map colours become runs of zeros under Sub, so the files stay
/// about as small. The pixels are exactly the image's; its dots per metre go into pHYs.
class SheetPngWriter {
public:
    /// The PNG bytes of `image` (any format; converted to RGB32 first when needed); empty when libpng failed
    /// (out of memory).
    static QByteArray encode(const QImage &image);
};

} // namespace zhili
