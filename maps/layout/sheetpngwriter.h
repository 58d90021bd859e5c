#pragma once

#include <QByteArray>

class QImage;
class QIODevice;

namespace zhili {

/// Encodes an image as an 8-bit RGB or RGBA PNG with libpng directly: zlib level 1 and the Sub filter on
/// every row. Through QImageWriter, libpng tried all five filters on every row to pick one, which cost as
/// much as zlib itself on a 300-DPI sheet (and QImageWriter loaded every image-format plugin first); flat map
/// colours become runs of zeros under Sub, so the files stay about as small. The pixels are exactly the
/// image's, as QImageWriter would have written them; rows go to libpng straight from the image's memory
/// unless they need converting (a premultiplied pixel that is not opaque), one row at a time: no copy of the
/// whole image.
class SheetPngWriter {
public:
    struct Options {
        /// RGBA with the image's alpha (unpremultiplied); otherwise RGB, as the image converted to RGB32.
        bool keepAlpha = false;
        /// pHYs; 0 takes the image's own dots per metre (none written when those are 0 too).
        int dotsPerMeter = 0;
    };

    /// The opaque PNG bytes of `image` (any format; alpha dropped as by a conversion to RGB32); empty when
    /// libpng failed (out of memory).
    static QByteArray encode(const QImage &image);
    /// Writes the PNG of `image` (any format) to the open `device`; false when libpng failed (out of memory)
    /// or the device refused a write (its errorString() says why).
    static bool write(const QImage &image, QIODevice &device, const Options &options);
};

} // namespace zhili
