#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace zhili {

/// Converts shapefile text from one iconv encoding (GBK, CP936, GB18030, Big5 …) to UTF-8 with ONE iconv
/// handle reused for every value. GDAL's own recoding (the ENCODING open option) opens a new iconv handle
/// and zero-fills a 32 KiB buffer for every string field of every feature, which cost a fifth of the import
/// time. Undecodable bytes are skipped, as GDAL does, so the text is the same either way.
class TextDecoder {
public:
    /// An invalid decoder (isValid() false) when iconv does not know the encoding.
    explicit TextDecoder(const QString &encoding);
    ~TextDecoder();
    Q_DISABLE_COPY(TextDecoder)

    bool isValid() const;
    /// Decodes size bytes at raw into out (replacing its content).
    void toUtf8(const char *raw, size_t size, std::string *out);
    std::string toUtf8(const char *raw);

private:
    bool decodePairs(const char *raw, size_t size, std::string *out);
    void decodeWithIconv(const char *raw, size_t size, std::string *out);
    std::uint32_t pairUtf8(unsigned char lead, unsigned char trail);

    void *m_cd;
    /// For the double-byte Chinese and Korean code pages: the UTF-8 of each two-byte character, looked up
    /// with iconv the first time it is seen (0: not yet looked up; kNoPair: not a character on its own).
    std::vector<std::uint32_t> m_pairs;
    bool m_asciiPassesThrough =
        false; ///< the encoding keeps bytes below 0x80 as they are (all DBF code pages)
};

} // namespace zhili
