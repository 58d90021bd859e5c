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

// A looked-up pair: up to three UTF-8 bytes (every two-byte character is in the BMP) and the count in
// the top byte.
constexpr std::uint32_t kNoPair = 0xFFFFFFFFu;

// Code pages in which every byte from 0x81 up starts a two-byte character with no shift state, so text
// decodes pair by pair exactly as iconv decodes it whole. (Shift-JIS has single-byte katakana there,
// EUC-JP three-byte characters, EUC-KR single bytes from 0x80, Big5-HKSCS characters that combine: those
// always go through iconv.)
bool isPairCodePage(const QString &encoding)
{
    static const char *const kPairCodePages[] = {"GBK",  "CP936", "GB18030", "GB2312", "EUC-CN",
                                                 "BIG5", "CP950", "CP949",   "UHC"};
    const QByteArray e = encoding.trimmed().toUpper().toLatin1();
    for (const char *name : kPairCodePages)
        if (e == name)
            return true;
    return false;
}

bool isPlainAscii(char c)
{
    return c >= 0x20 && c < 0x7E;
}
} // namespace

TextDecoder::TextDecoder(const QString &encoding)
    : m_cd(static_cast<void *>(iconv_open("UTF-8", encoding.toLatin1().constData())))
{
    // Codes, numbers stored as text and Latin names are plain ASCII in every code page a DBF uses: such
    // values skip iconv (most of the import's decoding time). Checked, not assumed, for the encoding given.
    // Control bytes and '~' still go through iconv: the 7-bit encodings (ISO-2022, HZ) switch with them.
    if (isValid()) {
        std::string probe;
        static const char kAscii[] = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
                                     "abcdefghijklmnopqrstuvwxyz{|}";
        toUtf8(kAscii, sizeof kAscii - 1, &probe);
        m_asciiPassesThrough = probe == kAscii;
        // Chinese text is most of a Chinese DBF's bytes, and iconv spends about a thousand instructions on
        // each value: a table of the characters met so far decodes them for a few each.
        if (m_asciiPassesThrough && isPairCodePage(encoding))
            m_pairs.assign(65536, 0);
    }
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
    if (m_asciiPassesThrough) {
        bool ascii = true;
        for (size_t i = 0; i < size && ascii; ++i)
            ascii = isPlainAscii(raw[i]);
        if (ascii) {
            out->assign(raw, size);
            return;
        }
    }
    if (!m_pairs.empty() && decodePairs(raw, size, out))
        return;
    decodeWithIconv(raw, size, out);
}

bool TextDecoder::decodePairs(const char *raw, size_t size, std::string *out)
{
    out->resize(size + size / 2); // ASCII stays one byte, a pair becomes at most three
    char *o = out->data();
    size_t i = 0;
    while (i < size) {
        if (isPlainAscii(raw[i])) {
            *o++ = raw[i++];
            continue;
        }
        // Anything but a known pair (control bytes, '~', a lone or four-byte GB18030 sequence, a byte iconv
        // skips) sends the whole value to iconv, which then decides as it always did.
        const auto lead = static_cast<unsigned char>(raw[i]);
        if (lead < 0x81 || lead == 0xFF || i + 1 >= size || static_cast<unsigned char>(raw[i + 1]) < 0x40)
            break;
        const std::uint32_t utf8 = pairUtf8(lead, static_cast<unsigned char>(raw[i + 1]));
        if (utf8 == kNoPair)
            break;
        *o++ = char(utf8 & 0xFF);
        *o++ = char((utf8 >> 8) & 0xFF);
        if (utf8 >> 24 == 3)
            *o++ = char((utf8 >> 16) & 0xFF);
        i += 2;
    }
    if (i == size) {
        out->resize(size_t(o - out->data()));
        return true;
    }
    out->clear();
    return false;
}

std::uint32_t TextDecoder::pairUtf8(unsigned char lead, unsigned char trail)
{
    std::uint32_t &slot = m_pairs[size_t(lead) << 8 | trail];
    if (slot != 0)
        return slot;
    const char in[2] = {char(lead), char(trail)};
    std::string utf8;
    decodeWithIconv(in, 2, &utf8);
    // One non-ASCII character (two or three UTF-8 bytes), or the pair is not a character on its own.
    const bool one = utf8.size() >= 2 && utf8.size() <= 3 &&
                     QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).size() == 1;
    slot = kNoPair;
    if (one) {
        slot = std::uint32_t(utf8.size()) << 24;
        for (size_t k = 0; k < utf8.size(); ++k)
            slot |= std::uint32_t(static_cast<unsigned char>(utf8[k])) << (8 * k);
    }
    return slot;
}

void TextDecoder::decodeWithIconv(const char *raw, size_t size, std::string *out)
{
    out->clear();
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
