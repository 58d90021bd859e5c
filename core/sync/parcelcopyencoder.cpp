#include "sync/parcelcopyencoder.h"

#include "geometry/wkbenvelope.h"
#include "util/error.h"

#include <QCoreApplication>
#include <cstring>

namespace zhili::ParcelCopyEncoder {

namespace {

// The fields of copyColumns(), in its order.
constexpr int kFields = 20;

// Writes one tuple into a buffer sized for it beforehand (no per-field growth checks).
class TupleWriter {
public:
    explicit TupleWriter(char *at) : m_p(at) {}
    char *end() const { return m_p; }

    void bigEndian(quint64 v, int bytes)
    {
        for (int i = bytes - 1; i >= 0; --i, v >>= 8)
            m_p[i] = char(v & 0xff);
        m_p += bytes;
    }
    void null() { bigEndian(0xffffffffu, 4); }
    void bytes(const char *data, qsizetype n)
    {
        bigEndian(quint32(n), 4);
        std::memcpy(m_p, data, size_t(n));
        m_p += n;
    }
    // COPY text semantics: an empty value is NULL unless `keepEmpty` (code, district: only NULL is NULL).
    void text(QByteArrayView v, bool keepEmpty = false)
    {
        if (v.isNull() || (v.isEmpty() && !keepEmpty))
            null();
        else
            bytes(v.data(), v.size());
    }
    void float8(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        bigEndian(8, 4);
        bigEndian(bits, 8);
    }
    void uuid(const SyncParcelRowView &p)
    {
        bigEndian(16, 4);
        int at = 0;
        for (int i = 0; i < 16; ++i) {
            if (at == 8 || at == 13 || at == 18 || at == 23)
                ++at;
            const int hi = hexValue(p.uuid[at++]);
            const int lo = hexValue(p.uuid[at++]);
            if (hi < 0 || lo < 0)
                throw Error(QCoreApplication::translate(
                                "ParcelCopyEncoder", "parcel %1 of %2 has an invalid uuid (%3): it cannot be "
                                                     "published")
                                .arg(QString::fromUtf8(p.code), QString::fromUtf8(p.district),
                                     QString::fromLatin1(p.uuidText())));
            *m_p++ = char((hi << 4) | lo);
        }
    }

private:
    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    char *m_p;
};

qsizetype textBytes(const SyncParcelRowView &p)
{
    return p.code.size() + p.name.size() + p.district.size() + p.landUse.size() + p.ecosystem.size() +
           p.chain.size() + p.status.size() + p.enterprise.size() + p.notes.size() + p.sourceAttrs.size() +
           p.geomNote.size();
}

void appendLength(QByteArray &out, qsizetype n)
{
    const quint32 v = quint32(n);
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(bytes, 4);
}

// The geometry field: EWKB with `srid`; NULL when there is none.
void appendGeometry(QByteArray &out, QByteArrayView wkb, int srid)
{
    if (wkb.isEmpty()) {
        out.append("\377\377\377\377", 4);
    } else if (wkb.size() < 5) { // not WKB: the server refuses it, as it refused its text form
        appendLength(out, wkb.size());
        out.append(wkb.data(), wkb.size());
    } else {
        appendLength(out, wkb.size() + 4);
        appendEwkb(out, reinterpret_cast<const unsigned char *>(wkb.data()), int(wkb.size()), srid);
    }
}

} // namespace

void appendHeader(QByteArray &out)
{
    out.append("PGCOPY\n\377\r\n\0", 11);
    out.append(8, '\0'); // flags, header extension length
}

void appendRow(QByteArray &out, const SyncParcelRowView &p, int srid)
{
    // Field count, a length per field, the uuid, six doubles, the revision, the texts and the EWKB.
    const qsizetype most = 2 + kFields * 4 + 16 + 6 * 8 + 8 + textBytes(p) + p.wkb.size() + 4;
    const qsizetype start = out.size();
    out.resize(start + most);
    TupleWriter w(out.data() + start);
    w.bigEndian(kFields, 2);
    w.uuid(p);
    w.text(p.code, true);
    w.text(p.name);
    w.text(p.district, true);
    w.text(p.landUse);
    w.float8(p.areaM2);
    w.float8(p.areaMu);
    w.float8(p.areaHa);
    w.text(p.ecosystem);
    w.text(p.chain);
    w.float8(p.landMu);
    w.float8(p.energyTce);
    w.float8(p.financeWan);
    w.text(p.status);
    w.text(p.enterprise);
    w.text(p.notes);
    w.text(p.sourceAttrs);
    w.text(p.geomNote);
    w.bigEndian(8, 4);
    w.bigEndian(quint64(p.revision), 8);
    out.resize(w.end() - out.constData());
    appendGeometry(out, p.wkb, srid);
}

void appendTrailer(QByteArray &out)
{
    out.append("\377\377", 2);
}

} // namespace zhili::ParcelCopyEncoder
