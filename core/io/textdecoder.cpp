#include "io/textdecoder.h"

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace zhili {

namespace {
iconv_t handle(void *cd)
{
    return static_cast<iconv_t>(cd);
}
} // namespace

TextDecoder::TextDecoder(const QString &encoding)
    : m_cd(static_cast<void *>(iconv_open("UTF-8", encoding.toLatin1().constData())))
{
}

TextDecoder::~TextDecoder()
{
    if (isValid())
        iconv_close(handle(m_cd));
}

bool TextDecoder::isValid() const
{
    return handle(m_cd) != reinterpret_cast<iconv_t>(-1);
}

void TextDecoder::toUtf8(const char *raw, size_t size, std::string *out)
{
    out->clear();
    if (size == 0)
        return;
    iconv(handle(m_cd), nullptr, nullptr, nullptr, nullptr); // reset the shift state
    out->resize(size * 2 + 8);
    char *in = const_cast<char *>(raw);
    size_t inLeft = size;
    size_t written = 0;
    while (inLeft > 0) {
        char *dst = out->data() + written;
        size_t dstLeft = out->size() - written;
        const size_t rc = iconv(handle(m_cd), &in, &inLeft, &dst, &dstLeft);
        written = size_t(dst - out->data());
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG) {
            out->resize(out->size() * 2);
        } else if (errno == EILSEQ) {
            // Like GDAL's CPLRecodeIconv: skip the byte that cannot be decoded and go on.
            ++in;
            --inLeft;
        } else {
            break; // EINVAL: an incomplete sequence at the end, dropped as GDAL does
        }
    }
    out->resize(written);
}

std::string TextDecoder::toUtf8(const char *raw)
{
    std::string s;
    toUtf8(raw, std::strlen(raw), &s);
    return s;
}

} // namespace zhili
