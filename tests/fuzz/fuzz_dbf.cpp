// libFuzzer target: the encoding detector's own .dbf reader (header, field descriptors, character values) and
// the policy that decides between UTF-8, GBK/GB18030 and the declared code page. The input is
//   [1 byte: flags][if flags & 1: .cpg text up to the first '\n'][the .dbf bytes]
// and the files go to GDAL's /vsimem/, the same VSI layer the importer reads shapefiles and zips through.
// zhili::Error (damaged file, contradicting bytes, unknown encoding) is the expected refusal.
#include "io/encodingdetector.h"
#include "util/error.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace zhili;

namespace {
void putFile(const char *path, const uint8_t *data, size_t size)
{
    VSIUnlink(path);
    // Copied: GDAL owns (and frees) the buffer.
    auto *copy = static_cast<GByte *>(CPLMalloc(size ? size : 1));
    if (size)
        std::memcpy(copy, data, size);
    VSILFILE *f = VSIFileFromMemBuffer(path, copy, vsi_l_offset(size), TRUE);
    if (!f)
        abort();
    VSIFCloseL(f);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    ++data;
    --size;
    static const char *dbf = "/vsimem/fuzz/parcels.dbf";
    static const char *cpg = "/vsimem/fuzz/parcels.cpg";
    VSIUnlink(cpg);
    if (flags & 1) {
        const auto *nl = static_cast<const uint8_t *>(std::memchr(data, '\n', size));
        const size_t n = nl ? size_t(nl - data) : size;
        putFile(cpg, data, n);
        data += nl ? n + 1 : n;
        size -= nl ? n + 1 : n;
    }
    putFile(dbf, data, size);

    const QString path = QString::fromLatin1(dbf);
    const EncodingDeclaration decl = EncodingDetector::declaration(path);
    QList<RawText> texts;
    try {
        texts = EncodingDetector::rawTexts(path, (flags & 2) ? 5 : -1);
    } catch (const Error &) {
        return 0;
    }
    // The user may override the encoding; a few real choices and a bad one.
    static const char *const overrides[] = {
        "", "", "GBK", "UTF-8", "ISO-8859-1", "Big5", "no-such-encoding", "936"};
    const QString override = QString::fromLatin1(overrides[(flags >> 2) & 7]);
    try {
        const EncodingDecision d =
            EncodingDetector::decide(decl, texts, override, QStringLiteral("fuzz.dbf"));
        if (d.encoding.isEmpty() || d.reason.isEmpty())
            abort();
        for (const RawText &t : texts)
            (void)EncodingDetector::decode(t.bytes, d.encoding);
    } catch (const Error &) {
    }
    try {
        (void)EncodingDetector::detect(path, override, QStringLiteral("fuzz.dbf"));
    } catch (const Error &) {
    }
    return 0;
}
