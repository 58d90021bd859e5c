#include "sync/serverparcelrows.h"

#include "sync/pgresult.h"
#include "util/error.h"

#include <QCoreApplication>
#include <cstring>

namespace zhili::ServerParcelRows {

namespace {

const char *const kIsoUtc = "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

// The fields of one binary COPY tuple, in order (network byte order, -1 length = NULL).
class BinaryFields {
public:
    BinaryFields(const char *data, int size) : m_p(data), m_end(data + size) {}

    void skipHeader()
    {
        need(19);
        if (std::memcmp(m_p, "PGCOPY\n\377\r\n\0", 11) != 0)
            fail();
        m_p += 15;
        const quint32 extension = u32();
        need(qint64(extension));
        m_p += extension;
    }
    int fieldCount()
    {
        need(2);
        const qint16 n = qint16((quint8(m_p[0]) << 8) | quint8(m_p[1]));
        m_p += 2;
        return n;
    }
    // Next field: its bytes and size, or nullptr for NULL.
    const char *next(int &size)
    {
        size = int(qint32(u32()));
        if (size < 0)
            return nullptr;
        need(size);
        const char *f = m_p;
        m_p += size;
        return f;
    }
    double float8()
    {
        const quint64 bits = integer(8);
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    quint64 integer(int bytes)
    {
        int n = 0;
        const char *f = next(n);
        if (!f)
            return 0;
        if (n != bytes)
            fail();
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | quint8(f[i]);
        return v;
    }
    // Text or bytes in place; a null view for NULL.
    QByteArrayView view()
    {
        int n = 0;
        const char *f = next(n);
        return f ? QByteArrayView(f, n) : QByteArrayView();
    }
    void uuidText(std::array<char, 36> &out)
    {
        int n = 0;
        const char *f = next(n);
        if (!f || n != 16)
            fail();
        static const char kHex[] = "0123456789abcdef";
        int at = 0;
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                out[at++] = '-';
            out[at++] = kHex[quint8(f[i]) >> 4];
            out[at++] = kHex[quint8(f[i]) & 15];
        }
    }

private:
    quint32 u32()
    {
        need(4);
        const auto *u = reinterpret_cast<const quint8 *>(m_p);
        m_p += 4;
        return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | u[3];
    }
    void need(qint64 n) const
    {
        if (n < 0 || m_end - m_p < n)
            fail();
    }
    [[noreturn]] static void fail()
    {
        throw Error(QCoreApplication::translate("ServerParcelRows",
                                                "the city server sent a damaged row; run the command again"));
    }
    const char *m_p;
    const char *m_end;
};

} // namespace

QString selectColumns(bool withGeometry)
{
    QString s =
        QStringLiteral("uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem, chain, "
                       "land_mu, energy_tce, finance_wan, status, enterprise, notes, source_attrs, "
                       "geom_note, revision, import_gen, change_seq, updated_by, ") +
        QLatin1String(kIsoUtc);
    if (withGeometry)
        s += QStringLiteral(", ST_AsBinary(geom)");
    return s;
}

SyncParcelRow read(const PgResult &r, int i, bool withGeometry)
{
    SyncParcelRow p;
    p.uuid = r.text(i, 0);
    p.code = r.text(i, 1);
    p.name = r.text(i, 2);
    p.district = r.text(i, 3);
    p.landUse = r.text(i, 4);
    p.areaM2 = r.number(i, 5);
    p.areaMu = r.number(i, 6);
    p.areaHa = r.number(i, 7);
    p.assignment = ParcelAssignment{r.text(i, 8),    r.text(i, 9),  r.number(i, 10), r.number(i, 11),
                                    r.number(i, 12), r.text(i, 13), r.text(i, 14),   r.text(i, 15)};
    p.sourceAttrs = r.text(i, 16);
    p.geomNote = r.text(i, 17);
    p.revision = r.integer(i, 18);
    p.importGen = int(r.integer(i, 19));
    p.changeSeq = r.integer(i, 20);
    p.updatedBy = r.text(i, 21);
    p.updatedAt = r.text(i, 22);
    if (withGeometry)
        p.wkb = r.bytea(i, 23);
    return p;
}

namespace {

// One reader of a binary COPY tuple of selectColumns(withGeometry), as views into `data`.
bool readFields(const char *data, int size, bool withGeometry, SyncParcelRowView &p)
{
    BinaryFields f(data, size);
    if (size >= 11 && std::memcmp(data, "PGCOPY", 6) == 0)
        f.skipHeader();
    const int fields = f.fieldCount();
    if (fields < 0)
        return false;
    if (fields != (withGeometry ? 24 : 23)) // a column list out of step with selectColumns(): read nothing
        throw Error(QCoreApplication::translate("ServerParcelRows",
                                                "the city server sent a damaged row; run the command again"));
    f.uuidText(p.uuid);
    p.code = f.view();
    p.name = f.view();
    p.district = f.view();
    p.landUse = f.view();
    p.areaM2 = f.float8();
    p.areaMu = f.float8();
    p.areaHa = f.float8();
    p.ecosystem = f.view();
    p.chain = f.view();
    p.landMu = f.float8();
    p.energyTce = f.float8();
    p.financeWan = f.float8();
    p.status = f.view();
    p.enterprise = f.view();
    p.notes = f.view();
    p.sourceAttrs = f.view();
    p.geomNote = f.view();
    p.revision = qint64(f.integer(8));
    p.importGen = int(qint32(f.integer(4)));
    p.changeSeq = qint64(f.integer(8));
    p.updatedBy = f.view();
    p.updatedAt = f.view();
    p.wkb = withGeometry ? f.view() : QByteArrayView();
    return true;
}

// SQL NULL (a null view) stays a null string.
QString textOf(QByteArrayView v)
{
    return v.isNull() ? QString() : QString::fromUtf8(v);
}

} // namespace

bool readBinary(const char *data, int size, bool withGeometry, SyncParcelRow &p)
{
    SyncParcelRowView v;
    if (!readFields(data, size, withGeometry, v))
        return false;
    p.uuid = QString::fromLatin1(v.uuidText());
    p.code = textOf(v.code);
    p.name = textOf(v.name);
    p.district = textOf(v.district);
    p.landUse = textOf(v.landUse);
    p.areaM2 = v.areaM2;
    p.areaMu = v.areaMu;
    p.areaHa = v.areaHa;
    p.assignment =
        ParcelAssignment{textOf(v.ecosystem), textOf(v.chain),      v.landMu,       v.energyTce, v.financeWan,
                         textOf(v.status),    textOf(v.enterprise), textOf(v.notes)};
    p.sourceAttrs = textOf(v.sourceAttrs);
    p.geomNote = textOf(v.geomNote);
    p.revision = v.revision;
    p.importGen = v.importGen;
    p.changeSeq = v.changeSeq;
    p.updatedBy = textOf(v.updatedBy);
    p.updatedAt = textOf(v.updatedAt);
    p.wkb = v.wkb.isNull() ? QByteArray() : v.wkb.toByteArray();
    return true;
}

bool readBinaryView(const char *data, int size, SyncParcelRowView &p)
{
    return readFields(data, size, true, p);
}

QString copyColumns()
{
    return QStringLiteral(
        "uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem, chain, "
        "land_mu, energy_tce, finance_wan, status, enterprise, notes, source_attrs, geom_note, "
        "revision, geom");
}

QString selectDistrictColumns(bool withGeometry)
{
    QString s = QStringLiteral("uuid, name, adcode, boundary_source, revision, ") + QLatin1String(kIsoUtc);
    if (withGeometry)
        s += QStringLiteral(", ST_AsBinary(geom)");
    return s;
}

SyncDistrictRow readDistrict(const PgResult &r, int i, bool withGeometry)
{
    SyncDistrictRow d{
        r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4), r.text(i, 5), {}};
    if (withGeometry)
        d.wkb = r.bytea(i, 6);
    return d;
}

} // namespace zhili::ServerParcelRows
