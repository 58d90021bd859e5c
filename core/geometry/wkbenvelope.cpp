#include "geometry/wkbenvelope.h"

#include "util/error.h"

#include <QCoreApplication>
#include <cstring>

namespace zhili {

namespace {

class WkbReader {
public:
    WkbReader(const QByteArray &wkb, const QString &what) : m_data(wkb), m_what(what) {}

    void geometry(Envelope &env)
    {
        const bool little = byte() == 1;
        const quint32 type = uint32(little) % 1000; // ISO Z/M offsets are not expected, but tolerated in type
        if (type == 3) {
            polygon(env, little);
        } else if (type == 6) {
            const quint32 parts = uint32(little);
            for (quint32 i = 0; i < parts; ++i)
                geometry(env);
        } else {
            fail();
        }
    }
    bool atEnd() const { return m_pos == m_data.size(); }
    [[noreturn]] void fail() const
    {
        throw Error(QCoreApplication::translate("WkbEnvelope", "%1: the geometry is not a 2D polygon or "
                                                               "multipolygon in WKB (byte %2)")
                        .arg(m_what)
                        .arg(m_pos));
    }

private:
    void polygon(Envelope &env, bool little)
    {
        const quint32 rings = uint32(little);
        for (quint32 r = 0; r < rings; ++r) {
            const quint32 points = uint32(little);
            if (qint64(points) * 16 > m_data.size() - m_pos)
                fail();
            for (quint32 p = 0; p < points; ++p) {
                const double x = number(little);
                const double y = number(little);
                if (r == 0) // holes lie inside the shell
                    env.include(x, y);
            }
        }
    }
    quint8 byte()
    {
        need(1);
        return quint8(m_data[m_pos++]);
    }
    quint32 uint32(bool little)
    {
        need(4);
        quint32 v;
        std::memcpy(&v, m_data.constData() + m_pos, 4);
        m_pos += 4;
        return little ? v : __builtin_bswap32(v);
    }
    double number(bool little)
    {
        quint64 bits;
        std::memcpy(&bits, m_data.constData() + m_pos, 8);
        m_pos += 8;
        if (!little)
            bits = __builtin_bswap64(bits);
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    void need(int n) const
    {
        if (m_pos + n > m_data.size())
            fail();
    }

    const QByteArray &m_data;
    QString m_what;
    qsizetype m_pos = 0;
};

} // namespace

Envelope wkbEnvelope(const QByteArray &wkb, const QString &what)
{
    Envelope env;
    WkbReader reader(wkb, what);
    reader.geometry(env);
    if (!reader.atEnd())
        reader.fail();
    return env;
}

void appendEwkb(QByteArray &out, const unsigned char *wkb, int size, int srid)
{
    if (size < 5)
        return;
    const bool little = wkb[0] == 1;
    quint32 type;
    std::memcpy(&type, wkb + 1, 4);
    if (!little)
        type = __builtin_bswap32(type);
    type |= 0x20000000u; // has SRID
    quint32 s = quint32(srid);
    if (!little) {
        type = __builtin_bswap32(type);
        s = __builtin_bswap32(s);
    }
    out.append(char(wkb[0]));
    out.append(reinterpret_cast<const char *>(&type), 4);
    out.append(reinterpret_cast<const char *>(&s), 4);
    out.append(reinterpret_cast<const char *>(wkb + 5), size - 5);
}

QByteArray ewkbHex(const unsigned char *wkb, int size, int srid)
{
    QByteArray out;
    out.reserve(size + 4);
    appendEwkb(out, wkb, size, srid);
    return out.toHex().toUpper();
}

} // namespace zhili
