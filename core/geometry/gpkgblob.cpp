#include "geometry/gpkgblob.h"

#include "util/error.h"

#include <QtEndian>
#include <cstring>

namespace zhili {

namespace {
double readDouble(const unsigned char *p, bool le)
{
    const quint64 v = le ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
    double d;
    std::memcpy(&d, &v, 8);
    return d;
}
} // namespace

GpkgBlob GpkgBlob::parse(const unsigned char *data, int size)
{
    if (!data || size < 8 || data[0] != 'G' || data[1] != 'P')
        throw Error(QStringLiteral("not a GeoPackage geometry blob"));
    const quint8 flags = data[3];
    const bool le = flags & 1;
    const int envType = (flags >> 1) & 7;
    static const int envSizes[] = {0, 32, 48, 48, 64};
    if (envType > 4)
        throw Error(QStringLiteral("GeoPackage blob has an invalid envelope type %1").arg(envType));
    const int headerSize = 8 + envSizes[envType];
    if (size < headerSize)
        throw Error(QStringLiteral("truncated GeoPackage geometry blob"));
    GpkgBlob b;
    b.srsId = int(le ? qFromLittleEndian<qint32>(data + 4) : qFromBigEndian<qint32>(data + 4));
    b.empty = flags & 0x10;
    if (envType > 0) {
        b.hasEnvelope = true;
        // Envelope order is minx, maxx, miny, maxy.
        b.envelope.minX = readDouble(data + 8, le);
        b.envelope.maxX = readDouble(data + 16, le);
        b.envelope.minY = readDouble(data + 24, le);
        b.envelope.maxY = readDouble(data + 32, le);
    }
    b.wkb = data + headerSize;
    b.wkbSize = size - headerSize;
    return b;
}

QByteArray GpkgBlob::encode(int srsId, const Envelope &envelope, const QByteArray &wkb)
{
    const bool empty = envelope.isNull();
    QByteArray out;
    out.resize(empty ? 8 : 40);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    p[0] = 'G';
    p[1] = 'P';
    p[2] = 0;                                 // version 1
    p[3] = quint8(1 | (empty ? 0x10 : 0x02)); // little endian; XY envelope unless empty
    qToLittleEndian<qint32>(srsId, p + 4);
    if (!empty) {
        const double env[4] = {envelope.minX, envelope.maxX, envelope.minY, envelope.maxY};
        for (int i = 0; i < 4; ++i) {
            quint64 v;
            std::memcpy(&v, &env[i], 8);
            qToLittleEndian(v, p + 8 + 8 * i);
        }
    }
    out.append(wkb);
    return out;
}

} // namespace zhili
