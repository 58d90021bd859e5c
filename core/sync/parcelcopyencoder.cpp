#include "sync/parcelcopyencoder.h"

#include "geometry/wkbenvelope.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QUuid>
#include <cstring>

namespace zhili::ParcelCopyEncoder {

namespace {

// The fields of copyColumns(), in its order.
constexpr quint16 kFields = 20;

void appendBigEndian(QByteArray &out, quint64 v, int bytes)
{
    char buf[8];
    for (int i = bytes - 1; i >= 0; --i, v >>= 8)
        buf[i] = char(v & 0xff);
    out.append(buf, bytes);
}

void appendNull(QByteArray &out)
{
    appendBigEndian(out, 0xffffffffu, 4);
}

// A field of `n` bytes: its length, then the bytes the caller appends.
void appendLength(QByteArray &out, qsizetype n)
{
    appendBigEndian(out, quint32(n), 4);
}

void appendText(QByteArray &out, const QString &value, bool nullWhenEmpty = true)
{
    if (value.isEmpty() && (nullWhenEmpty || value.isNull())) {
        appendNull(out);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    appendLength(out, utf8.size());
    out.append(utf8);
}

void appendFloat8(QByteArray &out, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, 8);
    appendLength(out, 8);
    appendBigEndian(out, bits, 8);
}

void appendUuid(QByteArray &out, const SyncParcelRow &p)
{
    const QUuid uuid = QUuid::fromString(p.uuid);
    if (uuid.isNull() && p.uuid != QLatin1String("00000000-0000-0000-0000-000000000000"))
        throw Error(
            QCoreApplication::translate("ParcelCopyEncoder",
                                        "parcel %1 of %2 has an invalid uuid (%3): it cannot be published")
                .arg(p.code, p.district, p.uuid));
    appendLength(out, 16);
    out.append(uuid.toRfc4122());
}

} // namespace

void appendHeader(QByteArray &out)
{
    out.append("PGCOPY\n\377\r\n\0", 11);
    appendBigEndian(out, 0, 4); // flags
    appendBigEndian(out, 0, 4); // header extension length
}

void appendRow(QByteArray &out, const SyncParcelRow &p, int srid)
{
    const ParcelAssignment &a = p.assignment;
    appendBigEndian(out, kFields, 2);
    appendUuid(out, p);
    appendText(out, p.code, false);
    appendText(out, p.name);
    appendText(out, p.district, false);
    appendText(out, p.landUse);
    appendFloat8(out, p.areaM2);
    appendFloat8(out, p.areaMu);
    appendFloat8(out, p.areaHa);
    appendText(out, a.ecosystem);
    appendText(out, a.chain);
    appendFloat8(out, a.landMu);
    appendFloat8(out, a.energyTce);
    appendFloat8(out, a.financeWan);
    appendText(out, a.status);
    appendText(out, a.enterprise);
    appendText(out, a.notes);
    appendText(out, p.sourceAttrs);
    appendText(out, p.geomNote);
    appendLength(out, 8);
    appendBigEndian(out, quint64(p.revision), 8);
    if (p.wkb.isEmpty()) {
        appendNull(out);
        return;
    }
    if (p.wkb.size() < 5) { // not WKB: the server refuses it, as it refused its text form
        appendLength(out, p.wkb.size());
        out.append(p.wkb);
        return;
    }
    appendLength(out, p.wkb.size() + 4);
    appendEwkb(out, reinterpret_cast<const unsigned char *>(p.wkb.constData()), int(p.wkb.size()), srid);
}

void appendTrailer(QByteArray &out)
{
    appendBigEndian(out, 0xffff, 2);
}

} // namespace zhili::ParcelCopyEncoder
